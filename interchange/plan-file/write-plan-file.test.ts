import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { standardCalendar } from '../../engine/calendar/calendar-definition.js';
import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import { readPlanFile } from './read-plan-file.js';
import { writePlanFile } from './write-plan-file.js';

const at = (text: string) => parseLocalDateTime(text)!;

const input: ScheduleInput = {
  start: at('2027-01-04T08:00'),
  projectCalendarId: 'standard',
  calendars: [],
  tasks: [
    {
      id: 'ws',
      name: 'Build',
      parentId: null,
      duration: { kind: 'working', minutes: 0 },
      predecessors: [],
    },
    {
      id: 'a',
      name: 'Design: "v2"',
      parentId: 'ws',
      duration: { kind: 'working', minutes: 960 },
      constraint: { type: 'SNET', date: at('2027-01-05T08:00') },
      predecessors: [],
    },
    {
      id: 'b',
      name: 'Build',
      parentId: 'ws',
      duration: { kind: 'elapsed', minutes: 2880 },
      predecessors: [
        { predecessorId: 'a', type: 'SS', lag: { kind: 'working', minutes: 240 } },
        { predecessorId: 'c', type: 'FS', lag: { kind: 'working', minutes: 0 } },
      ],
    },
    {
      id: 'c',
      name: 'Prep',
      parentId: null,
      duration: { kind: 'working', minutes: 90 },
      predecessors: [],
    },
    {
      id: 'm',
      name: 'Launch',
      parentId: null,
      duration: { kind: 'working', minutes: 0 },
      milestone: true,
      deadline: at('2027-01-15T17:00'),
      predecessors: [{ predecessorId: 'b', type: 'FF', lag: { kind: 'percent', percent: 50 } }],
    },
  ],
};

