import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import { readPlanFile, type PlanFile } from './read-plan-file.js';

/** A YAML file from its lines: line N of the file is argument N. */
const yaml = (...lines: string[]) => `${lines.join('\n')}\n`;
const at = (text: string) => parseLocalDateTime(text)!;

function read(text: string): PlanFile {
  const result = readPlanFile(text);
  if (!result.ok) throw new Error(`unexpected errors: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

/** Errors as `line field: reason`. */
function errors(text: string): string[] {
  const result = readPlanFile(text);
  if (result.ok) throw new Error('expected errors, the plan was read');
  return result.errors.map((e) => `${e.line} ${e.field}: ${e.reason}`);
}

const task = (plan: PlanFile, id: string) => plan.input.tasks.find((t) => t.id === id)!;

describe('readPlanFile: fields and defaults', () => {
  it('reads a minimal plan with every default', () => {
    const plan = read(yaml('start: 2027-01-04T08:00', 'tasks:', '  - id: a', '    duration: 5d'));
    expect(plan.timezone).toBe('UTC');
    expect(plan.settings).toEqual({
      minutesPerDay: 480,
      minutesPerWeek: 2400,
      minutesPerMonth: 9600,
    });
    expect(plan.risks).toEqual([]);
    expect(plan.estimates).toEqual([]);
    expect(plan.input).toEqual({
      start: at('2027-01-04T08:00'),
      projectCalendarId: 'standard',
      calendars: [standardCalendar('standard', 'Standard')],
      tasks: [
        {
          id: 'a',
          name: 'a',
          uid: 1,
          parentId: null,
          duration: { kind: 'working', minutes: 2400 },
          calendarId: null,
          predecessors: [],
        },
      ],
    });
  });

  it('reads the project fields', () => {
    const plan = read(
      yaml(
        'name: Apollo',
        'start: 2027-01-04', // a date: the default start time
        'timezone: America/New_York',
        'minutesPerDay: 420',
        'minutesPerWeek: 2100',
        'minutesPerMonth: 8400',
        'defaultStartTime: "09:00"',
        'defaultFinishTime: "18:00"',
        'criticalSlack: 1d',
        'tasks:',
        '  - id: a',
        '    duration: 1w',
        '    constraint: { type: FNLT, date: 2027-02-01 }',
      ),
    );
    expect(plan.name).toBe('Apollo');
    expect(plan.timezone).toBe('America/New_York');
    expect(plan.settings).toEqual({
      minutesPerDay: 420,
      minutesPerWeek: 2100,
      minutesPerMonth: 8400,
    });
    expect(plan.input.start).toBe(at('2027-01-04T09:00'));
    expect(plan.input.criticalSlackMinutes).toBe(420);
    expect(task(plan, 'a').duration).toEqual({ kind: 'working', minutes: 2100 });
    expect(task(plan, 'a').constraint).toEqual({ type: 'FNLT', date: at('2027-02-01T18:00') });
  });

  it('reads every task field', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04T08:00:00',
        'calendars:',
        '  - id: night',
        '    week: { mon: ["20:00-24:00"] }',
        'tasks:',
        '  - id: a',
        '    name: Alpha',
        '    duration: 3h',
        '    deadline: 2027-01-20',
        '    calendar: night',
        '  - id: 7',
        '    duration: 4ed',
        '    constraint: { type: SNET, date: 2027-01-05 }',
        '  - id: m',
        '    milestone: true',
        '    after:',
        '      - a',
        '      - 7',
        '      - { task: b, type: SS, lag: -1d }',
        '      - { task: p1, type: FF, lag: 50% }',
        '  - id: b',
        '    estimate: { optimistic: 2d, likely: 3d, pessimistic: 8d }',
        '    constraint: { type: ALAP }',
        '    parent: p',
        '  - id: p',
        '    name: Phase',
        '  - id: p1',
        '    duration: 1d',
        '    milestone: true',
        '    after: [{ task: a, lag: 3ed }]',
        '    constraint: { type: MFO, date: 2027-01-29T12:00 }',
      ),
    );
    expect(task(plan, 'a')).toEqual({
      id: 'a',
      name: 'Alpha',
      uid: 1,
      parentId: null,
      duration: { kind: 'working', minutes: 180 },
      calendarId: 'night',
      deadline: at('2027-01-20T17:00'),
      predecessors: [],
    });
    expect(task(plan, '7')).toMatchObject({
      uid: 2,
      duration: { kind: 'elapsed', minutes: 5760 },
      constraint: { type: 'SNET', date: at('2027-01-05T08:00') },
    });
    expect(task(plan, 'm')).toMatchObject({
      milestone: true,
      duration: { kind: 'working', minutes: 0 },
      predecessors: [
        { predecessorId: 'a', type: 'FS', lag: { kind: 'working', minutes: 0 } },
        { predecessorId: '7', type: 'FS', lag: { kind: 'working', minutes: 0 } },
        { predecessorId: 'b', type: 'SS', lag: { kind: 'working', minutes: -480 } },
        { predecessorId: 'p1', type: 'FF', lag: { kind: 'percent', percent: 50 } },
      ],
    });
    // No duration: the likely estimate.
    expect(task(plan, 'b')).toMatchObject({
      parentId: 'p',
      duration: { kind: 'working', minutes: 1440 },
      constraint: { type: 'ALAP' },
    });
    expect(plan.estimates).toEqual([
      {
        taskId: 'b',
        optimistic: { kind: 'working', minutes: 960 },
        likely: { kind: 'working', minutes: 1440 },
        pessimistic: { kind: 'working', minutes: 3840 },
      },
    ]);
    // A summary: no duration of its own.
    expect(task(plan, 'p')).toMatchObject({
      name: 'Phase',
      duration: { kind: 'working', minutes: 0 },
    });
    // A milestone flag on a task with a duration is kept; the duration schedules it.
    expect(task(plan, 'p1')).toMatchObject({
      milestone: true,
      duration: { kind: 'working', minutes: 480 },
      predecessors: [{ predecessorId: 'a', type: 'FS', lag: { kind: 'elapsed', minutes: 4320 } }],
      constraint: { type: 'MFO', date: at('2027-01-29T12:00') },
    });
  });

  it('gives tasks to the engine in outline order, uid = position in the file', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04',
        'tasks:',
        '  - { id: leaf2, duration: 1d, parent: sub }',
        '  - { id: top, duration: 1d }',
        '  - { id: leaf1, duration: 1d, parent: root }',
        '  - { id: sub, parent: root }',
        '  - { id: root }',
      ),
    );
    expect(plan.input.tasks.map((t) => [t.id, t.uid, t.parentId])).toEqual([
      ['top', 2, null],
      ['root', 5, null],
      ['leaf1', 3, 'root'],
      ['sub', 4, 'root'],
      ['leaf2', 1, 'sub'],
    ]);
  });

  it('reads calendars: weeks, bases, zones and every kind of exception', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04',
        'calendar: office',
        'calendars:',
        '  - id: office',
        '    name: Office',
        '    timezone: Europe/Paris',
        '    week:',
        '      fri: ["08:00-12:00"]',
        '      sat: ["09:00-12:00"]',
        '    exceptions:',
        '      - { date: 2027-01-13, name: Holiday }',
        '      - { from: 2027-12-24, to: 2027-12-31, name: Winter break }',
        '      - { date: 2027-02-06, hours: ["10:00-14:00"] }',
        '      - from: 2027-01-01',
        '        occurrences: 5',
        '        repeat: { every: year }',
        '      - from: 2027-01-01',
        '        to: 2027-12-31',
        '        repeat: { every: month, position: last, weekday: fri }',
        '      - from: 2027-01-01',
        '        to: 2027-06-30',
        '        repeat: { every: week, interval: 2, weekdays: [mon, wed] }',
        '      - from: 2027-03-01',
        '        occurrences: 3',
        '        repeat: { every: day, interval: 10 }',
        '      - from: 2027-03-15',
        '        occurrences: 2',
        '        repeat: { every: month }',
        '      - from: 2027-01-01',
        '        to: 2030-12-31',
        '        repeat: { every: year, month: 11, position: 4, weekday: thu }',
        '  - id: person',
        '    base: office',
        '    week: { mon: [] }',
        'tasks:',
        '  - { id: a, duration: 1d }',
      ),
    );
    expect(plan.input.projectCalendarId).toBe('office');
    const [standard, office, person] = plan.input.calendars;
    expect(standard!.id).toBe('standard');
    const day = [
      { from: 480, to: 720 },
      { from: 780, to: 1020 },
    ];
    expect(office).toMatchObject({
      id: 'office',
      name: 'Office',
      timeZone: 'Europe/Paris',
      week: {
        0: [],
        1: day,
        4: day,
        5: [{ from: 480, to: 720 }],
        6: [{ from: 540, to: 720 }],
      },
    });
    expect(office!.exceptions).toEqual([
      { name: 'Holiday', from: '2027-01-13', to: '2027-01-13', intervals: [] },
      { name: 'Winter break', from: '2027-12-24', to: '2027-12-31', intervals: [] },
      { from: '2027-02-06', to: '2027-02-06', intervals: [{ from: 600, to: 840 }] },
      {
        from: '2027-01-01',
        to: '2033-01-05', // generous: the 5 occurrences stop it
        intervals: [],
        recurrence: { kind: 'yearly-date', month: 1, day: 1 },
        occurrences: 5,
      },
      {
        from: '2027-01-01',
        to: '2027-12-31',
        intervals: [],
        recurrence: { kind: 'monthly-weekday', every: 1, position: 'last', weekday: 5 },
      },
      {
        from: '2027-01-01',
        to: '2027-06-30',
        intervals: [],
        recurrence: { kind: 'weekly', every: 2, weekdays: [1, 3] },
      },
      {
        from: '2027-03-01',
        to: '2027-03-31',
        intervals: [],
        recurrence: { kind: 'daily', every: 10 },
        occurrences: 3,
      },
      {
        from: '2027-03-15',
        to: expect.any(String),
        intervals: [],
        recurrence: { kind: 'monthly-day', every: 1, day: 15 },
        occurrences: 2,
      },
      {
        from: '2027-01-01',
        to: '2030-12-31',
        intervals: [],
        recurrence: { kind: 'yearly-weekday', month: 11, position: 4, weekday: 4 },
      },
    ]);
    // A derived calendar states only what it overrides.
    expect(person).toEqual({
      id: 'person',
      name: 'person',
      baseCalendarId: 'office',
      week: { 1: [] },
      exceptions: [],
    });
  });

  it('a plan may replace the standard calendar', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04',
        'calendars:',
        '  - id: standard',
        '    exceptions: [{ date: 2027-01-13 }]',
        'tasks:',
        '  - { id: a, duration: 1d }',
      ),
    );
    expect(plan.input.calendars.map((c) => c.id)).toEqual(['standard']);
    expect(plan.input.calendars[0]!.exceptions).toHaveLength(1);
  });

  it('returns risks for the forecasting issue', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04',
        'tasks:',
        '  - { id: a, duration: 1d }',
        '  - { id: 2, duration: 1d }',
        'risks:',
        '  - id: vendor',
        '    name: Vendor late',
        '    probability: 0.3',
        '    impact: { tasks: [a, 2], delay: 5d, cost: 12000 }',
        '  - id: r2',
        '    probability: 1',
        '    impact: { tasks: [a], delay: 2ed }',
      ),
    );
    expect(plan.risks).toEqual([
      {
        id: 'vendor',
        name: 'Vendor late',
        probability: 0.3,
        impact: { taskIds: ['a', '2'], delay: { kind: 'working', minutes: 2400 }, cost: 12000 },
      },
      {
        id: 'r2',
        name: 'r2',
        probability: 1,
        impact: { taskIds: ['a'], delay: { kind: 'elapsed', minutes: 2880 } },
      },
    ]);
  });
});

describe('readPlanFile: errors carry the YAML line and the field', () => {
  it('YAML syntax', () => {
    const found = errors(yaml('start: 2027-01-04', 'tasks:', '  - id: a', '    after: [b, c'));
    expect(found.length).toBeGreaterThan(0);
    for (const line of found) expect(line).toMatch(/^[45] yaml: \S/);
    expect(errors(yaml('start: 2027-01-04', 'start: 2027-01-05', 'tasks: []'))).toEqual([
      '2 yaml: Map keys must be unique',
    ]);
  });

  it('an empty file', () => {
    expect(errors('')).toEqual(['1 start: required (the file is empty)']);
  });

  it('schema: required, unknown fields, types, patterns, enums, ranges', () => {
    expect(
      errors(
        yaml(
          'tasks:', // 1: no start
          '  - name: no id', // 2
          '    duration: 5 days', // 3
          '  - id: b', // 4
          '    duration: 5', // 5
          '    milestone: yes', // 6
          '    colour: red', // 7
          '    after:', // 8
          '      - [a]', // 9
          '      - { task: a, type: XX, lag: soon }', // 10
          '      - { tsk: a }', // 11
          '    constraint: { type: SOON, date: 2027-01-32T08:00 }', // 12
          'risks:', // 13
          '  - id: r', // 14
          '    probability: 1.5', // 15
          '    impact: { tasks: [], delay: 1d }', // 16
          'timezone: ""', // 17
          'minutesPerDay: 0', // 18
        ),
      ),
    ).toEqual([
      '1 start: required',
      '2 tasks[0].id: required',
      '3 tasks[0].duration: must be a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
      '5 tasks[1].duration: must be a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
      '6 tasks[1].milestone: must be true or false',
      '7 tasks[1].colour: unknown field (expected one of: id, uid, name, duration, milestone, estimate, cost, after, constraint, deadline, calendar, parent, priority, progress)',
      '9 tasks[1].after[0]: must be a task id or a link {task, type, lag}',
      '10 tasks[1].after[1].lag: must be a lag such as 2d, -1d, 3ed or 50%',
      '10 tasks[1].after[1].type: must be FS, SS, FF or SF',
      '11 tasks[1].after[2].task: required',
      '11 tasks[1].after[2].tsk: unknown field (expected one of: task, type, lag)',
      '12 tasks[1].constraint.type: must be ASAP, ALAP, SNET, SNLT, FNET, FNLT, MSO or MFO',
      '15 risks[0].probability: must be at most 1',
      '16 risks[0].impact.tasks: must list at least 1 item',
      '17 timezone: must not be empty',
      '18 minutesPerDay: must be at least 1',
    ]);
  });

  it('schema: a date that is not written as one, a map instead of a list', () => {
    expect(
      errors(
        yaml('start: Monday', 'tasks:', '  id: a', 'calendars: [{ id: c, week: { monday: [] } }]'),
      ),
    ).toEqual([
      '1 start: must be a local date-time YYYY-MM-DDTHH:MM[:SS] or a date YYYY-MM-DD',
      '2 tasks: must be a list',
      '4 calendars[0].week.monday: unknown field (expected one of: sun, mon, tue, wed, thu, fri, sat)',
    ]);
  });

  it('unknown tasks in after, parent and risks', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - id: a',
          '    duration: 1d',
          '    after: [ghost, { task: spook }]',
          '    parent: nobody',
          'risks:',
          '  - id: r',
          '    probability: 0.5',
          '    impact: { tasks: [a, phantom], delay: 1d }',
        ),
      ),
    ).toEqual([
      '5 tasks[0].after[0]: unknown task "ghost"',
      '5 tasks[0].after[1].task: unknown task "spook"',
      '6 tasks[0].parent: unknown task "nobody"',
      '10 risks[0].impact.tasks[1]: unknown task "phantom"',
    ]);
  });

  it('unknown calendars: project, task, base', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'calendar: office',
          'calendars:',
          '  - id: mine',
          '    base: theirs',
          'tasks:',
          '  - id: a',
          '    duration: 1d',
          '    calendar: night',
        ),
      ),
    ).toEqual([
      '2 calendar: unknown calendar "office"',
      '5 calendars[0].base: unknown calendar "theirs"',
      '9 tasks[0].calendar: unknown calendar "night"',
    ]);
  });

  it('duplicate ids', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'calendars: [{ id: c }, { id: c }]',
          'tasks:',
          '  - { id: a, duration: 1d }',
          '  - { id: a, duration: 2d }',
          'risks:',
          '  - { id: r, probability: 0, impact: { tasks: [a], delay: 1d } }',
          '  - { id: r, probability: 0, impact: { tasks: [a], delay: 1d } }',
        ),
      ),
    ).toEqual([
      '2 calendars[1].id: duplicate calendar id "c" (also calendars[0])',
      '5 tasks[1].id: duplicate task id "a" (also tasks[0])',
      '8 risks[1].id: duplicate risk id "r" (also risks[0])',
    ]);
  });

  it('constraint dates: required except for ASAP and ALAP, and real', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - id: a',
          '    duration: 1d',
          '    constraint: { type: MSO }',
          '  - id: b',
          '    duration: 1d',
          '    constraint:',
          '      type: ASAP',
          '      date: 2027-01-05',
          '  - id: c',
          '    duration: 1d',
          '    constraint: { type: FNET, date: 2027-02-30 }',
          '    deadline: 2027-13-01',
        ),
      ),
    ).toEqual([
      '5 tasks[0].constraint.date: required for MSO',
      '10 tasks[1].constraint.date: not used with ASAP',
      '13 tasks[2].constraint.date: "2027-02-30" is not a real date and time',
      '14 tasks[2].deadline: "2027-13-01" is not a real date and time',
    ]);
  });

  it('time zones and times of day', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04T08:00',
          'timezone: Mars/Olympus',
          'defaultStartTime: "25:00"',
          'calendars: [{ id: c, timezone: Nowhere }]',
          'tasks: [{ id: a, duration: 1d }]',
        ),
      ),
    ).toEqual([
      '2 timezone: unknown time zone "Mars/Olympus" (IANA, e.g. Europe/Paris)',
      '3 defaultStartTime: must be a time of day HH:MM',
      '4 calendars[0].timezone: unknown time zone "Nowhere" (IANA, e.g. Europe/Paris)',
    ]);
  });

  it('durations, summaries and milestones', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - id: a', // 3: no duration
          '  - id: p', // 4
          '    duration: 2d', // 5: a summary has none
          '  - { id: c, duration: 1d, parent: p }', // 6
          '  - id: m', // 7
          '    milestone: false', // 8
        ),
      ),
    ).toEqual([
      '3 tasks[0].duration: required (or milestone: true)',
      '5 tasks[1].duration: a task with children (a summary) takes its dates from them',
      '7 tasks[3].duration: required (or milestone: true)',
    ]);
  });

  it('links: to itself, to its own summary, twice; WBS cycles', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - { id: p }',
          '  - { id: a, duration: 1d, parent: p, after: [a, p] }', // 4
          '  - { id: b, duration: 1d, after: [a, { task: a, type: SS }] }', // 5
          '  - { id: x, parent: y }', // 6
          '  - { id: y, parent: x }', // 7
          '  - { id: z, duration: 1d, parent: z }', // 8
        ),
      ),
    ).toEqual([
      '4 tasks[1].after[0]: a task cannot follow itself',
      '4 tasks[1].after[1]: cannot link a task to its own summary or subtask ("p")',
      '5 tasks[2].after[1].task: "a" is already a predecessor',
      '6 tasks[3].parent: parent cycle: x → y → x',
      '7 tasks[4].parent: parent cycle: y → x → y',
      '8 tasks[5].parent: a task cannot be its own parent',
    ]);
  });

  it('estimates', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - id: a',
          '    estimate: { optimistic: 3d, likely: 2d, pessimistic: 5d }',
          '  - id: b',
          '    estimate: { optimistic: 1ed, likely: 2d, pessimistic: 5d }',
          '  - id: c',
          '    estimate: { optimistic: 1d, likely: 2d }',
        ),
      ),
    ).toEqual(['8 tasks[2].estimate.pessimistic: required']);
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'tasks:',
          '  - id: a',
          '    estimate: { optimistic: 3d, likely: 2d, pessimistic: 5d }',
          '  - id: b',
          '    estimate: { optimistic: 1ed, likely: 2d, pessimistic: 5d }',
        ),
      ),
    ).toEqual([
      '4 tasks[0].estimate: must have optimistic ≤ likely ≤ pessimistic',
      '6 tasks[1].estimate: optimistic, likely and pessimistic must all be working or all elapsed',
    ]);
  });

  it('calendars: hours, exception dates, repeats, base loops', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04',
          'calendars:',
          '  - id: c',
          '    base: d',
          '    week:',
          '      mon: ["17:00-08:00"]', // 6
          '      tue: ["08:00-12:00", "11:00-13:00"]', // 7
          '    exceptions:',
          '      - { date: 2027-01-13, from: 2027-01-13 }', // 9
          '      - { name: no date }', // 10
          '      - { from: 2027-01-10, to: 2027-01-09 }', // 11
          '      - { date: 2027-02-29 }', // 12
          '      - { from: 2027-01-01, repeat: { every: week } }', // 13
          '      - { from: 2027-01-01, to: 2027-12-31, repeat: { every: day, weekdays: [mon] } }', // 14
          '      - { date: 2027-01-01, occurrences: 3 }', // 15
          '  - { id: d, base: c }', // 16
          '  - { id: e, base: e }', // 17
          'tasks: [{ id: a, duration: 1d }]',
        ),
      ),
    ).toEqual([
      '4 calendars[0].base: calendar cycle: c → d → c',
      '6 calendars[0].week.mon[0]: "17:00-08:00" is not a working period (HH:MM-HH:MM, from before to, at most 24:00)',
      '7 calendars[0].week.tue: working periods overlap',
      '9 calendars[0].exceptions[0].from: give either date, or from and to',
      '10 calendars[0].exceptions[1].date: required (date, or from and to)',
      '11 calendars[0].exceptions[2].to: must not be before from (2027-01-10)',
      '12 calendars[0].exceptions[3].date: "2027-02-29" is not a real date',
      '13 calendars[0].exceptions[4].repeat: a repeating exception needs to (its last day) or occurrences',
      '14 calendars[0].exceptions[5].repeat.weekdays: not used with every: day (use every, interval)',
      '15 calendars[0].exceptions[6].occurrences: only with repeat',
      '16 calendars[1].base: calendar cycle: d → c → d',
      '17 calendars[2].base: a calendar cannot be based on itself',
    ]);
  });

  it('reports every problem at once, sorted by line', () => {
    const result = readPlanFile(
      yaml(
        'start: 2027-01-04',
        'tasks:',
        '  - { id: b, duration: 1d, after: [zz] }',
        '  - { id: a, duration: 1d, calendar: nope }',
      ),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        { line: 3, field: 'tasks[0].after[0]', reason: 'unknown task "zz"' },
        { line: 4, field: 'tasks[1].calendar', reason: 'unknown calendar "nope"' },
      ],
    });
  });
});

describe('docs/plan-format.md', () => {
  it('its full example is a valid plan that schedules', async () => {
    const { readFileSync } = await import('node:fs');
    const { schedulePlan } = await import('../../engine/scheduling/schedule-plan.js');
    const doc = readFileSync(new URL('../../docs/plan-format.md', import.meta.url), 'utf8');
    const example = /```yaml\n([\s\S]*?)```/.exec(doc)![1]!;
    const plan = read(example);
    expect(plan.input.tasks.map((t) => t.id)).toEqual([
      'phase1',
      'design',
      'build',
      'docs',
      'cure',
      'audit',
      'launch',
    ]);
    expect(plan.risks).toHaveLength(1);
    expect(plan.estimates).toHaveLength(1);
    const result = schedulePlan(plan.input);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.tasks).toHaveLength(7);
  });
});

describe('tests/fixtures/plans', () => {
  const fixture = async (name: string) => {
    const { readFileSync } = await import('node:fs');
    return readFileSync(new URL(`../../tests/fixtures/plans/${name}`, import.meta.url), 'utf8');
  };

  it('all-links.yaml: a summary listed before its children, four link types, a holiday', async () => {
    const plan = read(await fixture('all-links.yaml'));
    expect(plan.timezone).toBe('Europe/Paris');
    expect(plan.input.tasks.map((t) => `${t.uid}:${t.id}`)).toEqual([
      '1:phase',
      '2:design',
      '3:build',
      '4:docs',
      '5:test',
      '6:release',
      '7:signoff',
      '8:review',
    ]);
    expect(plan.input.tasks.flatMap((t) => t.predecessors.map((l) => l.type)).sort()).toEqual([
      'FF',
      'FS',
      'FS',
      'FS',
      'SF',
      'SS',
    ]);
    expect(plan.input.calendars[0]!.exceptions).toEqual([
      { name: 'Company day off', from: '2027-01-13', to: '2027-01-13', intervals: [] },
    ]);
  });

  it('constraints.yaml: constraints, deadline, estimate and risk', async () => {
    const plan = read(await fixture('constraints.yaml'));
    expect(plan.input.tasks.map((t) => t.constraint?.type ?? '-')).toEqual([
      '-',
      'SNET',
      'MFO',
      'ALAP',
    ]);
    expect(task(plan, 'm').constraint!.date).toBe(at('2027-01-08T17:00'));
    expect(task(plan, 'b').constraint!.date).toBe(at('2027-01-11T08:00'));
    expect(plan.estimates.map((e) => e.taskId)).toEqual(['a']);
    expect(plan.risks.map((r) => r.id)).toEqual(['late-kit']);
  });

  it('errors.yaml: every problem with its line', async () => {
    expect(errors(await fixture('errors.yaml'))).toEqual([
      '6 tasks[0].duration: must be a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
      '13 tasks[2].colour: unknown field (expected one of: id, uid, name, duration, milestone, estimate, cost, after, constraint, deadline, calendar, parent, priority, progress)',
    ]);
  });
});

describe('readPlanFile: resources and assignments (levelling)', () => {
  it('reads resources (capacity default 1) and assignments (units default 1)', () => {
    const plan = read(
      yaml(
        'start: 2027-01-04T08:00',
        'tasks:',
        '  - id: a',
        '    duration: 5d',
        '  - id: b',
        '    duration: 2d',
        'resources:',
        '  - id: ann',
        '    name: Ann',
        '  - id: bob',
        '    capacity: 0.5',
        '    calendar: standard',
        'assignments:',
        '  - { task: a, resource: ann }',
        '  - { task: b, resource: bob, units: 0.5 }',
      ),
    );
    expect(plan.resources).toEqual([
      { id: 'ann', name: 'Ann', capacity: 1 },
      { id: 'bob', name: 'bob', calendarId: 'standard', capacity: 0.5 },
    ]);
    expect(plan.assignments).toEqual([
      { taskId: 'a', resourceId: 'ann', units: 1 },
      { taskId: 'b', resourceId: 'bob', units: 0.5 },
    ]);
  });

  it('a plan without them has none', () => {
    const plan = read(yaml('start: 2027-01-04T08:00', 'tasks:', '  - id: a', '    duration: 5d'));
    expect(plan.resources).toEqual([]);
    expect(plan.assignments).toEqual([]);
  });

  it('reports bad references, duplicates and units by line', () => {
    expect(
      errors(
        yaml(
          'start: 2027-01-04T08:00',
          'tasks:',
          '  - id: a',
          '    duration: 5d',
          'resources:',
          '  - { id: ann, calendar: nope }',
          '  - { id: ann }',
          '  - { id: cat, capacity: -1 }',
          'assignments:',
          '  - { task: zz, resource: ann }',
          '  - { task: a, resource: zed }',
          '  - { task: a, resource: ann, units: 0 }',
          '  - { task: a, resource: ann }',
          '  - { task: a, resource: ann }',
        ),
      ),
    ).toEqual(['8 resources[2].capacity: must be at least 0']);
    expect(
      errors(
        yaml(
          'start: 2027-01-04T08:00',
          'tasks:',
          '  - id: a',
          '    duration: 5d',
          'resources:',
          '  - { id: ann, calendar: nope }',
          '  - { id: ann }',
          'assignments:',
          '  - { task: zz, resource: ann }',
          '  - { task: a, resource: zed }',
          '  - { task: a, resource: ann, units: 0 }',
          '  - { task: a, resource: ann }',
          '  - { task: a, resource: ann }',
        ),
      ),
    ).toEqual([
      '6 resources[0].calendar: unknown calendar "nope"',
      '7 resources[1].id: duplicate resource id "ann" (also resources[0])',
      '9 assignments[0].task: unknown task "zz"',
      '10 assignments[1].resource: unknown resource "zed"',
      '11 assignments[2].units: must be greater than 0',
      '13 assignments[4]: "ann" is already assigned to "a"',
    ]);
  });
});
