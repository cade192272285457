import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isOccurrence,
  nextOccurrence,
  occurrencesBetween,
  recurrenceProblem,
  recurrenceInWords,
} from './review-recurrence.js';

const weekly = { startsOn: '2027-01-05', recurrence: 'FREQ=WEEKLY;BYDAY=TU' };

describe('review recurrence', () => {
  it('lists weekly occurrences from the start day', () => {
    expect(occurrencesBetween(weekly, '2027-01-01', '2027-01-31', 100)).toEqual([
      '2027-01-05',
      '2027-01-12',
      '2027-01-19',
      '2027-01-26',
    ]);
    expect(occurrencesBetween(weekly, '2027-01-01', '2027-12-31', 3)).toHaveLength(3);
    expect(nextOccurrence(weekly, '2027-01-06')).toBe('2027-01-12');
    expect(nextOccurrence(weekly, '2027-01-12')).toBe('2027-01-12');
    expect(isOccurrence(weekly, '2027-01-19')).toBe(true);
    expect(isOccurrence(weekly, '2027-01-20')).toBe(false);
  });

  it('takes a single occurrence when there is no rule, and ends with COUNT', () => {
    const once = { startsOn: '2027-02-01', recurrence: null };
    expect(nextOccurrence(once, '2027-01-01')).toBe('2027-02-01');
    expect(nextOccurrence(once, '2027-02-02')).toBeNull();
    const twice = { startsOn: '2027-01-04', recurrence: 'RRULE:FREQ=DAILY;COUNT=2' };
    expect(recurrenceProblem(twice)).toBeNull();
    expect(nextOccurrence(twice, '2027-01-06')).toBeNull();
  });

  it('refuses invalid rules and rules of more than one occurrence a day', () => {
    const problem = (recurrence: string) =>
      recurrenceProblem({ startsOn: '2027-01-04', recurrence });
    expect(problem('FREQ=FORTNIGHTLY')).toMatch(/not a valid RRULE/);
    expect(problem('BYDAY=TU')).toMatch(/not a valid RRULE/);
    expect(problem('FREQ=HOURLY')).toMatch(/more than once a day/);
    expect(problem('FREQ=DAILY;BYHOUR=9,15')).toMatch(/same day/);
    expect(problem('DTSTART:20270101T000000Z\nRRULE:FREQ=DAILY')).toMatch(/single RRULE/);
    expect(problem('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO')).toBeNull();
    expect(problem('FREQ=MONTHLY;BYMONTHDAY=1')).toBeNull();
  });

  it('gives occurrences in order, within the range, each an occurrence, at most the limit', () => {
    const day = fc
      .integer({ min: 0, max: 3000 })
      .map((n) => new Date(Date.UTC(2026, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    const rule = fc.constantFrom(
      'FREQ=WEEKLY;BYDAY=TU',
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH',
      'FREQ=MONTHLY;BYMONTHDAY=15',
      'FREQ=DAILY;COUNT=30',
    );
    fc.assert(
      fc.property(day, rule, day, day, fc.integer({ min: 1, max: 100 }), (start, r, a, b, n) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const series = { startsOn: start, recurrence: r };
        const got = occurrencesBetween(series, from, to, n);
        expect(got.length).toBeLessThanOrEqual(n);
        expect([...got].sort()).toEqual(got);
        expect(new Set(got).size).toBe(got.length);
        for (const d of got) {
          expect(d >= from && d <= to && d >= start).toBe(true);
          expect(isOccurrence(series, d)).toBe(true);
        }
        const next = nextOccurrence(series, from);
        if (got.length > 0) expect(next).toBe(got[0]);
      }),
      { numRuns: 40 },
    );
  });
});

describe('a recurrence in words', () => {
  it('reads as people say it, and "once" without a rule', () => {
    const on = (recurrence: string | null) =>
      recurrenceInWords({ startsOn: '2027-03-02', recurrence });
    expect(on('FREQ=WEEKLY;BYDAY=TU')).toBe('every week on Tuesday');
    expect(on('FREQ=WEEKLY;INTERVAL=2;BYDAY=TU')).toBe('every 2 weeks on Tuesday');
    expect(on(null)).toBe('once');
  });
});
