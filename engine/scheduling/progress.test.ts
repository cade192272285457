import { describe, expect, it } from 'vitest';
import { schedulePlan } from './schedule-plan.js';
import type { ScheduleTask } from './schedule-input.js';
import { at, DAY, link, plan, rows, task } from './testing/plan-builders.js';

// The standard calendar (Mon–Fri 08:00–12:00, 13:00–17:00); 2026-11-30 and
// 2026-12-07 are Mondays.
function run(tasks: ScheduleTask[], statusDate?: string, start = '2026-11-30T08:00') {
  const input = { ...plan(tasks, start), ...(statusDate ? { statusDate: at(statusDate) } : {}) };
  const result = schedulePlan(input);
  return { result, r: rows(result.tasks) };
}

describe('progress and the status date (MS Project rules)', () => {
  it('an 80 h task at 50% started Mon 30 Nov resumes on the status date and finishes Fri 11 Dec 17:00', () => {
    const { r } = run(
      [
        task('A', 10, [], {
          progress: { actualStart: at('2026-11-30T08:00'), remainingMinutes: 40 * 60 },
        }),
      ],
      '2026-12-07T00:00',
    );
    expect(r.A).toMatchObject({ es: '2026-11-30T08:00', ef: '2026-12-11T17:00' });
  });

  it('without a status date the remaining work follows on from the work done', () => {
    const { r } = run([
      task('A', 10, [], {
        progress: { actualStart: at('2026-11-30T08:00'), remainingMinutes: 40 * 60 },
      }),
    ]);
    expect(r.A).toMatchObject({ es: '2026-11-30T08:00', ef: '2026-12-11T17:00' });
  });

  it('a done task sits exactly at its actual dates: never critical, no float, whatever its links', () => {
    const { r } = run(
      [
        task('A', 3),
        task('B', 2, [link('A')], {
          progress: { actualStart: at('2026-11-30T10:00'), actualFinish: at('2026-12-01T15:00') },
        }),
        task('C', 1, [link('B')]),
      ],
      '2026-12-07T00:00',
    );
    expect(r.B).toMatchObject({
      es: '2026-11-30T10:00',
      ef: '2026-12-01T15:00',
      ls: '2026-11-30T10:00',
      lf: '2026-12-01T15:00',
      tf: 0,
      ff: 0,
      critical: false,
    });
    // Its successor is unstarted: not before the status date. A, reported out of
    // sequence as not started, now drives the finish; B asks nothing of it.
    expect(r.C).toMatchObject({ es: '2026-12-07T08:00', ef: '2026-12-07T17:00', critical: false });
    expect(r.A).toMatchObject({ es: '2026-12-07T08:00', ef: '2026-12-09T17:00', tf: 0 });
  });

  it('unstarted work never starts before the status date, even with a hard constraint', () => {
    const { r } = run(
      [
        task('A', 1),
        task('B', 1, [], { constraint: { type: 'MSO', date: at('2026-12-01T08:00') } }),
        task('C', 1, [], { constraint: { type: 'SNET', date: at('2026-12-09T08:00') } }),
      ],
      '2026-12-03T00:00',
    );
    expect(r.A!.es).toBe('2026-12-03T08:00');
    expect(r.B!.es).toBe('2026-12-03T08:00');
    expect(r.C!.es).toBe('2026-12-09T08:00');
  });

  it("an in-progress task's remaining work also waits for its predecessors", () => {
    const { r } = run(
      [
        task('P', 8),
        task('A', 4, [link('P', 'SS', 6)], {
          progress: { actualStart: at('2026-11-30T08:00'), remainingMinutes: 2 * DAY },
        }),
      ],
      '2026-12-02T00:00',
    );
    // P starts on the status date (Wed 2 Dec) and A may go on 6 days later: Thu 10 Dec.
    expect(r.A).toMatchObject({ es: '2026-11-30T08:00', ef: '2026-12-11T17:00' });
  });

  it('a missed deadline caps the late finish: negative float and a warning', () => {
    const { r, result } = run([
      task('A', 10),
      task('M', 0, [link('A')], { milestone: true, deadline: at('2026-12-04T17:00') }),
    ]);
    expect(r.M!.ef).toBe('2026-12-11T17:00');
    expect(r.M!.lf).toBe('2026-12-04T17:00');
    expect(r.M!.tf).toBe(-5 * DAY);
    expect(r.A!.tf).toBe(-5 * DAY);
    expect(r.A!.critical).toBe(true);
    expect(result.diagnostics.map((d) => d.code)).toContain('deadline_missed');
  });

  it('an ALAP task whose deadline is missed stays at its early dates and says so', () => {
    const { r, result } = run([
      task('A', 2),
      task('C', 1, [link('A')], {
        constraint: { type: 'ALAP' },
        deadline: at('2026-12-01T17:00'),
      }),
      task('B', 5, [link('A')]),
    ]);
    expect(r.C).toMatchObject({ start: '2026-12-02T08:00', finish: '2026-12-02T17:00' });
    expect(r.C!.tf).toBe(-DAY);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['deadline_missed']);
  });

  it('a deadline later than the finish gives the chain float up to it', () => {
    const { r } = run([
      task('A', 5),
      task('M', 0, [link('A')], { milestone: true, deadline: at('2026-12-09T17:00') }),
    ]);
    // The project finish (Fri 4 Dec) still bounds the late dates.
    expect(r.M!.tf).toBe(0);
  });
});

describe('groups', () => {
  it("each group's float is measured against its own finish; a link across groups still binds", () => {
    const { r } = run([
      task('A1', 2, [], { group: 'A' }),
      task('A2', 6, [], { group: 'A' }),
      task('B1', 10, [link('A1')], { group: 'B' }),
      task('B2', 1, [], { group: 'B' }),
    ]);
    // A2 ends A (day 6): critical in A although B runs to day 12.
    expect(r.A2).toMatchObject({ tf: 0, critical: true });
    // A1 drives B's finish through B1.
    expect(r.A1).toMatchObject({ tf: 0, critical: true });
    expect(r.B2!.tf).toBe(11 * DAY);
  });
});
