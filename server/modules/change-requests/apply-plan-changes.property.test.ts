import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { PlanChange } from '../../../contracts/change-request.schema.js';
import type { ScheduleRows } from '../schedules/schedule-input.js';
import { applyPlanChanges, type ApplyClock, type PlanCopy } from './apply-plan-changes.js';
import {
  DEFAULT_IMPACT_SETTINGS,
  deltaWorkingDays,
  planSide,
  type SideContext,
} from './impact-model.js';

const P = '00000000-0000-4000-8000-000000000001';
const taskId = (i: number) => `00000000-0000-4000-8000-1000000000${String(i).padStart(2, '0')}`;
const milestoneId = (i: number) =>
  `00000000-0000-4000-8000-2000000000${String(i).padStart(2, '0')}`;

const context: SideContext = {
  programId: P,
  today: '2027-01-04',
  risks: [],
  settings: DEFAULT_IMPACT_SETTINGS,
  reservations: [],
};
const clock: ApplyClock = { programId: P, now: '2027-01-04T09:00:00', statusDate: '2027-01-04' };

interface Shape {
  estimates: number[];
  /** Forward links only (i < j): the plan is acyclic. */
  links: [number, number][];
  /** Each task's milestone (index), or -1. */
  milestoneOf: number[];
  milestones: number;
}

const shapes = fc
  .record({ tasks: fc.integer({ min: 2, max: 12 }), milestones: fc.integer({ min: 0, max: 3 }) })
  .chain(({ tasks, milestones }) =>
    fc.record({
      estimates: fc.array(fc.integer({ min: 1, max: 80 }), { minLength: tasks, maxLength: tasks }),
      links: fc.uniqueArray(
        fc
          .tuple(fc.nat(tasks - 1), fc.nat(tasks - 1))
          .filter(([a, b]) => a !== b)
          .map(([a, b]): [number, number] => [Math.min(a, b), Math.max(a, b)]),
        { maxLength: tasks * 2, selector: ([a, b]) => `${a}-${b}` },
      ),
      milestoneOf: fc.array(fc.integer({ min: -1, max: milestones - 1 }), {
        minLength: tasks,
        maxLength: tasks,
      }),
      milestones: fc.constant(milestones),
    }),
  );

function planOf(shape: Shape): PlanCopy {
  const rows: ScheduleRows = {
    programs: [{ id: P, start_date: '2027-01-04' }],
    tasks: shape.estimates.map((hours, i) => ({
      id: taskId(i),
      program_id: P,
      name: `T${i}`,
      estimate_hours: hours,
      start_date: null,
      due_date: null,
      state: 'todo',
      milestone_id: shape.milestoneOf[i]! >= 0 ? milestoneId(shape.milestoneOf[i]!) : null,
    })),
    milestones: Array.from({ length: shape.milestones }, (_, m) => ({
      id: milestoneId(m),
      program_id: P,
      name: `M${m}`,
      due_date: '2027-02-01',
    })),
    dependencies: shape.links.map(([a, b]) => ({
      predecessor_id: taskId(a),
      successor_id: taskId(b),
      type: 'FS' as const,
      lag_minutes: 0,
    })),
  };
  return { rows, estimates: [], budgetCents: null, dependencyEnds: new Map() };
}

