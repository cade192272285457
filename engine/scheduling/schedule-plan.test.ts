import { describe, expect, it } from 'vitest';
import { drivingPath } from './driving-path.js';
import { schedulePlan } from './schedule-plan.js';
import {
  CALENDAR_PROVIDERS,
  DAY,
  fmt,
  link,
  plan,
  rows,
  runner,
  standardWithHolidays,
  task,
} from './testing/plan-builders.js';
import { fullTimeDouble } from './testing/working-time-double.js';

const H24 = [{ from: 0, to: 1440 }];

// 2027-01-04 is a Monday; the project starts then at 08:00 on the standard
// calendar (Mon–Fri 08:00–12:00, 13:00–17:00). Every example runs twice: on
// the product's compiled calendars and on the naive test double.

describe.each(CALENDAR_PROVIDERS)('schedulePlan on %s', (_name, calendars) => {
  const run = runner(calendars);

  describe('links (README §3) and boundary rules (§4)', () => {
    it('FS without lag: the successor starts at the next working minute (rule 1)', () => {
      const { r, result } = run([task('A', 1), task('B', 1, [link('A')])]);
      expect(r.A).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-04T17:00' });
      expect(r.B).toMatchObject({ es: '2027-01-05T08:00', ef: '2027-01-05T17:00' });
      expect(fmt(result.finish)).toBe('2027-01-05T17:00');
    });

    it('FS +1d from Fri 17:00: the lag ends Mon 17:00, the start moves to Tue 08:00 (rule 3)', () => {
      const { r } = run([task('A', 5), task('B', 1, [link('A', 'FS', 1)])]);
      expect(r.A!.ef).toBe('2027-01-08T17:00');
      expect(r.B).toMatchObject({ es: '2027-01-12T08:00', ef: '2027-01-12T17:00' });
    });

    it('FS +1w from Fri 17:00 starts the next-but-one Monday (lag in working time)', () => {
      const { r } = run([task('A', 5), task('B', 1, [link('A', 'FS', 5)])]);
      expect(r.B!.es).toBe('2027-01-18T08:00');
    });

    it('FS with a lead (negative lag) runs back in working time', () => {
      const { r } = run([task('A', 3), task('B', 1, [link('A', 'FS', -1)])]);
      expect(r.B).toMatchObject({ es: '2027-01-06T08:00', ef: '2027-01-06T17:00' });
    });

    it('a lead that would start before the project start is clamped to it', () => {
      const { r } = run([task('A', 0.25), task('B', 1, [link('A', 'FS', -1)])]);
      expect(r.B).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-04T17:00' });
    });

    it('SS without and with lag', () => {
      const { r } = run([
        task('A', 3),
        task('B', 1, [link('A', 'SS')]),
        task('C', 1, [link('A', 'SS', 1.5)]),
      ]);
      expect(r.B!.es).toBe('2027-01-04T08:00');
      expect(r.C).toMatchObject({ es: '2027-01-05T13:00', ef: '2027-01-06T12:00' });
    });

    it('FF without and with lag: the finish is set, the start is the duration before it', () => {
      const { r } = run([
        task('A', 3),
        task('B', 1, [link('A', 'FF')]),
        task('C', 2, [link('A', 'FF', 1)]),
      ]);
      expect(r.B).toMatchObject({ es: '2027-01-06T08:00', ef: '2027-01-06T17:00' });
      expect(r.C).toMatchObject({ es: '2027-01-06T08:00', ef: '2027-01-07T17:00' });
    });

    it('SF +2d from Fri 08:00 gives a finish of Mon 17:00 and a start of Mon 08:00 (rule 3)', () => {
      const { r } = run([
        task('X', 4),
        task('A', 1, [link('X')]),
        task('B', 1, [link('A', 'SF', 2)]),
      ]);
      expect(r.A!.es).toBe('2027-01-08T08:00');
      expect(r.B).toMatchObject({ es: '2027-01-11T08:00', ef: '2027-01-11T17:00' });
    });

    it('SF without lag copies the start exactly: finish at 08:00, start 08:00 the day before (rule 4)', () => {
      const { r } = run([task('X', 4), task('A', 1, [link('X')]), task('B', 1, [link('A', 'SF')])]);
      expect(r.B).toMatchObject({ es: '2027-01-07T08:00', ef: '2027-01-08T08:00' });
    });

    it('a milestone may sit at the end of a working period (rule 5); its successor starts next morning', () => {
      const { r } = run([
        task('A', 1),
        task('M', 0, [link('A')], { milestone: true }),
        task('B', 1, [link('M')]),
      ]);
      expect(r.M).toMatchObject({ es: '2027-01-04T17:00', ef: '2027-01-04T17:00' });
      expect(r.B!.es).toBe('2027-01-05T08:00');
      // Late dates: B's late start is Tue 08:00 and the milestone keeps it (the INDEX "local fix").
      expect(r.M).toMatchObject({ ls: '2027-01-05T08:00', lf: '2027-01-05T08:00', tf: 0 });
      expect(r.A!.lf).toBe('2027-01-04T17:00');
    });

    it('holidays are skipped by durations and lags', () => {
      const { r } = run(
        [task('A', 3), task('B', 1, [link('A', 'FS', 1)])],
        ['2027-01-06', '2027-01-11'],
      );
      expect(r.A!.ef).toBe('2027-01-07T17:00');
      expect(r.B!.es).toBe('2027-01-12T08:00');
    });

    it('percent lag: a percentage of the predecessor duration, as working time', () => {
      const { r } = run([
        task('A', 2),
        task('B', 1, [link('A', 'FS', { kind: 'percent', percent: 50 })]),
      ]);
      expect(r.B!.es).toBe('2027-01-07T08:00');
    });

    it('elapsed lag runs on a 24×7 clock, then the start moves to working time', () => {
      const { r } = run([
        task('A', 5),
        task('B', 1, [link('A', 'FS', { kind: 'elapsed', minutes: 24 * 60 })]),
        task('C', 1, [link('A', 'FS', { kind: 'elapsed', minutes: 3 * 24 * 60 })]),
      ]);
      expect(r.B!.es).toBe('2027-01-11T08:00');
      expect(r.C!.es).toBe('2027-01-12T08:00');
    });

    it('elapsed durations ignore the calendar; a project finish at 08:00 gives others LF the previous 17:00 (rule 7)', () => {
      const { r, result } = run([
        task('A', 2),
        task('B', 0, [link('A')], { duration: { kind: 'elapsed', minutes: 1440 } }),
        task('C', 1),
      ]);
      expect(r.B).toMatchObject({ es: '2027-01-06T08:00', ef: '2027-01-07T08:00' });
      expect(fmt(result.finish)).toBe('2027-01-07T08:00');
      expect(r.C).toMatchObject({ lf: '2027-01-06T17:00', ls: '2027-01-06T08:00', tf: 2 * DAY });
      expect(r.B!.tf).toBe(0);
    });
  });

  describe('backward pass and slack (README §4.7, §7)', () => {
    it('parallel branches: the short one has total and free slack, the long one is critical', () => {
      const { r } = run([task('A', 1), task('B', 3), task('C', 1, [link('A'), link('B')])]);
      expect(r.A).toMatchObject({ ls: '2027-01-06T08:00', lf: '2027-01-06T17:00' });
      expect(r.A).toMatchObject({ tf: 2 * DAY, ff: 2 * DAY, critical: false });
      expect(r.B).toMatchObject({ tf: 0, ff: 0, critical: true });
      expect(r.C).toMatchObject({ es: '2027-01-07T08:00', tf: 0, critical: true });
    });

    it('free slack is measured on the link type, minus the lag; a task without successors gets its total slack', () => {
      const { r } = run([
        task('A', 1),
        task('B', 4),
        task('C', 1, [link('A', 'FS', 1), link('B')]),
        task('D', 1),
      ]);
      expect(r.A).toMatchObject({ ff: 2 * DAY, tf: 2 * DAY });
      expect(r.D).toMatchObject({ tf: 4 * DAY, ff: 4 * DAY });
    });

    it('a task whose only successors are SS or SF still finishes by the project finish', () => {
      const { r } = run([task('A', 2), task('B', 1, [link('A', 'SS')]), task('C', 5)]);
      expect(r.A).toMatchObject({ lf: '2027-01-08T17:00', ls: '2027-01-07T08:00', tf: 3 * DAY });
      expect(r.B).toMatchObject({ lf: '2027-01-08T17:00', tf: 4 * DAY });
    });

    it('an elapsed task measures its slack in elapsed minutes', () => {
      const { r } = run([
        task('A', 5),
        task('E', 0, [], { duration: { kind: 'elapsed', minutes: 2 * 1440 } }),
      ]);
      expect(r.E).toMatchObject({ es: '2027-01-04T08:00', ef: '2027-01-06T08:00' });
      expect(r.E).toMatchObject({ lf: '2027-01-08T17:00', tf: 2 * 1440 + 9 * 60 });
    });

    it('a link to a summary counts for free slack; one inherited from a summary above does not', () => {
      const { r } = run([
        task('A', 1),
        task('S', 0, [link('A', 'FS', 2)]),
        task('X', 1, [], { parentId: 'S' }),
        task('P', 0),
        task('Y', 1, [], { parentId: 'P' }),
        task('Z', 4, [link('P')]),
      ]);
      expect(r.X!.es).toBe('2027-01-07T08:00');
      expect(r.A).toMatchObject({ ff: 0, tf: DAY });
      // Y inherits P's link to Z: its free slack is its total slack.
      expect(r.Y).toMatchObject({ ff: r.Y!.tf, tf: 0 });
    });

    it('criticalSlackMinutes widens what counts as critical', () => {
      const input = plan([task('A', 1), task('B', 2), task('C', 1, [link('A'), link('B')])]);
      input.calendars = [standardWithHolidays()];
      input.criticalSlackMinutes = DAY;
      const cals = calendars();
      const result = schedulePlan(input, cals ? { calendars: cals } : {});
      expect(rows(result.tasks).A!.critical).toBe(true);
    });
  });

  describe('several calendars', () => {
    it('a task on a 24-hour calendar runs through nights and weekends; FS from it lands on working time', () => {
      const input = plan(
        [task('A', 1), task('N', 2, [link('A')], { calendarId: '24h' }), task('B', 1, [link('N')])],
        undefined,
        [
          standardWithHolidays(),
          {
            id: '24h',
            name: '24 Hours',
            week: { 0: H24, 1: H24, 2: H24, 3: H24, 4: H24, 5: H24, 6: H24 },
            exceptions: [],
          },
        ],
      );
      const cals = calendars();
      if (cals) cals.set('24h', fullTimeDouble('24h'));
      const r = rows(schedulePlan(input, cals ? { calendars: cals } : {}).tasks);
      // N starts at 17:00 on its own calendar (a working minute there) and runs 960 minutes.
      expect(r.N).toMatchObject({ es: '2027-01-04T17:00', ef: '2027-01-05T09:00' });
      expect(r.B).toMatchObject({ es: '2027-01-05T09:00', ef: '2027-01-06T09:00' });
    });
  });

  describe('driving predecessors', () => {
    it('names the links that set the early dates', () => {
      const { result } = run([
        task('A', 1),
        task('B', 3),
        task('C', 1, [link('A'), link('B')]),
        task('D', 1, [link('C'), link('A', 'SS')]),
      ]);
      const byId = new Map(result.tasks.map((t) => [t.id, t]));
      expect(byId.get('C')!.drivingPredecessorIds).toEqual(['B']);
      expect(byId.get('D')!.drivingPredecessorIds).toEqual(['C']);
      expect(byId.get('A')!.drivingPredecessorIds).toEqual([]);
    });

    it('drivingPath walks the driving links back from a task to the start', () => {
      const { result } = run([
        task('A', 1),
        task('B', 3),
        task('C', 1, [link('A'), link('B')]),
        task('D', 1, [link('C')]),
        task('E', 1, [link('A')]),
      ]);
      expect(drivingPath(result, 'D')).toEqual(['B', 'C', 'D']);
      expect(drivingPath(result, 'E')).toEqual(['A', 'E']);
      expect(drivingPath(result, 'nope')).toEqual([]);
    });
  });
});
