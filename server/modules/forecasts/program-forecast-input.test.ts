import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildProgramScheduleInput,
  type ScheduleRows,
  type ScheduleTaskRow,
} from '../schedules/schedule-input.js';
import {
  buildProgramForecastInput,
  type EstimateRow,
  type ForecastRunSettings,
  type RiskRow,
} from './program-forecast-input.js';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';
const UPSTREAM = '00000000-0000-4000-8000-0000000000ff';

function task(id: string, fields: Partial<ScheduleTaskRow> = {}): ScheduleTaskRow {
  return {
    id,
    program_id: P,
    name: id,
    estimate_hours: 8,
    start_date: null,
    due_date: null,
    state: 'todo',
    ...fields,
  };
}

function estimate(id: string, fields: Partial<EstimateRow> = {}): EstimateRow {
  return {
    id,
    state: 'todo',
    estimate_optimistic_hours: null,
    estimate_pessimistic_hours: null,
    fixed_cost: null,
    cost_per_hour: null,
    ...fields,
  };
}

/**
 * A (open, costed, varies 6–12 h) and B (done on Mon 4th, 4 h at a rate) and C
 * (no cost) in program P; A waits for an upstream task of program Q that has
 * a cost of its own.
 */
const rows: ScheduleRows = {
  programs: [
    { id: P, start_date: '2027-01-04' },
    { id: Q, start_date: '2027-01-04' },
  ],
  tasks: [
    task(A),
    task(B, { estimate_hours: 4, state: 'done', start_date: '2027-01-04' }),
    task(C),
    task(UPSTREAM, { program_id: Q }),
  ],
  milestones: [],
  dependencies: [{ predecessor_id: UPSTREAM, successor_id: A, type: 'FS', lag_minutes: 0 }],
};
const built = buildProgramScheduleInput(P, rows, '2027-01-01');
const estimates = [
  estimate(A, {
    estimate_optimistic_hours: 6,
    estimate_pessimistic_hours: 12,
    fixed_cost: 1000,
    cost_per_hour: 10,
  }),
  estimate(B, { state: 'done', cost_per_hour: 20 }),
  estimate(C),
  estimate(UPSTREAM, { fixed_cost: 500 }),
];
const settings: ForecastRunSettings = { distribution: 'pert', rankCorrelation: 0.4 };

describe('buildProgramForecastInput', () => {
  it('passes the costs of this program’s tasks (done ones included) and the run’s correlation', () => {
    const { input } = buildProgramForecastInput(built, estimates, [], settings);
    // C has no cost and the upstream task is program Q's cost, not P's.
    expect(input.costs).toEqual([
      { taskId: A, fixedCost: 1000, costPerHour: 10 },
      { taskId: B, costPerHour: 20 },
    ]);
    expect(input.rankCorrelation).toBe(0.4);
    expect(input.distribution).toBe('pert');
    // The done task keeps its dates: no estimate, so its cost is rate × its scheduled hours.
    expect(input.estimates.map((e) => e.taskId)).toEqual([A]);
  });

  it('the input hash follows the costs and the correlation, and nothing else moves it', () => {
    const hash = (rowsIn: EstimateRow[], run: ForecastRunSettings = settings) =>
      buildProgramForecastInput(built, rowsIn, [], run).inputHash;
    const base = hash(estimates);
    expect(hash([...estimates].reverse())).toBe(base);
    expect(hash(estimates, { ...settings, rankCorrelation: 0.5 })).not.toBe(base);
    expect(hash([{ ...estimates[0]!, fixed_cost: null }, ...estimates.slice(1)])).not.toBe(base);
    // Another program's costs are not in this program's input, so not in its hash either.
    expect(hash([...estimates.slice(0, 3), estimate(UPSTREAM, { fixed_cost: 9 })])).toBe(base);
  });

  it('any change of a rate changes the hash', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (r1, r2) => {
          fc.pre(r1 !== r2);
          const withRate = (rate: number) =>
            buildProgramForecastInput(
              built,
              [{ ...estimates[0]!, cost_per_hour: rate }, ...estimates.slice(1)],
              [],
              settings,
            ).inputHash;
          expect(withRate(r1)).not.toBe(withRate(r2));
        },
      ),
    );
  });

  it('draws only the open and mitigating risks that move something; three points only when they differ', () => {
    const risk = (id: string, fields: Partial<RiskRow>): RiskRow => ({
      id,
      program_id: P,
      title: id,
      probability: 0.5,
      delay_hours: 8,
      cost: null,
      task_ids: [A],
      version: 1,
      created_at: new Date(0),
      updated_at: new Date(0),
      ...fields,
    });
    const R = (n: number) => `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`;
    const register = [
      risk(R(1), { status: 'open' }),
      risk(R(2), { status: 'mitigating', delay_optimistic_hours: 4, delay_pessimistic_hours: 8 }),
      risk(R(3), { status: 'occurred' }),
      risk(R(4), { status: 'closed' }),
      risk(R(5), { status: 'open', task_ids: [] }), // no schedule impact, no cost
      risk(R(6), { status: 'open', delay_hours: 0 }),
      risk(R(7), { status: 'open', task_ids: [], delay_hours: 0, cost: 300 }), // cost only
      risk(R(8), { delay_optimistic_hours: 8, delay_pessimistic_hours: 8 }), // equal points
    ];
    const { input, inputHash } = buildProgramForecastInput(built, estimates, register, settings);
    expect(input.risks.map((r) => r.id)).toEqual([R(1), R(2), R(7), R(8)]);
    expect(input.risks[1]).toMatchObject({
      delay: { kind: 'working', minutes: 480 },
      delayOptimistic: { kind: 'working', minutes: 240 },
      delayPessimistic: { kind: 'working', minutes: 480 },
    });
    expect(input.risks[3]).not.toHaveProperty('delayOptimistic');
    // What is not drawn does not move the hash.
    const drawn = [register[0]!, register[1]!, register[6]!, register[7]!];
    expect(buildProgramForecastInput(built, estimates, drawn, settings).inputHash).toBe(inputHash);
  });
});
