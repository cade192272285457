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
      // A summary is written with the working time between its Start and Finish (one day here).
      duration: { kind: 'working', minutes: 480 },
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
      'StartSlack',
      'FinishSlack',
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

  it('writes the UID 0 project summary row first, rolled up from every task', () => {
    const tasksXml = xml.slice(xml.indexOf('<Tasks>'));
    const row0 = tasksXml.slice(0, tasksXml.indexOf('</Task>'));
    expect(row0).toMatch(/<Task>\s*<UID>0<\/UID>\s*<ID>0<\/ID>\s*<Name>A &amp; B<\/Name>/);
    expect(row0).toContain('<OutlineLevel>0</OutlineLevel>');
    expect(row0).toContain('<Summary>1</Summary>');
    // Tasks start on 01-04 .. 01-08 08:00, the last finishes 01-08 17:00: five working days.
    expect(row0).toContain('<Start>2027-01-04T08:00:00</Start>');
    expect(row0).toContain('<Finish>2027-01-08T17:00:00</Finish>');
    expect(row0).toContain('<Duration>PT40H0M0S</Duration>');
    expect(row0).toContain('<LateFinish>2027-01-09T17:00:00</LateFinish>');
    expect(row0).toContain('<Critical>1</Critical>');
    // The reader leaves it out of the plan and of the expected dates.
    expect(readMspdi(xml).expected.has(0)).toBe(false);
  });

  it('writes StartSlack and FinishSlack on the task calendar, in tenths of a minute', () => {
    const task2 = xml.slice(xml.indexOf('<UID>2</UID>'));
    // ES Tue 08:00, LS Wed 08:00; EF Tue 17:00, LF Wed 17:00 on the standard calendar: 1 day each.
    expect(task2).toMatch(/<StartSlack>4800<\/StartSlack>\s*<FinishSlack>4800<\/FinishSlack>/);
    // Task 3 runs on the 24-hour calendar: a day later is 1440 working minutes.
    const task3 = xml.slice(xml.indexOf('<UID>3</UID>'));
    expect(task3).toMatch(/<StartSlack>14400<\/StartSlack>\s*<FinishSlack>14400<\/FinishSlack>/);
  });

  it("writes a summary's Duration as the working time between its Start and Finish", () => {
    const plan: ScheduleInput = { ...input, tasks: input.tasks.map((t) => ({ ...t })) };
    plan.tasks[0]!.duration = { kind: 'working', minutes: 99 };
    const phase = readMspdi(writeMspdi(plan, result)).input.tasks[0]!;
    expect(phase.duration).toEqual({ kind: 'working', minutes: 480 });
  });

  it('writes dates to the second when a schedule holds fractions of a minute', () => {
    const fractional: ScheduleResult = {
      ...result,
      tasks: result.tasks.map((t) => ({
        ...t,
        finish: t.finish + 0.4,
        earlyFinish: t.finish + 0.4,
      })),
    };
    const out = writeMspdi(input, fractional);
    expect(out).toContain('<Finish>2027-01-05T17:00:24</Finish>');
    expect(readMspdi(out).expected.get(2)!.finish).toBe(at('2027-01-05T17:00') + 0.4);
  });

  it('writes and reads back resources and assignments', () => {
    const resources = [
      { id: '1', uid: 1, name: 'Ada', type: 'work' as const, maxUnits: 0.5, calendarId: '8' },
      {
        id: '2',
        uid: 2,
        name: 'Concrete',
        type: 'material' as const,
        maxUnits: 1,
        calendarId: null,
      },
    ];
    const assignments = [
      { taskId: '2', resourceId: '1', units: 0.5 },
      { taskId: '3', resourceId: '2', units: 2 },
      { taskId: 'nope', resourceId: '1', units: 1 },
    ];
    const out = writeMspdi(input, result, { resources, assignments });
    expect(XMLValidator.validate(out)).toBe(true);
    expect(out.indexOf('</Tasks>')).toBeLessThan(out.indexOf('<Resources>'));
    expect(out.indexOf('</Resources>')).toBeLessThan(out.indexOf('<Assignments>'));
    expect(out).toContain('<Work>PT8H0M0S</Work>'); // 16 h × 50 %
    expect(out).not.toContain('<Work>PT3H0M0S</Work>'); // no work on a material resource
    const read = readMspdi(out);
    expect(read.resources).toEqual(resources);
    expect(read.assignments).toEqual(assignments.slice(0, 2));
    expect(read.workAssignedUids).toEqual([2]);
    expect(read.input).toEqual(input);
    // Without them nothing changes for existing callers.
    expect(readMspdi(xml).resources).toBeUndefined();
    expect(readMspdi(xml).assignments).toBeUndefined();
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