/** Changes that only lengthen work: longer estimates, new forward links, later milestone dates. */
function lengthening(shape: Shape) {
  const n = shape.estimates.length;
  const existing = new Set(shape.links.map(([a, b]) => `${a}-${b}`));
  const longer = fc
    .record({ task: fc.nat(n - 1), more: fc.integer({ min: 0, max: 200 }) })
    .map(({ task, more }): PlanChange => ({
      kind: 'update_task',
      taskId: taskId(task),
      estimateHours: shape.estimates[task]! + more,
    }));
  const candidates: [number, number][] = [];
  for (let a = 0; a < n; a++)
    for (let b = a + 1; b < n; b++) if (!existing.has(`${a}-${b}`)) candidates.push([a, b]);
  const link = fc
    .record({
      ends: fc.constantFrom(...(candidates.length ? candidates : [[0, 1] as [number, number]])),
      type: fc.constantFrom('FS', 'SS', 'FF', 'SF' as const),
      lagMinutes: fc.integer({ min: 0, max: 2400 }),
    })
    .map(({ ends: [a, b], type, lagMinutes }): PlanChange => ({
      kind: 'add_dependency',
      predecessorId: taskId(a),
      successorId: taskId(b),
      type,
      lagMinutes,
    }));
  const links = candidates.length ? [link] : [];
  const later =
    shape.milestones === 0
      ? []
      : [
          fc
            .record({ m: fc.nat(shape.milestones - 1), day: fc.integer({ min: 2, max: 28 }) })
            .map(({ m, day }): PlanChange => ({
              kind: 'move_milestone',
              milestoneId: milestoneId(m),
              date: `2027-03-${String(day).padStart(2, '0')}`,
            })),
        ];
  return fc.array(fc.oneof(longer, ...links, ...later), { minLength: 1, maxLength: 6 });
}

describe('applyPlanChanges', () => {
  it('changes that only lengthen work never make any date earlier', () => {
    fc.assert(
      fc.property(
        shapes.chain((shape) => fc.tuple(fc.constant(shape), lengthening(shape))),
        ([shape, changes]) => {
          const plan = planOf(shape);
          const frozen = JSON.stringify(plan.rows);
          const before = planSide(plan, context);
          const after = planSide(applyPlanChanges(plan, changes, clock), context);
          // Pure: the plan it was given is as it was.
          expect(JSON.stringify(plan.rows)).toBe(frozen);
          expect(after.schedule.finish >= before.schedule.finish).toBe(true);
          expect(
            deltaWorkingDays(before.schedule.finish, after.schedule.finish),
          ).toBeGreaterThanOrEqual(0);
          const was = new Map(before.schedule.items.map((i) => [i.id, i]));
          for (const item of after.schedule.items) {
            const old = was.get(item.id)!;
            expect(item.earlyStart >= old.earlyStart, `${item.name} start`).toBe(true);
            expect(item.earlyFinish >= old.earlyFinish, `${item.name} finish`).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('applies each kind to the copy as the direct edit would', () => {
    const shape: Shape = {
      estimates: [8, 16],
      links: [[0, 1]],
      milestoneOf: [0, 0],
      milestones: 1,
    };
    const plan: PlanCopy = {
      ...planOf(shape),
      estimates: [
        {
          id: taskId(0),
          state: 'todo',
          estimate_optimistic_hours: null,
          estimate_pessimistic_hours: 10,
          fixed_cost: null,
          cost_per_hour: 50,
        },
      ],
      budgetCents: 100,
      dependencyEnds: new Map([['dep-1', { predecessorId: taskId(0), successorId: taskId(1) }]]),
    };
    const after = applyPlanChanges(
      plan,
      [
        { kind: 'update_task', taskId: taskId(0), estimateHours: 20, state: 'in_progress' },
        { kind: 'add_task', name: 'New', estimateHours: 4, milestoneId: milestoneId(0) },
        { kind: 'remove_dependency', dependencyId: 'dep-1' },
        { kind: 'change_budget', budgetCents: 250 },
        { kind: 'remove_task', taskId: taskId(1) },
      ],
      clock,
    );
    const first = after.rows.tasks.find((t) => t.id === taskId(0))!;
    expect(first).toMatchObject({ estimate_hours: 20, state: 'in_progress' });
    // Moving to in_progress fills the actual start from the clock, as the task service does.
    expect(first.actual_start).toBe(clock.now);
    // The three-point range follows the likely estimate it no longer contains.
    expect(after.estimates[0]).toMatchObject({ estimate_pessimistic_hours: 20 });
    expect(after.rows.tasks.map((t) => t.name)).toEqual(['T0', 'New']);
    expect(after.rows.tasks[1]).toMatchObject({ id: 'added-task-2', milestone_id: milestoneId(0) });
    expect(after.rows.dependencies).toEqual([]);
    expect(after.budgetCents).toBe(250);
    expect(plan.rows.tasks).toHaveLength(2);
  });
});
