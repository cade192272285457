import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ScheduleResult, TaskSchedule } from '../../../engine/scheduling/schedule-result.js';
import {
  formatSlack,
  formatTableDate,
  renderScheduleJson,
  renderScheduleText,
  toScheduleJson,
} from './format-schedule.js';

const at = (text: string) => parseLocalDateTime(text)!;

function row(id: string, over: Partial<TaskSchedule> = {}): TaskSchedule {
  return {
    id,
    name: `Task ${id}`,
    summary: false,
    start: at('2027-01-04T08:00'),
    finish: at('2027-01-04T17:00'),
    earlyStart: at('2027-01-04T08:00'),
    earlyFinish: at('2027-01-04T17:00'),
    lateStart: at('2027-01-05T08:00'),
    lateFinish: at('2027-01-05T17:00'),
    totalSlackMinutes: 480,
    freeSlackMinutes: 0,
    critical: false,
    drivingPredecessorIds: [],
    ...over,
  };
}

const result: ScheduleResult = {
  finish: at('2027-01-05T17:00'),
  tasks: [
    row('a', { uid: 7, critical: true, totalSlackMinutes: 0, earlyStart: at('2027-01-05T08:00') }),
    row('b', { totalSlackMinutes: 479.6, freeSlackMinutes: -0.2 }),
    row('s', { summary: true, critical: true, totalSlackMinutes: 0 }),
  ],
  diagnostics: [
    {
      code: 'dependency_cycle',
      severity: 'error',
      message: 'x and y wait for each other',
      taskIds: ['x', 'y'],
      path: ['x', 'y', 'x'],
    },
    { code: 'deadline_missed', severity: 'warning', message: 'late', taskIds: ['a'] },
  ],
};

describe('schedule --json', () => {
  it('has exactly the documented shape, keys in order, local times without a zone', () => {
    const json = toScheduleJson(result);
    expect(Object.keys(json)).toEqual(['finish', 'tasks', 'diagnostics']);
    expect(json.finish).toBe('2027-01-05T17:00:00');
    expect(Object.keys(json.tasks[0]!)).toEqual([
      'uid',
      'id',
      'name',
      'earlyStart',
      'earlyFinish',
      'lateStart',
      'lateFinish',
      'totalSlackMinutes',
      'freeSlackMinutes',
      'critical',
    ]);
    expect(json.tasks[0]).toEqual({
      uid: 7,
      id: 'a',
      name: 'Task a',
      earlyStart: '2027-01-05T08:00:00',
      earlyFinish: '2027-01-04T17:00:00',
      lateStart: '2027-01-05T08:00:00',
      lateFinish: '2027-01-05T17:00:00',
      totalSlackMinutes: 0,
      freeSlackMinutes: 0,
      critical: true,
    });
    for (const t of json.tasks)
      for (const key of ['earlyStart', 'earlyFinish', 'lateStart', 'lateFinish'] as const)
        expect(t[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
  });

  it('uid falls back to the 1-based position; slack is in whole minutes', () => {
    const json = toScheduleJson(result);
    expect(json.tasks.map((t) => t.uid)).toEqual([7, 2, 3]);
    expect(json.tasks[1]).toMatchObject({ totalSlackMinutes: 480 });
    expect(Object.is(json.tasks[1]!.freeSlackMinutes, 0)).toBe(true); // never -0
  });

  it('diagnostics pass through with their stable codes', () => {
    expect(toScheduleJson(result).diagnostics).toEqual([
      {
        code: 'dependency_cycle',
        severity: 'error',
        message: 'x and y wait for each other',
        taskIds: ['x', 'y'],
        path: ['x', 'y', 'x'],
      },
      { code: 'deadline_missed', severity: 'warning', message: 'late', taskIds: ['a'] },
    ]);
  });

  it('prints one JSON document on one line', () => {
    const text = renderScheduleJson(result);
    expect(text.endsWith('\n')).toBe(true);
    expect(text.trimEnd().includes('\n')).toBe(false);
    expect(JSON.parse(text)).toEqual(toScheduleJson(result));
  });
});

describe('schedule table', () => {
  it('marks critical tasks, names the critical path of leaf tasks, lists diagnostics', () => {
    const text = renderScheduleText(result, { depth: new Map([['b', 1]]) });
    const lines = text.split('\n');
    expect(lines[0]).toMatch(
      /^CRIT\s+UID\s+ID\s+NAME\s+START\s+FINISH\s+LATE START\s+LATE FINISH\s+TOTAL SLACK\s+FREE SLACK$/,
    );
    expect(lines[1]).toMatch(/^\*\s+7\s+a\s+Task a\s+2027-01-05 08:00\s+2027-01-04 17:00/);
    expect(lines[2]).toMatch(/^\s+2\s+b\s+· Task b\s+.*\s1d\s+0$/);
    expect(lines[3]).toMatch(/^\*\s+3\s+s\s/);
    expect(text).toContain('Finish: 2027-01-05 17:00\n');
    expect(text).toContain('Critical path (*): a\n');
    expect(text).toContain('error: dependency_cycle: x and y wait for each other [x, y]\n');
    expect(text).toContain('warning: deadline_missed: late [a]\n');
  });

  it('says so when nothing is critical or there are no tasks', () => {
    const text = renderScheduleText({ finish: at('2027-01-04T08:00'), tasks: [], diagnostics: [] });
    expect(text).toBe('No tasks.\n\nFinish: 2027-01-04 08:00\nCritical path (*): none\n');
  });

  it('formats slack in days, hours and minutes', () => {
    expect(formatSlack(0)).toBe('0');
    expect(formatSlack(480)).toBe('1d');
    expect(formatSlack(-4800)).toBe('-10d');
    expect(formatSlack(545)).toBe('1d 1h 5m');
    expect(formatSlack(90, 420)).toBe('1h 30m');
    expect(formatSlack(840, 420)).toBe('2d');
    expect(formatTableDate(at('2027-01-04T08:00'))).toBe('2027-01-04 08:00');
  });
});
