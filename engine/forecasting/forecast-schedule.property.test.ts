import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CalendarDefinition } from '../calendar/calendar-definition.js';
import { formatLocalDateTime } from '../calendar/local-time.js';
import type {
  ConstraintType,
  Lag,
  LinkType,
  ScheduleInput,
  ScheduleTask,
  TimeSpan,
} from '../scheduling/schedule-input.js';
import { schedulePlan } from '../scheduling/schedule-plan.js';
import { at, standardWithHolidays } from '../scheduling/testing/plan-builders.js';
import type { ForecastInput } from './forecast-input.js';
import { compileForecastCalendars, forecastPlan } from './forecast-plan.js';
import { prepareForecast } from './forecast-model.js';
import { simulateBlock } from './simulate-block.js';

// The forecast runs on the schedule's own semantics: with no variance (no
// estimate ranges, no risks) every iteration is `schedulePlan`'s forward pass,
// to the minute. Random plans on three calendars — the program's (Los
// Angeles, with holidays), a Berlin team's (Mon–Thu 07:00–15:30 Berlin, which
// is the evening before on the program clock) and a person's (other hours,
// time off) — across both 2027 daylight-saving changes; elapsed durations and
// lags, percent lags and leads, every constraint but ALAP (see
// docs/forecasting.md), a summary, and random progress and status dates.
const ZONE = 'America/Los_Angeles';
const START = at('2027-03-01T08:00');
const HOLIDAYS = ['2027-03-05', '2027-03-15', '2027-04-02'];

const calendars: CalendarDefinition[] = [
  { ...standardWithHolidays(HOLIDAYS), timeZone: ZONE },
  {
    id: 'team',
    name: 'Berlin team',
    timeZone: 'Europe/Berlin',
    week: {
      0: [],
      1: [{ from: 420, to: 930 }],
      2: [{ from: 420, to: 930 }],
      3: [{ from: 420, to: 930 }],
      4: [{ from: 420, to: 930 }],
      5: [],
      6: [],
    },
    exceptions: HOLIDAYS.map((d) => ({ from: d, to: d, intervals: [] })),
  },
  {
    id: 'person',
    name: 'A person',
    baseCalendarId: 'standard',
    timeZone: ZONE,
    week: {
      1: [
        { from: 540, to: 780 },
        { from: 840, to: 1080 },
      ],
      3: [{ from: 600, to: 1200 }],
    },
    exceptions: [{ name: 'Time off', from: '2027-03-09', to: '2027-03-12', intervals: [] }],
  },
];

const span = (elapsed: boolean, minutes: number): TimeSpan =>
  elapsed ? { kind: 'elapsed', minutes } : { kind: 'working', minutes };

const taskSpec = fc.record({
  minutes: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 4000 })),
  elapsed: fc.constantFrom(false, false, false, true),
  calendar: fc.constantFrom(null, 'team', 'person'),
  inSummary: fc.boolean(),
  constraint: fc.constantFrom<ConstraintType | null>(
    null,
    null,
    null,
    'SNET',
    'FNET',
    'MSO',
    'MFO',
    'SNLT',
    'FNLT',
  ),
  constraintOffset: fc.integer({ min: -2000, max: 30_000 }),
  progress: fc.constantFrom('none', 'none', 'started', 'done'),
  actualOffset: fc.integer({ min: -3000, max: 20_000 }),
  actualLength: fc.integer({ min: 0, max: 6000 }),
  remaining: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
  withEstimate: fc.boolean(),
});

const planSpec = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    tasks: fc.array(taskSpec, { minLength: n, maxLength: n }),
    links: fc.array(
      fc.record({
        a: fc.nat(n),
        b: fc.nat(n),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lag: fc.oneof(
          fc.integer({ min: -600, max: 1500 }).map((m): Lag => span(false, m)),
          fc.integer({ min: -600, max: 3000 }).map((m): Lag => span(true, m)),
          fc.integer({ min: -50, max: 150 }).map((percent): Lag => ({ kind: 'percent', percent })),
        ),
      }),
      { maxLength: 2 * n },
    ),
    statusOffset: fc.option(fc.integer({ min: -1000, max: 25_000 }), { nil: undefined }),
  }),
);

type PlanSpec = typeof planSpec extends fc.Arbitrary<infer T> ? T : never;

