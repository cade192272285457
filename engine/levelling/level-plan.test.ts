import { describe, expect, it } from 'vitest';
import { schedulePlan } from '../scheduling/schedule-plan.js';
import type { TaskSchedule } from '../scheduling/schedule-result.js';
import { DAY, at, fmt, link, plan, task } from '../scheduling/testing/plan-builders.js';
import { levelPlan } from './level-plan.js';
import type { Assignment, Resource } from './levelling-types.js';

const person = (id: string, capacity = 1): Resource => ({ id, name: id, capacity });
const assign = (taskId: string, resourceId: string, units = 1): Assignment => ({
  taskId,
  resourceId,
  units,
});
const byId = (tasks: TaskSchedule[]) => Object.fromEntries(tasks.map((t) => [t.id, t]));

describe('levelPlan', () => {
  it('serialises two tasks on one full-time person, the less-float one first', () => {
    // b has a successor, so it has less float than a, and goes first.
    const input = plan([task('a', 2), task('b', 3), task('c', 2, [link('b')])]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: false,
    });
    const rows = byId(out.result.tasks);
    expect(fmt(rows.b!.start)).toBe('2027-01-04T08:00');
    expect(fmt(rows.b!.finish)).toBe('2027-01-06T17:00');
    expect(fmt(rows.a!.start)).toBe('2027-01-07T08:00');
    expect(fmt(rows.a!.finish)).toBe('2027-01-08T17:00');
    expect(out.delays).toHaveLength(1);
    expect(out.delays[0]).toMatchObject({ taskId: 'a', delayMinutes: 3 * DAY, resourceId: 'ann' });
    expect(out.delays[0]!.reason).toContain('"ann"');
    expect(out.delays[0]!.reason).toContain('"b"');
    expect(out.delays[0]!.reason).toContain('2027-01-04');
    expect(out.unresolved).toEqual([]);
  });

  it("counts a person's load outside the plan as already used (reservations)", () => {
    const input = plan([task('a', 2)]);
    // Booked elsewhere all of Mon 4 and Tue 5 January, half of Wed 6.
    const reservations = [
      {
        resourceId: 'ann',
        start: at('2027-01-04T00:00'),
        finish: at('2027-01-06T00:00'),
        units: 1,
      },
      {
        resourceId: 'ann',
        start: at('2027-01-06T00:00'),
        finish: at('2027-01-07T00:00'),
        units: 0.5,
      },
    ];
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann')], {
      withinSlackOnly: false,
      reservations,
    });
    const a = byId(out.result.tasks).a!;
    expect(fmt(a.start)).toBe('2027-01-07T08:00');
    expect(out.delays[0]!.reason).toContain('work outside this plan');
    // Half-time work fits beside the half-booked Wednesday, not beside the full days.
    const half = levelPlan(input, [person('ann')], [assign('a', 'ann', 0.5)], {
      withinSlackOnly: false,
      reservations,
    });
    expect(fmt(byId(half.result.tasks).a!.start)).toBe('2027-01-06T08:00');
    // Someone else's reservation changes nothing.
    const other = levelPlan(input, [person('ann')], [assign('a', 'ann')], {
      withinSlackOnly: false,
      reservations: reservations.map((r) => ({ ...r, resourceId: 'bob' })),
    });
    expect(fmt(byId(other.result.tasks).a!.start)).toBe('2027-01-04T08:00');
  });

  it('places by priority first, then float, then id', () => {
    const input = plan([task('a', 2, [], { priority: 600 }), task('b', 2)]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: false,
    });
    const rows = byId(out.result.tasks);
    expect(fmt(rows.a!.start)).toBe('2027-01-04T08:00');
    expect(fmt(rows.b!.start)).toBe('2027-01-06T08:00');
    // Equal priority and float: id order.
    const tie = levelPlan(
      plan([task('y', 1), task('x', 1)]),
      [person('ann')],
      [assign('y', 'ann'), assign('x', 'ann')],
      { withinSlackOnly: false },
    );
    expect(fmt(byId(tie.result.tasks).x!.start)).toBe('2027-01-04T08:00');
    expect(fmt(byId(tie.result.tasks).y!.start)).toBe('2027-01-05T08:00');
  });

  it('lets two half-time assignments share a full-time person, and two half-time people work in parallel', () => {
    const input = plan([task('a', 2), task('b', 2)]);
    const half = levelPlan(
      input,
      [person('ann')],
      [assign('a', 'ann', 0.5), assign('b', 'ann', 0.5)],
      { withinSlackOnly: false },
    );
    expect(half.delays).toEqual([]);
    expect(half.result.tasks.map((t) => fmt(t.start))).toEqual([
      '2027-01-04T08:00',
      '2027-01-04T08:00',
    ]);
    const halfTimers = levelPlan(
      input,
      [person('bob', 0.5), person('cat', 0.5)],
      [assign('a', 'bob', 0.5), assign('b', 'cat', 0.5)],
      { withinSlackOnly: false },
    );
    expect(halfTimers.delays).toEqual([]);
    // But a half-time person cannot take two half-time tasks at once.
    const one = levelPlan(
      input,
      [person('bob', 0.5)],
      [assign('a', 'bob', 0.5), assign('b', 'bob', 0.5)],
      { withinSlackOnly: false },
    );
    expect(one.delays.map((d) => d.taskId)).toEqual(['b']);
  });

  it('within slack only: leaves a task without enough float unresolved, with the reason', () => {
    // Both critical (no float): the second cannot move without delaying the project.
    const input = plan([task('a', 2), task('b', 2)]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: true,
    });
    expect(out.delays).toEqual([]);
    expect(out.unresolved).toHaveLength(1);
    expect(out.unresolved[0]).toMatchObject({
      taskId: 'b',
      cause: 'beyond_slack',
      resourceIds: ['ann'],
    });
    expect(out.unresolved[0]!.reason).toContain('"ann"');
    expect(out.unresolved[0]!.reason).toContain('"a"');
    expect(out.unresolved[0]!.reason).toContain('slack');
    expect(out.result.finish).toBe(schedulePlan(input).finish);
  });

  it('within slack only: delays a task that has the float for it', () => {
    const input = plan([task('a', 2), task('b', 1), task('c', 5)]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: true,
    });
    expect(out.unresolved).toEqual([]);
    expect(out.delays.map((d) => d.taskId)).toEqual(['b']);
    expect(out.result.finish).toBe(schedulePlan(input).finish);
  });

  it('moves successors with a delayed task and keeps the link', () => {
    const input = plan([task('a', 2), task('b', 2), task('c', 1, [link('a', 'FS', 1)])]);
    const out = levelPlan(
      input,
      [person('ann')],
      [assign('a', 'ann'), assign('b', 'ann'), assign('c', 'ann')],
      { withinSlackOnly: false },
    );
    const rows = byId(out.result.tasks);
    expect(rows.c!.start).toBeGreaterThanOrEqual(rows.a!.finish);
    expect(out.result.finish).toBeGreaterThan(schedulePlan(input).finish);
  });

  it('never moves a must-start-on task; reports it when it over-allocates', () => {
    const input = plan([
      task('a', 3),
      task('b', 2, [], {
        constraint: { type: 'MSO', date: at('2027-01-05T08:00') },
        priority: 100,
      }),
    ]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: false,
    });
    const rows = byId(out.result.tasks);
    expect(fmt(rows.b!.start)).toBe('2027-01-05T08:00');
    expect(out.unresolved.map((u) => [u.taskId, u.cause])).toEqual([['b', 'hard_constraint']]);
  });

  it('reports units above capacity and bad assignments', () => {
    const input = plan([task('a', 1), task('s', 0), task('k', 1, [], { parentId: 's' })]);
    const out = levelPlan(
      input,
      [person('ann', 0.5), person('ann')],
      [assign('a', 'ann', 1), assign('a', 'zed'), assign('nope', 'ann'), assign('s', 'ann')],
      { withinSlackOnly: false },
    );
    expect(out.unresolved.map((u) => u.cause)).toEqual(['exceeds_capacity']);
    expect(out.diagnostics.map((d) => d.code).sort()).toEqual([
      'duplicate_resource',
      'summary_assignment',
      'unknown_resource',
      'unknown_task',
    ]);
  });

  it("keeps an ALAP task no earlier than its late date and off its resource's other work", () => {
    const input = plan([
      task('x', 5),
      task('a', 2, [], { constraint: { type: 'ALAP' } }),
      task('b', 4),
      task('c', 1, [link('a')]),
    ]);
    const cpm = byId(schedulePlan(input).tasks);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: false,
    });
    const rows = byId(out.result.tasks);
    expect(rows.a!.start).toBeGreaterThanOrEqual(cpm.a!.start);
    expect(rows.a!.start >= rows.b!.finish || rows.b!.start >= rows.a!.finish).toBe(true);
    expect(rows.c!.start).toBeGreaterThanOrEqual(rows.a!.finish);
  });

  it('returns the CPM schedule unchanged when nothing is over-allocated', () => {
    const input = plan([task('a', 2), task('b', 2, [link('a')])]);
    const out = levelPlan(input, [person('ann')], [assign('a', 'ann'), assign('b', 'ann')], {
      withinSlackOnly: false,
    });
    expect(out.result).toEqual(schedulePlan(input));
  });
});
