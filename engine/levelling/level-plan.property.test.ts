import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendar.js';
import type { WorkingTime } from '../calendar/working-time.js';
import type {
  ConstraintType,
  LinkType,
  ScheduleInput,
  ScheduleLink,
  ScheduleTask,
} from '../scheduling/schedule-input.js';
import { schedulePlan } from '../scheduling/schedule-plan.js';
import type { ScheduleResult, TaskSchedule } from '../scheduling/schedule-result.js';
import { at, standardWithHolidays } from '../scheduling/testing/plan-builders.js';
import { levelPlan } from './level-plan.js';
import type { Assignment, LevelingResult, Resource } from './levelling-types.js';

// Random small plans with resources and assignments on the standard calendar
// with holidays. Links point from a lower to a higher index (acyclic).
const HOLIDAYS = ['2027-01-06', '2027-01-15', '2027-01-18', '2027-02-01'];
const definitions = [standardWithHolidays(HOLIDAYS)];
const calendars = compileCalendars(definitions).calendars;
const standard: WorkingTime = calendars.get('standard')!;
const START = at('2027-01-04T08:00');
const EPS = 1e-9;

interface Spec {
  durations: number[];
  priorities: (number | null)[];
  links: { from: number; to: number; type: LinkType; lagHours: number }[];
  capacities: number[];
  assignments: { task: number; resource: number; units: number }[];
  constraints: { task: number; type: ConstraintType; day: number }[];
}

const specOf = (hardConstraints: boolean, unitsUpTo: number) =>
  fc.integer({ min: 1, max: 14 }).chain((n) => {
    const link = fc
      .record({
        a: fc.nat(n - 1),
        b: fc.nat(n - 1),
        type: fc.constantFrom<LinkType>('FS', 'SS', 'FF', 'SF'),
        lagHours: fc.oneof(fc.constant(0), fc.integer({ min: -8, max: 24 })),
      })
      .filter(({ a, b }) => a !== b)
      .map(({ a, b, type, lagHours }) => ({
        from: Math.min(a, b),
        to: Math.max(a, b),
        type,
        lagHours: type === 'FF' || type === 'SF' ? Math.abs(lagHours) : lagHours,
      }));
    return fc.integer({ min: 1, max: 3 }).chain((m) =>
      fc.record({
        durations: fc.array(
          fc.oneof(
            { weight: 1, arbitrary: fc.constant(0) },
            { weight: 6, arbitrary: fc.integer({ min: 1, max: 24 }).map((h) => h * 60) },
          ),
          { minLength: n, maxLength: n },
        ),
        priorities: fc.array(fc.option(fc.constantFrom(300, 500, 700), { nil: null }), {
          minLength: n,
          maxLength: n,
        }),
        links: n > 1 ? fc.array(link, { maxLength: 2 * n }) : fc.constant<Spec['links']>([]),
        capacities: fc.array(fc.constantFrom(0.5, 1, 2), { minLength: m, maxLength: m }),
        assignments: fc.array(
          fc.record({
            task: fc.nat(n - 1),
            resource: fc.nat(m - 1),
            units: fc.constantFrom(0.25, 0.5, 1, 2).filter((u) => u <= unitsUpTo),
          }),
          { maxLength: 2 * n },
        ),
        constraints: hardConstraints
          ? fc.array(
              fc.record({
                task: fc.nat(n - 1),
                type: fc.constantFrom<ConstraintType>('SNET', 'FNET', 'SNLT', 'FNLT', 'MSO', 'MFO'),
                day: fc.integer({ min: 0, max: 30 }),
              }),
              { maxLength: 3 },
            )
          : fc.constant<Spec['constraints']>([]),
      }),
    );
  });