/** Task 0 is a summary; links run from lower to higher rows (to or from the summary too). */
function inputOf(spec: PlanSpec): ForecastInput {
  const tasks: ScheduleTask[] = [
    { id: 's', name: 's', duration: span(false, 0), predecessors: [] },
  ];
  spec.tasks.forEach((t, i) => {
    const task: ScheduleTask = {
      id: `t${i}`,
      name: `t${i}`,
      duration: span(t.elapsed, t.minutes),
      milestone: t.minutes === 0,
      predecessors: [],
      ...(t.inSummary ? { parentId: 's' } : {}),
      ...(t.calendar ? { calendarId: t.calendar } : {}),
      ...(t.constraint
        ? { constraint: { type: t.constraint, date: START + t.constraintOffset } }
        : {}),
    };
    const actualStart = START + t.actualOffset;
    if (t.progress === 'done')
      task.progress = { actualStart, actualFinish: actualStart + t.actualLength };
    else if (t.progress === 'started')
      task.progress = {
        actualStart,
        ...(t.remaining === undefined ? {} : { remainingMinutes: t.remaining }),
      };
    tasks.push(task);
  });
  const id = (row: number) => (row === 0 ? 's' : `t${row - 1}`);
  for (const l of spec.links) {
    const [from, to] = l.a < l.b ? [l.a, l.b] : [l.b, l.a];
    if (from === to || to === 0) continue;
    const successor = tasks[to]!;
    if (successor.predecessors.some((p) => p.predecessorId === id(from))) continue;
    successor.predecessors.push({ predecessorId: id(from), type: l.type, lag: l.lag });
  }
  const schedule: ScheduleInput = {
    start: START,
    projectCalendarId: 'standard',
    calendars,
    tasks,
    ...(spec.statusOffset === undefined ? {} : { statusDate: START + spec.statusOffset }),
  };
  return {
    schedule,
    projectTimeZone: ZONE,
    // An estimate with no range is no variance: it must change nothing.
    estimates: spec.tasks.flatMap((t, i) =>
      t.withEstimate
        ? [
            {
              taskId: `t${i}`,
              optimistic: span(t.elapsed, t.minutes),
              likely: span(t.elapsed, t.minutes),
              pessimistic: span(t.elapsed, t.minutes),
            },
          ]
        : [],
    ),
    risks: [],
  };
}

const text = (t: number) => formatLocalDateTime(t);

describe('zero variance: the forecast is the schedule, to the minute', () => {
  it('every iteration finishes, and reaches each milestone and task finish, on schedulePlan’s early dates', async () => {
    await fc.assert(
      fc.asyncProperty(planSpec, fc.nat(), async (spec, seed) => {
        const input = inputOf(spec);
        const compiled = compileForecastCalendars(input);
        const schedule = schedulePlan(input.schedule, { calendars: compiled });
        fc.pre(!schedule.diagnostics.some((d) => d.severity === 'error'));
        const outcome = await forecastPlan(
          input,
          { iterations: 40, seed, tornado: false, percentiles: [0, 50, 100] },
          { calendars: compiled },
        );
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.diagnostics));
        const result = outcome.result;
        const early = new Map(schedule.tasks.map((t) => [t.id, t]));

        expect(result.finish.percentiles.map((p) => text(p.finish))).toEqual(
          Array(3).fill(text(schedule.finish)),
        );
        expect([text(result.finish.mean), text(result.deterministicFinish)]).toEqual([
          text(schedule.finish),
          text(schedule.finish),
        ]);
        for (const m of result.milestones) {
          const want = text(early.get(m.id)!.earlyFinish);
          expect([m.id, text(m.p50), text(m.p80), text(m.p95), text(m.mean)]).toEqual([
            m.id,
            want,
            want,
            want,
            want,
          ]);
        }
        for (const t of result.tasks)
          expect([t.id, text(t.meanFinish)]).toEqual([t.id, text(early.get(t.id)!.earlyFinish)]);
        // Done work is never critical.
        for (const t of input.schedule.tasks)
          if (t.progress?.actualFinish !== undefined)
            expect(result.tasks.find((r) => r.id === t.id)?.criticalityIndex ?? 0).toBe(0);
      }),
      { numRuns: 250 },
    );
  });

  it('a worker thread’s copy of the model (calendars compiled there) gives the same finishes', () => {
    fc.assert(
      fc.property(planSpec, (spec) => {
        const input = inputOf(spec);
        const compiled = compileForecastCalendars(input);
        const schedule = schedulePlan(input.schedule, { calendars: compiled });
        fc.pre(!schedule.diagnostics.some((d) => d.severity === 'error'));
        const prepared = prepareForecast(input, compiled);
        if (!('model' in prepared)) throw new Error('not prepared');
        const request = { seed: 1, block: 0, iterations: 2, disabledRisk: -1, detail: true };
        const here = simulateBlock(prepared.model, request);
        const there = simulateBlock(structuredClone(prepared.model), request);
        expect(there).toEqual(here);
        expect(text(there.finish[0]!)).toBe(text(schedule.finish));
      }),
      { numRuns: 60 },
    );
  });
});
