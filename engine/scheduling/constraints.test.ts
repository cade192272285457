import { describe, expect, it } from 'vitest';
import { at, CALENDAR_PROVIDERS, DAY, runner, task, link } from './testing/plan-builders.js';

// 2027-01-04 is a Monday; the project starts then at 08:00 on the standard
// calendar (Mon–Fri 08:00–12:00, 13:00–17:00). Every example runs twice: on
// the product's compiled calendars and on the naive test double.

describe.each(CALENDAR_PROVIDERS)('constraints on %s', (_name, calendars) => {
  const run = runner(calendars);

  describe('constraints (README §6)', () => {
    it('SNET pushes the start; on a Saturday it moves to Monday 08:00', () => {
      const { r } = run([
        task('A', 1),
        task('B', 1, [link('A')], { constraint: { type: 'SNET', date: at('2027-01-06T08:00') } }),
        task('C', 1, [link('A')], { constraint: { type: 'SNET', date: at('2027-01-09T08:00') } }),
      ]);
      expect(r.B!.es).toBe('2027-01-06T08:00');
      expect(r.C!.es).toBe('2027-01-11T08:00');
    });

    it('FNET pushes the finish', () => {
      const { r } = run([
        task('A', 1, [], { constraint: { type: 'FNET', date: at('2027-01-07T17:00') } }),
      ]);
      expect(r.A).toMatchObject({ es: '2027-01-07T08:00', ef: '2027-01-07T17:00' });
    });

    it('MFO overrides its links: negative slack on the chain and a constraint_conflict (as mpp-slack9)', () => {
      const { r, result } = run([
        task('A', 5),
        task('M', 0, [link('A')], { constraint: { type: 'MFO', date: at('2027-01-07T17:00') } }),
      ]);
      expect(r.M).toMatchObject({ es: '2027-01-07T17:00', ef: '2027-01-07T17:00' });
      expect(r.M).toMatchObject({ lf: '2027-01-07T17:00' });
      expect(r.A).toMatchObject({ lf: '2027-01-07T17:00', tf: -DAY, critical: true });
      // MS Project also shows the overlap on the constrained task itself (slack9 UID 11: −1d).
      expect(r.M!.tf).toBe(-DAY);
      expect(result.diagnostics.map((d) => d.code)).toContain('constraint_conflict');
    });

    it('MSO sets the start, later or earlier than the links', () => {
      const { r, result } = run([
        task('A', 3),
        task('B', 1, [link('A')], { constraint: { type: 'MSO', date: at('2027-01-05T08:00') } }),
        task('C', 1, [link('A')], { constraint: { type: 'MSO', date: at('2027-01-12T08:00') } }),
      ]);
      expect(r.B).toMatchObject({ es: '2027-01-05T08:00', ls: '2027-01-05T08:00' });
      expect(r.A).toMatchObject({ lf: '2027-01-04T17:00', tf: -2 * DAY });
      expect(r.C).toMatchObject({ es: '2027-01-12T08:00', ls: '2027-01-12T08:00', tf: 0 });
      expect(result.diagnostics.filter((d) => d.code === 'constraint_conflict')).toHaveLength(1);
    });

    it('SNLT and FNLT cap the dates: negative slack when the links want later', () => {
      const { r, result } = run([
        task('A', 3),
        task('B', 1, [link('A')], { constraint: { type: 'SNLT', date: at('2027-01-06T08:00') } }),
        task('C', 1, [link('A')], { constraint: { type: 'FNLT', date: at('2027-01-06T17:00') } }),
        task('D', 1, [link('A')], { constraint: { type: 'SNLT', date: at('2027-01-20T08:00') } }),
      ]);
      expect(r.B).toMatchObject({ es: '2027-01-06T08:00', lf: '2027-01-06T17:00' });
      expect(r.C).toMatchObject({ es: '2027-01-06T08:00', ef: '2027-01-06T17:00' });
      expect(r.A).toMatchObject({ lf: '2027-01-05T17:00', tf: -DAY });
      expect(r.D).toMatchObject({ es: '2027-01-07T08:00' });
      const conflicts = result.diagnostics.filter((d) => d.code === 'constraint_conflict');
      expect(conflicts.map((d) => d.taskIds[0])).toEqual(['B', 'C']);
    });

    it('a hard constraint without a date is reported and ignored', () => {
      const { r, result } = run([task('A', 1, [], { constraint: { type: 'MSO' } })]);
      expect(r.A!.es).toBe('2027-01-04T08:00');
      expect(result.diagnostics.map((d) => d.code)).toEqual(['constraint_date_missing']);
    });

    it('ALAP: scheduled at its late dates; its successors follow', () => {
      const { r } = run([
        task('A', 1, [], { constraint: { type: 'ALAP' } }),
        task('B', 1, [link('A')]),
        task('C', 5),
        task('D', 0, [link('B'), link('C')]),
      ]);
      expect(r.A).toMatchObject({ start: '2027-01-07T08:00', finish: '2027-01-07T17:00' });
      expect(r.A!.es).toBe('2027-01-04T08:00');
      expect(r.B).toMatchObject({ es: '2027-01-08T08:00', start: '2027-01-08T08:00', tf: 0 });
    });

    it('a missed deadline is a warning', () => {
      const { result } = run([
        task('A', 3, [], { deadline: at('2027-01-05T17:00') }),
        task('B', 1, [], { deadline: at('2027-01-05T17:00') }),
      ]);
      const missed = result.diagnostics.filter((d) => d.code === 'deadline_missed');
      expect(missed.map((d) => [d.taskIds[0], d.severity])).toEqual([['A', 'warning']]);
    });
  });
});
