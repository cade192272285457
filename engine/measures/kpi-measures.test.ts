import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  aggregateFacts,
  defaultKpiPeriod,
  finishedOnTime,
  kpiRag,
  quarterSlices,
  readPeriod,
  type KpiFact,
} from './index.js';

const fact = (date: string, good: boolean | null, value: number | null = null): KpiFact => ({
  date,
  good,
  value,
});

describe('KPI worked examples', () => {
  it('completion: 3 on time, 1 late, 1 without a plan → 3 / 4 = 0.75', () => {
    const judged = [
      ['2026-05-01', '2026-05-01'], // on the day: on time
      ['2026-05-04', '2026-05-01'], // three days late
      ['2026-04-30', '2026-05-01'],
      ['2026-06-01', '2026-06-05'],
      ['2026-06-01', null], // nothing to judge against
    ] as const;
    const facts = judged.map(([actual, planned]) => fact(actual, finishedOnTime(actual, planned)));
    expect(facts.map((f) => f.good)).toEqual([true, false, true, true, null]);
    expect(aggregateFacts('share', facts)).toEqual({ value: 0.75, count: 4 });
  });

  it('a tolerance of 2 working days lets a Friday due date slip to Tuesday', () => {
    expect(addWorkingDays('2026-05-01', 2)).toBe('2026-05-05'); // Fri → Tue
    expect(finishedOnTime('2026-05-05', '2026-05-01', 2)).toBe(true);
    expect(finishedOnTime('2026-05-06', '2026-05-01', 2)).toBe(false);
  });

  it('satisfaction: answers 5, 4, 3, 4 → mean 4; cycle time: 2, 10, 4 hours → median 4', () => {
    const answers = [5, 4, 3, 4].map((v) => fact('2026-05-01', null, v));
    expect(aggregateFacts('mean', answers)).toEqual({ value: 4, count: 4 });
    const hours = [2, 10, 4].map((v) => fact('2026-05-01', null, v));
    expect(aggregateFacts('median', hours)).toEqual({ value: 4, count: 3 });
  });

  it('utilisation: 30 of 40 and 36 of 40 hours, then 14 of 40 → 80 / 120 = 0.6667, 2 people', () => {
    const facts = [
      { date: '2026-05-01', good: null, value: 30, weight: 40, key: 'a' },
      { date: '2026-05-01', good: null, value: 36, weight: 40, key: 'b' },
      { date: '2026-08-01', good: null, value: 14, weight: 40, key: 'a' },
    ];
    const reading = aggregateFacts('ratio', facts);
    expect(reading.value).toBeCloseTo(80 / 120);
    expect(reading.count).toBe(2);
  });

  it('change requests: 5 approved over 2 programs → 2.5 per program; none counted → null share', () => {
    const facts = Array.from({ length: 5 }, () => fact('2026-05-01', null, 1));
    expect(aggregateFacts('per_program', facts, 2)).toEqual({ value: 2.5, count: 5 });
    expect(aggregateFacts('share', [])).toEqual({ value: null, count: 0 });
  });

  it('the default period is the last four fiscal quarters to today, cut at quarter starts', () => {
    const period = defaultKpiPeriod('2026-11-16');
    expect(period).toEqual({ from: '2026-02-01', to: '2026-11-16' });
    expect(quarterSlices(period)).toEqual([
      { quarter: 'FY2027-Q1', from: '2026-02-01', to: '2026-04-30' },
      { quarter: 'FY2027-Q2', from: '2026-05-01', to: '2026-07-31' },
      { quarter: 'FY2027-Q3', from: '2026-08-01', to: '2026-10-31' },
      { quarter: 'FY2027-Q4', from: '2026-11-01', to: '2026-11-16' },
    ]);
  });

  it('reads each quarter of the trend from its own facts', () => {
    const r = readPeriod(
      'share',
      [fact('2026-03-01', true), fact('2026-05-02', false), fact('2026-05-03', true)],
      { from: '2026-02-01', to: '2026-07-31' },
    );
    expect(r.value).toBeCloseTo(2 / 3);
    expect(r.trend.map((t) => [t.quarter, t.value, t.count])).toEqual([
      ['FY2027-Q1', 1, 1],
      ['FY2027-Q2', 0.5, 2],
    ]);
  });

  it('RAG: green at the threshold, amber between, red beyond, none without a value', () => {
    const sla = { green: 0.9, amber: 0.75 };
    expect(kpiRag(0.9, sla, 'higher_is_better')).toBe('green');
    expect(kpiRag(0.8, sla, 'higher_is_better')).toBe('amber');
    expect(kpiRag(0.5, sla, 'higher_is_better')).toBe('red');
    expect(kpiRag(null, sla, 'higher_is_better')).toBe('none');
    expect(kpiRag(20, { green: 16, amber: 32 }, 'lower_is_better')).toBe('amber');
  });
});
