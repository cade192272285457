import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import type { ScheduleResult, TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import { readMspdi, writeMspdi } from './index.js';

const at = (s: string): number => parseLocalDateTime(s)!;

const standard = standardCalendar('1', 'Standard');
standard.exceptions = [
  { name: 'Holiday', from: '2027-01-18', to: '2027-01-18', intervals: [] },
  {
    name: 'Short Fridays',
    from: '2027-01-01',
    to: '2027-03-31',
    intervals: [{ from: 480, to: 720 }],
    recurrence: { kind: 'weekly', every: 2, weekdays: [5] },
    occurrences: 5,
  },
  {
    from: '2027-01-01',
    to: '2029-12-31',
    intervals: [],
    recurrence: { kind: 'yearly-weekday', month: 11, position: 4, weekday: 4 },
  },
  {
    from: '2027-01-01',
    to: '2027-12-31',
    intervals: [],
    recurrence: { kind: 'monthly-day', every: 3, day: 15 },
    occurrences: 4,
  },
  {
    from: '2027-01-01',
    to: '2027-12-31',
    intervals: [],
    recurrence: { kind: 'monthly-weekday', every: 1, position: 'last', weekday: 5 },
  },
  {
    from: '2027-01-01',
    to: '2030-12-31',
    intervals: [],
    recurrence: { kind: 'yearly-date', month: 7, day: 4 },
  },
  {
    from: '2027-02-01',
    to: '2027-02-28',
    intervals: [],
    recurrence: { kind: 'daily', every: 9 },
  },
];

const input: ScheduleInput = {
  start: at('2027-01-04T08:00'),
  projectCalendarId: '1',
  criticalSlackMinutes: 0,
  calendars: [
    standard,
    {
      id: '7',
      name: 'Round the clock <24h>',
      week: {
        0: [{ from: 0, to: 1440 }],
        1: [{ from: 0, to: 1440 }],
        2: [{ from: 0, to: 1440 }],
        3: [{ from: 0, to: 1440 }],
        4: [{ from: 0, to: 1440 }],
        5: [{ from: 0, to: 1440 }],
        6: [{ from: 0, to: 1440 }],
      },
      exceptions: [],
    },
    {
      id: '8',
      name: 'Derived',
      baseCalendarId: '1',
      week: { 6: [{ from: 540, to: 780 }] },
      exceptions: [],
    },
  ],
  tasks: [
    {
      id: '1',
      uid: 1,
      name: 'Phase',
      parentId: null,
      duration: { kind: 'working', minutes: 2400 },
      predecessors: [],
    },
    {
      id: '2',
      uid: 2,
      name: 'Design & "spec"',
      parentId: '1',
      duration: { kind: 'working', minutes: 960 },
      predecessors: [],
    },
    {
      id: '3',
      uid: 3,
      name: 'Build',
      parentId: '1',
      duration: { kind: 'working', minutes: 90 },
      calendarId: '7',
      constraint: { type: 'SNET', date: at('2027-01-05T08:00') },
      deadline: at('2027-02-01T17:00'),
      predecessors: [
        { predecessorId: '2', type: 'FS', lag: { kind: 'working', minutes: 480 } },
        { predecessorId: '2', type: 'SS', lag: { kind: 'working', minutes: -240 } },
        { predecessorId: '2', type: 'FF', lag: { kind: 'elapsed', minutes: 1440 } },
        { predecessorId: '2', type: 'SF', lag: { kind: 'percent', percent: 50 } },
      ],
    },
    {
      id: '4',
      uid: 4,
      name: 'Soak',
      parentId: null,
      duration: { kind: 'elapsed', minutes: 4320 },
      constraint: { type: 'ALAP' },
      predecessors: [{ predecessorId: '3', type: 'FS', lag: { kind: 'working', minutes: 0 } }],
    },
    {
      id: '5',
      uid: 5,
      name: 'Done',
      parentId: null,
      duration: { kind: 'working', minutes: 0 },
      milestone: true,
      calendarId: '8',
      constraint: { type: 'MFO', date: at('2027-01-29T17:00') },
      predecessors: [{ predecessorId: '4', type: 'FS', lag: { kind: 'working', minutes: 0 } }],
    },
  ],
};

function scheduleOf(t: ScheduleInput['tasks'][number], i: number): TaskSchedule {
  const s = at('2027-01-04T08:00') + i * 1440;
  return {
    id: t.id,
    uid: t.uid!,
    name: t.name,
    summary: t.id === '1',
    start: s,
    finish: s + 540,
    earlyStart: s,
    earlyFinish: s + 540,
    lateStart: s + 1440,
    lateFinish: s + 1980,
    totalSlackMinutes: 480,
    freeSlackMinutes: 240.5,
    critical: i === 4,
    drivingPredecessorIds: [],
  };
}

const result: ScheduleResult = {
  finish: at('2027-01-08T17:00'),
  tasks: input.tasks.map(scheduleOf),
  diagnostics: [],
};

describe('writeMspdi', () => {
  const xml = writeMspdi(input, result, { name: 'plan.xml', title: 'A & B' });

  it('writes well-formed MSPDI in the MS Project namespace', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas.microsoft.com\/project">/,
    );
    expect(xml).toContain('<Title>A &amp; B</Title>');
    expect(xml).toContain('<Name>Design &amp; &quot;spec&quot;</Name>');
    expect(xml).toContain('<ToTime>00:00:00</ToTime>');
  });

  it('writes elements in the MSPDI schema order', () => {
    const task3 = xml.slice(
      xml.indexOf('<UID>3</UID>'),
      xml.indexOf('</Task>', xml.indexOf('<UID>3</UID>')),
    );
    const order = [
      'UID',
      'ID',
      'Name',
      'Active',
      'Manual',
      'Type',
      'IsNull',
      'WBS',
      'OutlineNumber',
      'OutlineLevel',
      'Start',
      'Finish',
      'Duration',
      'DurationFormat',
      'Milestone',
      'Summary',
      'Critical',
      'EarlyStart',
      'EarlyFinish',
      'LateStart',
      'LateFinish',
      'FreeSlack',
      'TotalSlack',
      'ConstraintType',
      'CalendarUID',
      'ConstraintDate',
      'Deadline',
      'PredecessorLink',
    ];
    const positions = order.map((tag) => task3.indexOf(`<${tag}>`));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(xml.indexOf('<Calendars>')).toBeLessThan(xml.indexOf('<Tasks>'));
  });

  it('writes dates, slack in tenths of minutes, outline numbers', () => {
    const read = readMspdi(xml);
    expect(read.expected.get(3)).toMatchObject({
      start: at('2027-01-06T08:00'),
      earlyFinish: at('2027-01-06T17:00'),
      lateFinish: at('2027-01-07T17:00'),
      totalSlack: 4800,
      freeSlack: 2405,
      critical: false,
    });
    expect(read.expected.get(1)!.summary).toBe(true);
    expect(read.expected.get(5)!.critical).toBe(true);
    expect(xml).toContain('<OutlineNumber>1.2</OutlineNumber>');
    expect(read.project.finishDate).toBe(at('2027-01-08T17:00'));
    expect(read.project.honorConstraints).toBe(true);
  });

  it('round trip: readMspdi(writeMspdi(x)) gives the same tasks, links, constraints, calendars', () => {
    const read = readMspdi(xml);
    expect(read.diagnostics).toEqual([]);
    expect(read.input).toEqual(input);
  });

  it('also writes the exceptions as legacy rows, which read back to the same days', () => {
    const legacy = readMspdi(xml, { exceptionForm: 'legacy' }).input.calendars[0]!.exceptions;
    expect(legacy.length).toBeGreaterThan(standard.exceptions.length);
    expect(legacy.every((e) => e.recurrence === undefined)).toBe(true);
    const without = writeMspdi(input, result, { legacyExceptions: false });
    expect(readMspdi(without, { exceptionForm: 'legacy' }).input.calendars[0]!.exceptions).toEqual(
      [],
    );
    expect(readMspdi(without).input).toEqual(input);
  });

  it('gives UIDs to non-numeric ids and keeps links and parents', () => {
    const plan: ScheduleInput = {
      start: at('2027-01-04T08:00'),
      projectCalendarId: 'standard',
      calendars: [standardCalendar()],
      tasks: [
        { id: 'wbs', name: 'WBS', duration: { kind: 'working', minutes: 0 }, predecessors: [] },
        {
          id: 'a',
          name: 'A',
          parentId: 'wbs',
          duration: { kind: 'working', minutes: 480 },
          predecessors: [],
        },
        {
          id: 'b',
          name: 'B',
          parentId: 'wbs',
          duration: { kind: 'working', minutes: 480 },
          predecessors: [{ predecessorId: 'a', type: 'FS', lag: { kind: 'working', minutes: 0 } }],
        },
      ],
    };
    const read = readMspdi(writeMspdi(plan, { finish: plan.start, tasks: [], diagnostics: [] }));
    expect(read.input.projectCalendarId).toBe('1');
    expect(
      read.input.tasks.map((t) => [
        t.id,
        t.name,
        t.parentId,
        t.predecessors.map((l) => l.predecessorId),
      ]),
    ).toEqual([
      ['1', 'WBS', null, []],
      ['2', 'A', '1', []],
      ['3', 'B', '1', ['2']],
    ]);
  });
});
