import { describe, expect, it } from 'vitest';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import { forecastPlan } from '../../../engine/forecasting/forecast-plan.js';
import type { ScheduleRows, ScheduleTaskRow } from '../schedules/schedule-input.js';
import {
  buildPortfolioForecastInput,
  programFinishId,
  type PortfolioProgram,
} from './portfolio-forecast-input.js';
import type { EstimateRow } from './program-forecast-input.js';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';
const A1 = '00000000-0000-4000-8000-0000000000a1';
const A2 = '00000000-0000-4000-8000-0000000000a2';
const B1 = '00000000-0000-4000-8000-0000000000b1';
const MQ = '00000000-0000-4000-8000-0000000000c1';
const programs: PortfolioProgram[] = [
  { id: P, name: 'Platform' },
  { id: Q, name: 'Checkout' },
];

function task(id: string, programId: string, hours: number): ScheduleTaskRow {
  return {
    id,
    program_id: programId,
    name: id,
    estimate_hours: hours,
    start_date: null,
    due_date: null,
    state: 'todo',
  };
}

function estimate(id: string): EstimateRow {
  return {
    id,
    state: 'todo',
    estimate_optimistic_hours: null,
    estimate_pessimistic_hours: null,
    fixed_cost: null,
    cost_per_hour: null,
  };
}

/** P: A1 (a1 h) → A2 (8 h). Q: B1 (8 h) → milestone MQ; with `linked`, A2 → B1 across programs. */
function portfolio(a1Hours: number, linked: boolean) {
  const rows: ScheduleRows = {
    programs: [
      { id: P, start_date: '2027-01-04' },
      { id: Q, start_date: '2027-01-04' },
    ],
    tasks: [task(A1, P, a1Hours), task(A2, P, 8), task(B1, Q, 8)],
    milestones: [{ id: MQ, program_id: Q, name: 'Checkout live', due_date: null }],
    dependencies: [
      { predecessor_id: A1, successor_id: A2, type: 'FS', lag_minutes: 0 },
      { predecessor_id: B1, successor_id: MQ, type: 'FS', lag_minutes: 0 },
      ...(linked
        ? [{ predecessor_id: A2, successor_id: B1, type: 'FS' as const, lag_minutes: 0 }]
        : []),
    ],
  };
  return buildPortfolioForecastInput(programs, rows, [A1, A2, B1].map(estimate), [], {
    distribution: 'triangular',
    rankCorrelation: 0,
    today: '2027-01-04',
  });
}

/** Each program's finish (its synthetic milestone's P50) with no variance: its CPM finish. */
async function finishes(a1Hours: number, linked: boolean) {
  const built = portfolio(a1Hours, linked);
  const outcome = await forecastPlan(built.input, { iterations: 100, seed: 1 });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
  const p50 = (id: string) =>
    formatLocalDateTime(outcome.result.milestones.find((m) => m.id === id)!.p50);
  return { P: p50(programFinishId(P)), Q: p50(programFinishId(Q)), MQ: p50(MQ) };
}

describe('buildPortfolioForecastInput', () => {
  it('adds one zero-duration finish milestone per program, after each of its leaves', () => {
    const { input, programs: reported } = portfolio(8, true);
    const finish = (id: string) => input.schedule.tasks.find((t) => t.id === programFinishId(id))!;
    expect(finish(P)).toMatchObject({
      milestone: true,
      duration: { kind: 'working', minutes: 0 },
      name: 'Platform finish',
    });
    // A2 leads into Q's B1, but within P nothing follows it: P's leaf.
    expect(finish(P).predecessors.map((l) => [l.predecessorId, l.type])).toEqual([[A2, 'FS']]);
    expect(finish(Q).predecessors.map((l) => l.predecessorId)).toEqual([MQ]);
    expect(reported).toEqual(programs);
    // The real milestone stays in the network beside the synthetic ones.
    expect(input.schedule.tasks.filter((t) => t.milestone).map((t) => t.id)).toEqual([
      MQ,
      programFinishId(P),
      programFinishId(Q),
    ]);
  });

  it('a cross-program link: the successor program finishes after the predecessor, and moves with it', async () => {
    // Unlinked: P ends after 16 h (Tue 17:00), Q after 8 h (Mon 17:00).
    expect(await finishes(8, false)).toEqual({
      P: '2027-01-05T17:00:00',
      Q: '2027-01-04T17:00:00',
      MQ: '2027-01-04T17:00:00',
    });
    // Linked: Q's B1 waits for P's A2 (Tue 17:00), so Q ends Wed 17:00.
    expect(await finishes(8, true)).toEqual({
      P: '2027-01-05T17:00:00',
      Q: '2027-01-06T17:00:00',
      MQ: '2027-01-06T17:00:00',
    });
    // A1 two days longer: P and, through the link, Q move by the same two days.
    expect(await finishes(24, true)).toEqual({
      P: '2027-01-07T17:00:00',
      Q: '2027-01-08T17:00:00',
      MQ: '2027-01-08T17:00:00',
    });
  });

  it('a program without items gets no finish milestone and is not reported', () => {
    const empty = { id: '00000000-0000-4000-8000-000000000003', name: 'Empty' };
    const built = buildPortfolioForecastInput(
      [...programs, empty],
      {
        programs: [{ id: P, start_date: '2027-01-04' }],
        tasks: [task(A1, P, 8)],
        milestones: [],
        dependencies: [],
      },
      [estimate(A1)],
      [],
      { distribution: 'triangular', rankCorrelation: 0, today: '2027-01-04' },
    );
    expect(built.programs).toEqual([programs[0]]);
    expect(built.input.schedule.tasks.map((t) => t.id)).toEqual([A1, programFinishId(P)]);
  });
});
