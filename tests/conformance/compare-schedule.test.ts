import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import type { TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import type { ExpectedTaskDates } from '../../interchange/mspdi/index.js';
import { compareSchedule } from './compare-schedule.js';

const at = (s: string): number => parseLocalDateTime(s)!;
const S = at('2027-01-04T08:00');
const F = at('2027-01-04T17:00');

function exp(uid: number, over: Partial<ExpectedTaskDates> = {}): ExpectedTaskDates {
  return {
    uid,
    id: String(uid),
    name: `T${uid}`,
    summary: false,
    milestone: false,
    elapsed: false,
    calendarId: null,
    start: S,
    finish: F,
    earlyStart: S,
    earlyFinish: F,
    lateStart: S,
    lateFinish: F,
    totalSlack: 0,
    freeSlack: 0,
    critical: true,
    ...over,
  };
}

function got(uid: number, over: Partial<TaskSchedule> = {}): TaskSchedule {
  return {
    id: String(uid),
    uid,
    name: `T${uid}`,
    summary: false,
    start: S,
    finish: F,
    earlyStart: S,
    earlyFinish: F,
    lateStart: S,
    lateFinish: F,
    totalSlackMinutes: 0,
    freeSlackMinutes: 0,
    critical: true,
    drivingPredecessorIds: [],
    ...over,
  };
}

describe('compareSchedule', () => {
  it('counts a task matched only when all six dates agree to the minute', () => {
    const expected = new Map([1, 2, 3, 4, 5, 6, 7].map((u) => [u, exp(u)]));
    const r = compareSchedule(
      { expected },
      {
        tasks: [
          got(1),
          got(2, { start: S + 1 }),
          got(3, { finish: F - 1 }),
          got(4, { earlyStart: S + 60 }),
          got(5, { earlyFinish: F + 60 }),
          got(6, { lateStart: S + 1440 }),
          got(7, { lateFinish: F + 1440 }),
        ],
      },
    );
    expect(r).toMatchObject({ total: 7, matched: 1, leafTotal: 7, leafMatched: 1, missing: 0 });
    expect(r.differences).toHaveLength(5);
    expect(r.differences[0]).toBe('UID 2: Start expected 2027-01-04T08:00 got 2027-01-04T08:01');
  });

  it('accepts leaf slack within ±10 tenths of a minute, not beyond', () => {
    const expected = new Map([
      [1, exp(1, { totalSlack: 4800, freeSlack: 100 })],
      [2, exp(2, { totalSlack: 4800 })],
      [3, exp(3, { freeSlack: null, totalSlack: null })],
    ]);
    const r = compareSchedule(
      { expected },
      {
        tasks: [
          got(1, { totalSlackMinutes: 481, freeSlackMinutes: 9 }),
          got(2, { totalSlackMinutes: 481.1 }),
          got(3, { totalSlackMinutes: 999, freeSlackMinutes: 999 }),
        ],
      },
    );
    expect(r.matched).toBe(2);
    expect(r.differences).toEqual([
      'UID 2: TotalSlack expected 4800 got 4811 (tenths of a minute)',
    ]);
  });

  it('scores summaries on dates only, apart from leaves, and reports critical for leaves', () => {
    const expected = new Map([
      [1, exp(1, { summary: true, totalSlack: 999 })],
      [2, exp(2, { summary: true })],
      [3, exp(3, { critical: false })],
    ]);
    const r = compareSchedule(
      { expected },
      {
        tasks: [got(1, { summary: true }), got(2, { summary: true, lateFinish: F + 5 }), got(3)],
      },
    );
    expect(r).toMatchObject({
      total: 3,
      matched: 2,
      summaryTotal: 2,
      summaryMatched: 1,
      leafTotal: 1,
      leafMatched: 1,
      criticalTotal: 1,
      criticalAgree: 0,
    });
  });

  it('skips skipped rows and extra UIDs, counts missing tasks, ignores dates the file lacks', () => {
    const expected = new Map([
      [1, exp(1)],
      [2, exp(2)],
      [3, exp(3)],
      [4, exp(4, { lateStart: null, lateFinish: null })],
      [5, exp(5)],
    ]);
    const r = compareSchedule(
      { expected, skipped: [{ uid: 1, reason: 'manual' }] },
      {
        tasks: [
          got(1, { start: 0 }),
          got(2, { start: 0 }),
          got(4, { lateStart: 0, lateFinish: 0 }),
        ],
      },
      { skip: [2], show: 1 },
    );
    expect(r).toMatchObject({ total: 3, matched: 1, missing: 2, skipped: 2 });
    expect(r.differences).toEqual(['UID 3: missing from the schedule']);
  });
});