function build(spec: Spec): {
  input: ScheduleInput;
  resources: Resource[];
  assignments: Assignment[];
} {
  const tasks: ScheduleTask[] = spec.durations.map((minutes, i) => {
    const task: ScheduleTask = {
      id: `t${i}`,
      name: `Task ${i}`,
      duration: { kind: 'working', minutes },
      predecessors: [],
    };
    const p = spec.priorities[i];
    if (p != null) task.priority = p;
    return task;
  });
  for (const l of spec.links) {
    const link: ScheduleLink = {
      predecessorId: `t${l.from}`,
      type: l.type,
      lag: { kind: 'working', minutes: l.lagHours * 60 },
    };
    tasks[l.to]!.predecessors.push(link);
  }
  for (const c of spec.constraints) {
    const day = START + Math.floor(c.day / 5) * 7 * 1440 + (c.day % 5) * 1440;
    const start = c.type === 'SNET' || c.type === 'SNLT' || c.type === 'MSO';
    tasks[c.task]!.constraint = { type: c.type, date: start ? day : day + 9 * 60 };
  }
  const resources = spec.capacities.map((capacity, r) => ({
    id: `r${r}`,
    name: `R${r}`,
    capacity,
  }));
  // One assignment per task and resource (levelPlan sums repeats).
  const seen = new Set<string>();
  const assignments: Assignment[] = [];
  for (const a of spec.assignments) {
    if (seen.has(`${a.task}/${a.resource}`)) continue;
    seen.add(`${a.task}/${a.resource}`);
    assignments.push({ taskId: `t${a.task}`, resourceId: `r${a.resource}`, units: a.units });
  }
  return {
    input: { start: START, projectCalendarId: 'standard', calendars: definitions, tasks },
    resources,
    assignments,
  };
}

const level = (spec: Spec, withinSlackOnly: boolean) => {
  const { input, resources, assignments } = build(spec);
  return {
    input,
    resources,
    assignments,
    out: levelPlan(input, resources, assignments, { withinSlackOnly }, calendars),
  };
};

const byId = (result: ScheduleResult) => new Map(result.tasks.map((t) => [t.id, t]));

/**
 * Sweeps every resource's load over the result's dates. Returns the periods
 * over capacity in which no unresolved task is at work (those must not exist),
 * and whether there was any over-allocation at all.
 */
function sweep(
  result: ScheduleResult,
  resources: readonly Resource[],
  assignments: readonly Assignment[],
  unresolved: ReadonlySet<string>,
): { unexplained: string[]; any: boolean } {
  const rows = byId(result);
  const unexplained: string[] = [];
  let any = false;
  for (const r of resources) {
    const events: { t: number; d: number; task: string }[] = [];
    for (const a of assignments) {
      if (a.resourceId !== r.id) continue;
      const row = rows.get(a.taskId)!;
      if (row.finish <= row.start) continue;
      events.push({ t: row.start, d: a.units, task: a.taskId });
      events.push({ t: row.finish, d: -a.units, task: a.taskId });
    }
    events.sort((x, y) => x.t - y.t || x.d - y.d);
    const active = new Map<string, number>();
    let load = 0;
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      load += e.d;
      active.set(e.task, (active.get(e.task) ?? 0) + e.d);
      if (Math.abs(active.get(e.task)!) < EPS) active.delete(e.task);
      const next = events[i + 1];
      if (next && next.t === e.t) continue; // all changes at one instant first
      if (load > r.capacity + EPS) {
        any = true;
        if (![...active.keys()].some((t) => unresolved.has(t)))
          unexplained.push(
            `${r.id} at ${e.t}: ${load} > ${r.capacity} by ${[...active.keys()].join(',')}`,
          );
      }
    }
  }
  return { unexplained, any };
}

function linkHolds(pred: TaskSchedule, succ: TaskSchedule, link: ScheduleLink): boolean {
  const from = link.type === 'FS' || link.type === 'FF' ? pred.earlyFinish : pred.earlyStart;
  const to = link.type === 'FS' || link.type === 'SS' ? succ.earlyStart : succ.earlyFinish;
  const lag = link.lag.kind === 'working' ? link.lag.minutes : 0;
  return standard.workingBetween(from, to) >= lag;
}

const unresolvedIds = (out: LevelingResult) => new Set(out.unresolved.map((u) => u.taskId));

