import { describe, expect, it } from 'vitest';
import { compileCalendars } from '../calendar/compile-calendar.js';
import type { ScheduleTask } from './schedule-input.js';
import { schedulePlan } from './schedule-plan.js';
import {
  CALENDAR_PROVIDERS,
  link,
  plan,
  rows,
  runner,
  standardWithHolidays,
  task,
} from './testing/plan-builders.js';

// 2027-01-04 is a Monday; the project starts then at 08:00 on the standard
// calendar (Mon–Fri 08:00–12:00, 13:00–17:00). Every example runs twice: on
// the product's compiled calendars and on the naive test double.

describe.each(CALENDAR_PROVIDERS)('plan structure on %s', (_name, calendars) => {
  const run = runner(calendars);

  describe('summaries (README §8)', () => {
    const wbs = (): ScheduleTask[] => [
      task('S', 0),
      task('A', 2, [], { parentId: 'S' }),
      task('B', 3, [link('A')], { parentId: 'S' }),
      task('C', 1, [link('S')]),
      task('S2', 0),
      task('E', 1, [], { parentId: 'S2' }),
      task('F', 2, [], { parentId: 'S2' }),
      task('D', 1),
    ];

    it('a summary rolls up its children and is not scheduled itself', () => {
      const { r, result } = run(wbs());
      expect(r.S).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-08T17:00' });
      expect(r.S).toMatchObject({ start: '2027-01-04T08:00', finish: '2027-01-08T17:00' });
      expect(result.tasks.find((t) => t.id === 'S')!.summary).toBe(true);
      expect(r.S!.critical).toBe(true);
    });

    it('a link from a summary applies to all its leaves', () => {
      const { r } = run(wbs());
      expect(r.C!.es).toBe('2027-01-11T08:00');
    });

    it('a link to a summary applies to all its leaves', () => {
      const tasks = wbs();
      tasks[4] = task('S2', 0, [link('D')]);
      const { r } = run(tasks);
      expect(r.E!.es).toBe('2027-01-05T08:00');
      expect(r.F!.es).toBe('2027-01-05T08:00');
      expect(r.S2).toMatchObject({ es: '2027-01-05T08:00', ef: '2027-01-06T17:00' });
    });

    it('nested summaries roll up through every level', () => {
      const { r } = run([
        task('Top', 0),
        task('Mid', 0, [], { parentId: 'Top' }),
        task('A', 2, [], { parentId: 'Mid' }),
        task('B', 1, [link('A')], { parentId: 'Top' }),
      ]);
      expect(r.Mid).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-05T17:00' });
      expect(r.Top).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-06T17:00' });
    });
  });

  describe('bad plans', () => {
    it('a cycle is reported with its path; tasks on or after it are left out, the rest scheduled', () => {
      const { r, result } = run([
        task('A', 1, [link('C')]),
        task('B', 1, [link('A')]),
        task('C', 1, [link('B'), link('X')]),
        task('D', 1, [link('C')]),
        task('E', 1),
        task('X', 1),
      ]);
      expect(Object.keys(r).sort()).toEqual(['E', 'X']);
      const cycles = result.diagnostics.filter((d) => d.code === 'dependency_cycle');
      expect(cycles).toHaveLength(1);
      const path = cycles[0]!.path!;
      expect(path[0]).toBe(path[path.length - 1]);
      expect(new Set(path)).toEqual(new Set(['A', 'B', 'C']));
      expect(path).toHaveLength(4);
    });

    it('a self-link is a cycle of one', () => {
      const { result } = run([task('A', 1, [link('A')])]);
      expect(result.diagnostics[0]).toMatchObject({ code: 'dependency_cycle', path: ['A', 'A'] });
      expect(result.tasks).toEqual([]);
    });

    it('two separate cycles are both reported', () => {
      const { result } = run([
        task('A', 1, [link('B')]),
        task('B', 1, [link('A')]),
        task('C', 1, [link('D')]),
        task('D', 1, [link('C')]),
      ]);
      expect(result.diagnostics.filter((d) => d.code === 'dependency_cycle')).toHaveLength(2);
    });

    it('unknown predecessor, parent and calendar, and duplicate ids, are reported', () => {
      const { r, result } = run([
        task('A', 1, [link('nope')]),
        task('B', 1, [], { parentId: 'ghost' }),
        task('C', 1, [], { calendarId: 'lunar' }),
        task('A', 2),
      ]);
      expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
        'duplicate_task_id',
        'unknown_calendar',
        'unknown_parent',
        'unknown_predecessor',
      ]);
      expect(r.A!.ef).toBe('2027-01-04T17:00');
      expect(r.C!.ef).toBe('2027-01-04T17:00');
      expect(result.tasks).toHaveLength(3);
    });

    it('an unknown project calendar schedules nothing, with an error', () => {
      const input = plan([task('A', 1)]);
      input.projectCalendarId = 'missing';
      const result = schedulePlan(input, { calendars: new Map() });
      expect(result.tasks).toEqual([]);
      expect(result.diagnostics[0]).toMatchObject({ code: 'unknown_calendar', severity: 'error' });
    });
  });
});

describe('schedulePlan on input calendars only', () => {
  it('compiles input.calendars when none are passed, and reports their problems', () => {
    const input = plan([task('A', 1), task('B', 1, [], { calendarId: 'never' })], undefined, [
      standardWithHolidays(),
      { id: 'never', name: 'Never', week: {}, exceptions: [] },
      { id: 'orphan', name: 'Orphan', baseCalendarId: 'gone', week: {}, exceptions: [] },
    ]);
    const result = schedulePlan(input);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual([
      'calendar_has_no_working_time',
      'calendar_has_no_working_time',
      'unknown_calendar',
      'unknown_calendar',
    ]);
    // B falls back to the project calendar.
    expect(rows(result.tasks).B!.ef).toBe('2027-01-04T17:00');
  });

  it('a calendar with no working time passed in is reported, not thrown', () => {
    const input = plan([task('A', 1)]);
    const calendars = compileCalendars([{ id: 'standard', name: 'x', week: {}, exceptions: [] }]);
    const result = schedulePlan(input, { calendars: calendars.calendars });
    expect(result.tasks).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: 'calendar_has_no_working_time' });
  });

  it('a duration or lag that is not a number counts as 0', () => {
    const result = schedulePlan(
      plan([
        task('A', Number.NaN),
        task('B', 1, [
          { predecessorId: 'A', type: 'FS', lag: { kind: 'working', minutes: Number.NaN } },
        ]),
      ]),
    );
    const r = rows(result.tasks);
    expect(r.A).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-04T08:00' });
    expect(r.B!.es).toBe('2027-01-04T08:00');
  });

  it('a parent loop is cut and reported', () => {
    const result = schedulePlan(
      plan([
        task('A', 1, [], { parentId: 'B' }),
        task('B', 1, [], { parentId: 'A' }),
        task('C', 1),
      ]),
    );
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown_parent']);
    expect(result.tasks.map((t) => t.id)).toEqual(['A', 'B', 'C']);
  });
});
