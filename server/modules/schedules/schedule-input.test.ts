import { describe, expect, it } from 'vitest';
import { computeProgramSchedule } from './compute-program-schedule.js';
import {
  buildProgramScheduleInput,
  taskDurationMinutes,
  workingDaysBetween,
  type ScheduleRows,
  type ScheduleTaskRow,
} from './schedule-input.js';

const P = '00000000-0000-4000-8000-000000000001';
const Q = '00000000-0000-4000-8000-000000000002';

function task(id: string, fields: Partial<ScheduleTaskRow> = {}): ScheduleTaskRow {
  return {
    id,
    program_id: P,
    name: id,
    estimate_hours: null,
    start_date: null,
    due_date: null,
    state: 'todo',
    ...fields,
  };
}

function schedule(rows: ScheduleRows, today = '2027-01-01') {
  const built = buildProgramScheduleInput(P, rows, today);
  const snapshot = computeProgramSchedule(built);
  return { built, snapshot, item: (id: string) => snapshot.items.find((i) => i.id === id)! };
}

describe('task durations', () => {
  it('takes the estimate, else the working days from start to due, else one day', () => {
    expect(taskDurationMinutes(task('a', { estimate_hours: 2.5 }))).toBe(150);
    // Fri 8th to Tue 12th: Fri, Mon, Tue.
    expect(workingDaysBetween('2027-01-08', '2027-01-12')).toBe(3);
    expect(
      taskDurationMinutes(task('a', { start_date: '2027-01-08', due_date: '2027-01-12' })),
    ).toBe(3 * 480);
    // A weekend-only span still takes a day.
    expect(
      taskDurationMinutes(task('a', { start_date: '2027-01-09', due_date: '2027-01-10' })),
    ).toBe(480);
    expect(taskDurationMinutes(task('a', { due_date: '2027-01-12' }))).toBe(480);
  });
});

describe('buildProgramScheduleInput', () => {
  const program = (start_date: string | null, id = P) => ({ id, start_date });

  it('starts at the program start 08:00, or today 08:00 without one', () => {
    const rows = {
      programs: [program(null)],
      tasks: [task('a')],
      milestones: [],
      dependencies: [],
    };
    expect(schedule(rows, '2027-03-02').snapshot.start).toBe('2027-03-02T08:00:00');
    rows.programs = [program('2027-01-04')];
    expect(schedule(rows).snapshot.start).toBe('2027-01-04T08:00:00');
  });

  it('keeps an open task after its startDate, and a done task on its dates', () => {
    const { item } = schedule({
      programs: [program('2027-01-04')],
      tasks: [
        task('open', { start_date: '2027-01-06', estimate_hours: 8 }),
        task('done', { start_date: '2027-01-05', due_date: '2027-01-05', state: 'done' }),
        task('finished', { due_date: '2027-01-07', state: 'cancelled', estimate_hours: 4 }),
        task('after', { estimate_hours: 8 }),
      ],
      milestones: [],
      dependencies: [
        { predecessor_id: 'done', successor_id: 'after', type: 'FS', lag_minutes: 480 },
      ],
    });
    expect(item('open').earlyStart).toBe('2027-01-06T08:00:00');
    expect(item('done')).toMatchObject({
      earlyStart: '2027-01-05T08:00:00',
      earlyFinish: '2027-01-05T17:00:00',
    });
    expect(item('finished')).toMatchObject({
      earlyStart: '2027-01-07T13:00:00',
      earlyFinish: '2027-01-07T17:00:00',
    });
    // FS with a one-day lag after Tuesday: Thursday.
    expect(item('after').earlyStart).toBe('2027-01-07T08:00:00');
  });

  it('schedules upstream items of other programs from their own start, and lists only its own', () => {
    const { snapshot, item } = schedule({
      programs: [program('2027-01-04'), program('2027-01-11', Q)],
      tasks: [
        task('mine', { estimate_hours: 8 }),
        task('theirs', { program_id: Q, estimate_hours: 8 }),
      ],
      milestones: [{ id: 'm', program_id: P, name: 'm', due_date: '2027-01-05' }],
      dependencies: [
        { predecessor_id: 'theirs', successor_id: 'mine', type: 'FS', lag_minutes: 0 },
        { predecessor_id: 'mine', successor_id: 'm', type: 'FS', lag_minutes: 0 },
      ],
    });
    expect(snapshot.items.map((i) => i.id)).toEqual(['mine', 'm']);
    expect(item('mine').earlyStart).toBe('2027-01-12T08:00:00');
    expect(snapshot.finish).toBe('2027-01-12T17:00:00');
    expect(snapshot.diagnostics.map((d) => [d.code, d.itemIds])).toEqual([
      ['deadline_missed', ['m']],
    ]);
  });

  it('hashes the input: the same rows in any order give the same hash, a change another', () => {
    const rows: ScheduleRows = {
      programs: [program('2027-01-04')],
      tasks: [task('a', { estimate_hours: 8 }), task('b')],
      milestones: [],
      dependencies: [],
    };
    const hash = (r: ScheduleRows) => buildProgramScheduleInput(P, r, '2027-01-01').inputHash;
    const reordered = { ...rows, tasks: [...rows.tasks].reverse() };
    expect(hash(reordered)).toBe(hash(rows));
    expect(hash({ ...rows, tasks: [task('a', { estimate_hours: 9 }), task('b')] })).not.toBe(
      hash(rows),
    );
  });
});

describe('readableDates', () => {
  it('writes local date-times in messages as the web shows dates', async () => {
    const { readableDates } = await import('./schedule-input.js');
    expect(readableDates('finishes 2027-03-19T16:00:00, after 2027-03-05T17:00:00.')).toBe(
      'finishes 19 Mar 2027 16:00, after 5 Mar 2027 17:00.',
    );
  });
});