describe('levelPlan properties', () => {
  it('beyond slack, no constraints, units within capacity: nothing left over-allocated; links hold; finish ≥ CPM', () => {
    fc.assert(
      fc.property(specOf(false, 0.5), (spec) => {
        const { input, resources, assignments, out } = level(spec, false);
        expect(out.unresolved).toEqual([]);
        expect(out.result.diagnostics).toEqual([]);
        expect(sweep(out.result, resources, assignments, new Set()).any).toBe(false);
        const rows = byId(out.result);
        for (const task of input.tasks) {
          const row = rows.get(task.id)!;
          expect(standard.workingBetween(row.start, row.finish)).toBe(task.duration.minutes);
          for (const link of task.predecessors)
            expect(linkHolds(rows.get(link.predecessorId)!, row, link)).toBe(true);
        }
        const cpm = schedulePlan(input, { calendars });
        expect(out.result.finish).toBeGreaterThanOrEqual(cpm.finish);
        for (const d of out.delays) expect(d.delayMinutes).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('any units, hard constraints, either mode: over-allocation only where an unresolved task works; links and constraints hold; finish ≥ CPM', () => {
    fc.assert(
      fc.property(specOf(true, 2), fc.boolean(), (spec, withinSlackOnly) => {
        const { input, resources, assignments, out } = level(spec, withinSlackOnly);
        const { unexplained } = sweep(out.result, resources, assignments, unresolvedIds(out));
        expect(unexplained).toEqual([]);
        const cpm = schedulePlan(input, { calendars });
        const before = byId(cpm);
        const rows = byId(out.result);
        expect(out.result.finish).toBeGreaterThanOrEqual(cpm.finish);
        for (const task of input.tasks) {
          const row = rows.get(task.id)!;
          const c = task.constraint;
          // A task without a hard constraint keeps every incoming link (a hard
          // constraint wins over its links, in the CPM schedule as here).
          if (!c || c.type === 'SNET' || c.type === 'FNET')
            for (const link of task.predecessors)
              expect(linkHolds(rows.get(link.predecessorId)!, row, link)).toBe(true);
          if (!c || c.date === undefined) {
            // Levelling never makes an unconstrained task earlier.
            expect(row.start).toBeGreaterThanOrEqual(before.get(task.id)!.start);
            continue;
          }
          switch (c.type) {
            case 'MSO':
            case 'MFO':
              expect(row.start).toBe(before.get(task.id)!.start);
              expect(row.finish).toBe(before.get(task.id)!.finish);
              break;
            case 'SNLT':
              expect(row.start).toBeLessThanOrEqual(standard.nextWorkStart(c.date));
              break;
            case 'FNLT':
              expect(row.finish).toBeLessThanOrEqual(c.date);
              break;
            case 'SNET':
              expect(row.start).toBeGreaterThanOrEqual(c.date);
              break;
            case 'FNET':
              expect(row.finish).toBeGreaterThanOrEqual(c.date);
              break;
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('within slack only, no hard constraints: the project finish does not move and links hold', () => {
    fc.assert(
      fc.property(specOf(false, 1), (spec) => {
        const { input, resources, assignments, out } = level(spec, true);
        expect(out.result.finish).toBe(schedulePlan(input, { calendars }).finish);
        expect(sweep(out.result, resources, assignments, unresolvedIds(out)).unexplained).toEqual(
          [],
        );
        const rows = byId(out.result);
        for (const task of input.tasks)
          for (const link of task.predecessors)
            expect(linkHolds(rows.get(link.predecessorId)!, rows.get(task.id)!, link)).toBe(true);
        for (const u of out.unresolved) expect(u.reason).toContain(u.taskId);
      }),
      { numRuns: 300 },
    );
  });

  it('same input, same output', () => {
    fc.assert(
      fc.property(specOf(true, 1), fc.boolean(), (spec, withinSlackOnly) => {
        expect(level(spec, withinSlackOnly).out).toEqual(level(spec, withinSlackOnly).out);
      }),
      { numRuns: 100 },
    );
  });
});