describe('writePlanFile', () => {
  it('writes a plan that readPlanFile reads back to the same tasks, links and dates', () => {
    const text = writePlanFile(input, { name: 'Launch plan' });
    const read = readPlanFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.plan.name).toBe('Launch plan');
    expect(read.plan.input.start).toBe(input.start);
    const strip = (tasks: ScheduleInput['tasks']) =>
      tasks.map((t) => ({
        id: t.id,
        name: t.name,
        parentId: t.parentId ?? null,
        milestone: t.milestone ?? false,
        constraint: t.constraint,
        deadline: t.deadline,
        predecessors: t.predecessors,
        ...(input.tasks.some((c) => c.parentId === t.id) ? {} : { duration: t.duration }),
      }));
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(strip(read.plan.input.tasks).sort(byId)).toEqual(strip(input.tasks).sort(byId));
  });

  it('writes a plain FS link without lag as the id alone', () => {
    const text = writePlanFile(input);
    expect(text).toContain(
      'after:\n      - task: a\n        type: SS\n        lag: 4h\n      - c\n',
    );
    expect(text).not.toContain('name: Launch plan');
  });

  it('writes the forecast inputs (estimates, task costs, risks) so that they read back the same', () => {
    const estimates = [
      {
        taskId: 'a',
        optimistic: { kind: 'working' as const, minutes: 720 },
        likely: { kind: 'working' as const, minutes: 960 },
        pessimistic: { kind: 'working' as const, minutes: 1920 },
      },
    ];
    const costs = [
      { taskId: 'a', fixedCost: 1500, costPerHour: 120 },
      { taskId: 'c', costPerHour: 80.5 },
    ];
    const risks = [
      {
        id: 'vendor-late',
        name: 'Vendor ships late',
        probability: 0.3,
        impact: {
          taskIds: ['b', 'c'],
          delay: { kind: 'working' as const, minutes: 480 },
          cost: 2000,
        },
      },
    ];
    const read = readPlanFile(writePlanFile(input, { estimates, costs, risks }));
    expect(read.ok, JSON.stringify(!read.ok && read.errors)).toBe(true);
    if (!read.ok) return;
    expect(read.plan.estimates).toEqual(estimates);
    expect(read.plan.costs).toEqual(costs);
    expect(read.plan.risks).toEqual(risks);
    // A summary never carries them: the reader would refuse it.
    expect(writePlanFile(input, { costs: [{ taskId: 'ws', fixedCost: 1 }] })).not.toContain('cost');
  });

  it('leaves calendars out of a plan on the built-in standard calendar alone', () => {
    const text = writePlanFile({
      ...input,
      calendars: [standardCalendar('standard', 'Standard')],
    });
    expect(text).not.toMatch(/calendar/);
    expect(text).not.toMatch(/uid|statusDate|priority|progress|minutesPer/);
  });

  it('writes calendars, UIDs, priorities, actuals, the status date and the settings so that they read back the same', () => {
    const office = {
      id: 'office',
      name: 'Paris office',
      timeZone: 'Europe/Paris',
      week: { ...standardCalendar().week, 5: [{ from: 480, to: 720 }] },
      exceptions: [
        { name: 'Winter break', from: '2027-12-24', to: '2027-12-31', intervals: [] },
        {
          from: '2027-01-29',
          to: '2027-12-31',
          intervals: [{ from: 600, to: 840 }],
          recurrence: {
            kind: 'monthly-weekday' as const,
            every: 1,
            position: 'last' as const,
            weekday: 5 as const,
          },
          occurrences: 6,
        },
      ],
    };
    const night = {
      id: 'night',
      name: 'night',
      baseCalendarId: 'office',
      week: { 1: [{ from: 1200, to: 1440 }] },
      exceptions: [],
    };
    const rich: ScheduleInput = {
      ...input,
      projectCalendarId: 'office',
      calendars: [office, night],
      statusDate: at('2027-01-06T00:00'),
      criticalSlackMinutes: 420,
      tasks: input.tasks.map((t, i) => ({
        ...t,
        uid: 10 + i,
        ...(t.id === 'c' ? { calendarId: 'night', priority: 900 } : {}),
        ...(t.id === 'a'
          ? { progress: { actualStart: at('2027-01-05T08:00'), remainingMinutes: 420 } }
          : {}),
        ...(t.id === 'b'
          ? {
              progress: {
                actualStart: at('2027-01-04T09:00'),
                actualFinish: at('2027-01-06T09:00'),
              },
            }
          : {}),
      })),
    };
    const settings = { minutesPerDay: 420, minutesPerWeek: 2100, minutesPerMonth: 8400 };
    const text = writePlanFile(rich, { settings, timezone: 'Europe/Paris' });
    expect(text).toContain('calendar: office\n');
    expect(text).toContain('minutesPerDay: 420\n');
    const read = readPlanFile(text);
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    expect(read.plan.timezone).toBe('Europe/Paris');
    expect(read.plan.settings).toEqual(settings);
    const back = read.plan.input;
    expect(back.projectCalendarId).toBe('office');
    expect(back.statusDate).toBe(rich.statusDate);
    expect(back.criticalSlackMinutes).toBe(420);
    expect(back.calendars.filter((c) => c.id !== 'standard')).toEqual([office, night]);
    const fields = (tasks: ScheduleInput['tasks']) =>
      new Map(
        tasks.map((t) => [
          t.id,
          {
            uid: t.uid,
            calendarId: t.calendarId ?? null,
            priority: t.priority,
            progress: t.progress,
            ...(t.id === 'ws' ? {} : { duration: t.duration }),
          },
        ]),
      );
    expect(fields(back.tasks)).toEqual(fields(rich.tasks));
  });

  it('writes a summary without what the reader refuses on one (the engine ignores it there)', () => {
    const withSummaryExtras: ScheduleInput = {
      ...input,
      tasks: input.tasks.map((t) =>
        t.id === 'ws'
          ? {
              ...t,
              milestone: true,
              constraint: { type: 'SNET', date: at('2027-01-11T08:00') },
              progress: { actualStart: at('2027-01-04T08:00'), remainingMinutes: 60 },
            }
          : t,
      ),
    };
    const read = readPlanFile(writePlanFile(withSummaryExtras));
    if (!read.ok) throw new Error(JSON.stringify(read.errors));
    const ws = read.plan.input.tasks.find((t) => t.id === 'ws')!;
    expect(ws.milestone).toBeUndefined();
    expect(ws.constraint).toBeUndefined();
    expect(ws.progress).toEqual({ actualStart: at('2027-01-04T08:00'), remainingMinutes: 60 });
  });
});
