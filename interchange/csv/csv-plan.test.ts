import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import type {
  ConstraintType,
  Lag,
  LinkType,
  ScheduleInput,
  ScheduleTask,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import type { ScheduleResult } from '../../engine/scheduling/schedule-result.js';
import { readCsvPlan, type ReadCsvPlanResult } from './csv-plan.js';
import { writeCsvPlan } from './write-csv-plan.js';

const at = (text: string) => parseLocalDateTime(text)!;

function ok(result: ReadCsvPlanResult) {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result;
}

const HEADER =
  'ID,WBS,Name,Duration,Predecessors,Start,Finish,Constraint Type,Constraint Date,Milestone';

describe('readCsvPlan', () => {
  it('reads tasks, WBS parents, durations, MS Project links and constraints', () => {
    const csv = [
      HEADER,
      '1,1,Design,,,2027-01-04,,,,',
      '2,1.1,Spec,5d,,,,,,',
      '3,1.2,Review,3h,2FS+2d,,,SNET,2027-01-12,',
      '4,1.2.1,"Sign-off, legal",2w,"3SS-1d;2",,,,,',
      '5,2,Launch,0d,"4FF, 3SF+50%",,,MFO,2027-02-26T12:00,Yes',
      '6,3,Soak,4ed,5,,,ALAP,NA,No',
    ].join('\r\n');
    const { input, rows } = ok(readCsvPlan(csv));
    expect(input.start).toBe(at('2027-01-04T08:00'));
    expect(input.projectCalendarId).toBe('standard');
    expect(input.calendars.map((c) => c.id)).toEqual(['standard']);
    const byId = new Map(input.tasks.map((t) => [t.id, t]));
    expect(input.tasks.map((t) => [t.id, t.parentId])).toEqual([
      ['1', null],
      ['2', '1'],
      ['3', '1'],
      ['4', '3'],
      ['5', null],
      ['6', null],
    ]);
    expect(byId.get('1')!.milestone).toBeUndefined(); // a summary with no duration
    expect(byId.get('2')!.duration).toEqual({ kind: 'working', minutes: 2400 });
    expect(byId.get('3')!.duration).toEqual({ kind: 'working', minutes: 180 });
    expect(byId.get('3')!.predecessors).toEqual([
      { predecessorId: '2', type: 'FS', lag: { kind: 'working', minutes: 960 } },
    ]);
    expect(byId.get('3')!.constraint).toEqual({ type: 'SNET', date: at('2027-01-12T08:00') });
    expect(byId.get('4')!.predecessors).toEqual([
      { predecessorId: '3', type: 'SS', lag: { kind: 'working', minutes: -480 } },
      { predecessorId: '2', type: 'FS', lag: { kind: 'working', minutes: 0 } },
    ]);
    expect(byId.get('5')).toMatchObject({
      milestone: true,
      duration: { kind: 'working', minutes: 0 },
      constraint: { type: 'MFO', date: at('2027-02-26T12:00') },
      predecessors: [
        { predecessorId: '4', type: 'FF', lag: { kind: 'working', minutes: 0 } },
        { predecessorId: '3', type: 'SF', lag: { kind: 'percent', percent: 50 } },
      ],
    });
    expect(byId.get('6')).toMatchObject({
      duration: { kind: 'elapsed', minutes: 5760 },
      constraint: { type: 'ALAP' },
    });
    expect(byId.get('6')!.milestone).toBeUndefined();
    expect(rows[0]).toEqual({ line: 2, id: '1', wbs: '1', start: at('2027-01-04T08:00') });
  });

  it("accepts MS Project's export names, words and constraint names", () => {
    const csv = [
      'Unique_ID;Task_Name;Duration;Start_Date;Finish_Date;Predecessors;Outline_Number;Constraint_Type;Constraint_Date;Resource_Names',
      '10;Build;5 days?;2027-03-01 09:00;2027-03-05 17:00;;1;As Soon As Possible;NA;Ann',
      '11;Test;3 hrs;;;1FS+2 edays;2;Start No Earlier Than;2027-03-10;',
      '12;Ship;0 days;;;2;3;Finish No Later Than;2027-03-20;',
    ].join('\n');
    const { input, rows } = ok(readCsvPlan(csv));
    // No ID column: ids are row numbers, as MS Project's ID is.
    expect(input.tasks.map((t) => t.id)).toEqual(['1', '2', '3']);
    expect(input.start).toBe(at('2027-03-01T09:00'));
    expect(input.tasks[0]).toMatchObject({ name: 'Build', constraint: { type: 'ASAP' } });
    expect(input.tasks[1]).toMatchObject({
      duration: { kind: 'working', minutes: 180 },
      predecessors: [{ predecessorId: '1', type: 'FS', lag: { kind: 'elapsed', minutes: 2880 } }],
      constraint: { type: 'SNET', date: at('2027-03-10T08:00') },
    });
    expect(input.tasks[2]).toMatchObject({
      milestone: true,
      constraint: { type: 'FNLT', date: at('2027-03-20T17:00') },
    });
    expect(rows[0]).toMatchObject({
      start: at('2027-03-01T09:00'),
      finish: at('2027-03-05T17:00'),
    });
  });

  it('reports every bad row by line and field, and returns no plan', () => {
    const csv = [
      'ID,WBS,Task Name,Duration,Predecessors,Start,Constraint Type,Constraint Date,Milestone',
      '1,1,Fine,5d,,2027-01-04,,,',
      '2,2,,five days,9,,,,',
      '3,3,Bad link,1d,"1XX+2d, 1FS+2q",2027-02-30,SNET,,maybe',
      '"4,a",4,Odd id,1d,3,,Soon,,',
      '5,5.1,Orphan,1d,5,,ALAP,2027-01-05,',
      '1,6,Twin,1d,,,,2027-01-05,',
    ].join('\n');
    const result = readCsvPlan(csv);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => [e.line, e.field])).toEqual([
      [3, 'Task Name'],
      [3, 'Duration'],
      [3, 'Predecessors'],
      [4, 'Predecessors'],
      [4, 'Predecessors'],
      [4, 'Start'],
      [4, 'Constraint Date'],
      [4, 'Milestone'],
      [5, 'ID'],
      [5, 'Constraint Type'],
      [6, 'WBS'],
      [6, 'Predecessors'],
      [6, 'Constraint Date'],
      [7, 'ID'],
      [7, 'Constraint Type'],
    ]);
    expect(result).not.toHaveProperty('input');
    const reasons = !result.ok ? result.errors.map((e) => e.reason) : [];
    expect(reasons).toContain('"9": no row has ID 9');
    expect(reasons).toContain('no row has the parent WBS "5"');
    expect(reasons).toContain('"5": a task cannot depend on itself');
    expect(reasons).toContain('duplicate id "1" (also line 2)');
  });

  it('reports missing columns, CSV syntax errors and a missing start', () => {
    expect(readCsvPlan('ID,Name\n1,a\n')).toEqual({
      ok: false,
      errors: [{ line: 1, field: 'Duration', reason: 'required column is missing' }],
    });
    expect(readCsvPlan('Name,Duration\n"a,1d\n')).toMatchObject({
      ok: false,
      errors: [{ line: 2, field: 'csv' }],
    });
    expect(readCsvPlan('Name,Duration\na,1d\n')).toMatchObject({
      ok: false,
      errors: [{ line: 1, field: 'Start' }],
    });
    expect(
      ok(readCsvPlan('Name,Duration\na,1d\n', { start: at('2027-01-04T08:00') })).input.start,
    ).toBe(at('2027-01-04T08:00'));
  });

  it('reads semicolon-separated files with quoted fields', () => {
    const csv =
      'Name;Duration;Predecessors;Start\r\n"a; b";1d;;2027-01-04\r\nc;2d;"1FS+1d;1SS"\r\n';
    const { input } = ok(readCsvPlan(csv));
    expect(input.tasks.map((t) => t.name)).toEqual(['a; b', 'c']);
    expect(input.tasks[1]!.predecessors.map((l) => l.type)).toEqual(['FS', 'SS']);
  });

  it('splits links to ids that end in a link type or hold a minus', () => {
    const csv = [
      'ID,Name,Duration,Predecessors,Start',
      'AFS-,a,1d,,2027-01-04',
      'A,b,1d,,',
      'c,c,1d,"AFS-FS+0%,AFS-SS-1d,AFS-,ASS+1d",',
    ].join('\n');
    const { input } = ok(readCsvPlan(csv));
    expect(input.tasks[2]!.predecessors).toEqual([
      { predecessorId: 'AFS-', type: 'FS', lag: { kind: 'percent', percent: 0 } },
      { predecessorId: 'AFS-', type: 'SS', lag: { kind: 'working', minutes: -480 } },
      { predecessorId: 'AFS-', type: 'FS', lag: { kind: 'working', minutes: 0 } },
      { predecessorId: 'A', type: 'SS', lag: { kind: 'working', minutes: 480 } },
    ]);
  });

  it('reads predecessors by row number in every form of the notation, lags in any unit', () => {
    const csv = [
      'Name,Duration,Predecessors,Start',
      'a,2d,,2027-01-04',
      'b,1d,1,',
      'c,1d,"1FS+2d,2SS-1d,2FF",',
      'd,1d,"3FS+2 days;1SF+50%;2FS+3h;3SS+1w;1FF-30m;2FS+1mo;3FS+2ed",',
    ].join('\n');
    const { input } = ok(readCsvPlan(csv));
    const links = (row: number) =>
      input.tasks[row - 1]!.predecessors.map((l) => [l.predecessorId, l.type, l.lag]);
    expect(links(2)).toEqual([['1', 'FS', { kind: 'working', minutes: 0 }]]);
    expect(links(3)).toEqual([
      ['1', 'FS', { kind: 'working', minutes: 960 }],
      ['2', 'SS', { kind: 'working', minutes: -480 }],
      ['2', 'FF', { kind: 'working', minutes: 0 }],
    ]);
    expect(links(4)).toEqual([
      ['3', 'FS', { kind: 'working', minutes: 960 }],
      ['1', 'SF', { kind: 'percent', percent: 50 }],
      ['2', 'FS', { kind: 'working', minutes: 180 }],
      ['3', 'SS', { kind: 'working', minutes: 2400 }],
      ['1', 'FF', { kind: 'working', minutes: -30 }],
      ['2', 'FS', { kind: 'working', minutes: 9600 }],
      ['3', 'FS', { kind: 'elapsed', minutes: 2880 }],
    ]);
  });

  it('names the line and column of a predecessor that names no row, and says what the numbers mean', () => {
    const result = readCsvPlan(
      ['Task Name,Duration,Predecessors,Start', 'a,1d,,2027-01-04', 'b,1d,"1,7FS+2d",'].join('\n'),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 3,
          field: 'Predecessors',
          reason:
            '"7FS+2d": there is no row 7 (without an ID column, predecessors are row numbers: 1 is the first task)',
        },
      ],
    });
  });

  it('counts lines of multi-line quoted fields', () => {
    const result = readCsvPlan('Name,Duration,Start\n"two\nlines",1d,2027-01-04\nbad,x,\n');
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4, field: 'Duration' }] });
  });
});

describe('writeCsvPlan', () => {
  const input: ScheduleInput = {
    start: at('2027-01-04T08:00'),
    projectCalendarId: 'standard',
    calendars: [],
    tasks: [
      {
        id: 'A',
        name: 'Phase, "one"',
        duration: { kind: 'working', minutes: 0 },
        predecessors: [],
      },
      {
        id: 'B',
        name: 'Build\nit',
        parentId: 'A',
        duration: { kind: 'working', minutes: 2400 },
        predecessors: [],
        constraint: { type: 'SNET', date: at('2027-01-05T08:00') },
      },
      {
        id: 'C',
        name: 'Ship',
        parentId: 'A',
        milestone: true,
        duration: { kind: 'working', minutes: 0 },
        predecessors: [
          { predecessorId: 'B', type: 'FS', lag: { kind: 'working', minutes: 960 } },
          { predecessorId: 'B', type: 'SS', lag: { kind: 'percent', percent: -25 } },
          { predecessorId: 'B', type: 'FF', lag: { kind: 'elapsed', minutes: 0 } },
        ],
        deadline: at('2027-01-20T17:00'),
      },
    ],
  };
  const result: ScheduleResult = {
    finish: at('2027-01-13T17:00'),
    diagnostics: [],
    tasks: input.tasks.map((t) => ({
      id: t.id,
      name: t.name,
      summary: t.id === 'A',
      start: at('2027-01-05T08:00'),
      finish: at('2027-01-13T17:00'),
      earlyStart: 0,
      earlyFinish: 0,
      lateStart: 0,
      lateFinish: 0,
      totalSlackMinutes: 0,
      freeSlackMinutes: 0,
      critical: true,
      drivingPredecessorIds: [],
    })),
  };

  it('writes RFC 4180 CSV with WBS, row numbers as IDs, MS Project link notation and scheduled dates', () => {
    expect(writeCsvPlan(input, result).split('\r\n')).toEqual([
      'ID,WBS,Name,Duration,Predecessors,Start,Finish,Constraint Type,Constraint Date,Milestone,Deadline,Unique ID',
      '1,1,"Phase, ""one""",0d,,2027-01-05T08:00,2027-01-13T17:00,,,No,,',
      '2,1.1,"Build\nit",1w,,2027-01-05T08:00,2027-01-13T17:00,SNET,2027-01-05T08:00,No,,',
      '3,1.2,Ship,0d,"2FS+2d,2SS-25%,2FF+0em",2027-01-05T08:00,2027-01-13T17:00,,,Yes,2027-01-20T17:00,',
      '',
    ]);
  });

  it('numbers rows in outline order, whatever order the tasks come in', () => {
    const shuffled: ScheduleInput = {
      ...input,
      tasks: [
        { id: 'x', name: 'Later', duration: { kind: 'working', minutes: 480 }, predecessors: [] },
        ...input.tasks,
        {
          id: 'y',
          name: 'Last',
          duration: { kind: 'working', minutes: 480 },
          predecessors: [
            { predecessorId: 'C', type: 'FS', lag: { kind: 'working', minutes: 0 } },
            { predecessorId: 'x', type: 'SS', lag: { kind: 'working', minutes: -480 } },
          ],
        },
      ],
    };
    const lines = writeCsvPlan(shuffled).split('\r\n');
    expect(lines.slice(1, -1).map((l) => l.split(',')[0])).toEqual(['1', '2', '3', '4', '5']);
    expect(lines.at(-2)).toBe('5,3,Last,1d,"4,1SS-1d",,,,,No,,');
  });

  it('leaves Start and Finish empty without a result, and reads back', () => {
    const text = writeCsvPlan(input);
    expect(text.split('\r\n')[1]).toBe('1,1,"Phase, ""one""",0d,,,,,,No,,');
    const back = ok(readCsvPlan(text, { start: input.start }));
    expect(back.input.tasks.map((t) => [t.id, t.parentId, t.name])).toEqual([
      ['1', null, 'Phase, "one"'],
      ['2', '1', 'Build\nit'],
      ['3', '1', 'Ship'],
    ]);
    const scheduled = ok(readCsvPlan(writeCsvPlan(input, result)));
    expect(scheduled.input.start).toBe(at('2027-01-05T08:00'));
    expect(scheduled.rows[2]).toEqual({
      line: 5, // the quoted name of B spans lines 3 and 4
      id: '3',
      wbs: '1.2',
      start: at('2027-01-05T08:00'),
      finish: at('2027-01-13T17:00'),
    });
  });
});

// ------------------------------------------------------------------ round trip

const CONSTRAINTS: ConstraintType[] = [
  'ASAP',
  'ALAP',
  'MSO',
  'MFO',
  'SNET',
  'SNLT',
  'FNET',
  'FNLT',
];
const LINK_TYPES: LinkType[] = ['FS', 'SS', 'FF', 'SF'];
const DAY = 1440;
const BASE = at('2027-01-04T00:00');

const spanArb: fc.Arbitrary<TimeSpan> = fc.oneof(
  fc.record({ kind: fc.constant('working' as const), minutes: fc.nat(100_000) }),
  fc.record({ kind: fc.constant('elapsed' as const), minutes: fc.nat(100_000) }),
);
const lagArb: fc.Arbitrary<Lag> = fc.oneof(
  fc.record({
    kind: fc.constant('working' as const),
    minutes: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({
    kind: fc.constant('elapsed' as const),
    minutes: fc.integer({ min: -5000, max: 5000 }),
  }),
  fc.record({
    kind: fc.constant('percent' as const),
    percent: fc.integer({ min: -100, max: 200 }),
  }),
);
const dateArb = fc.integer({ min: 0, max: 400 * DAY }).map((m) => BASE + m);
const nameArb = fc
  .string({
    unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', 'é', '😀', '='),
    minLength: 1,
  })
  .map((s) => s.trim())
  .filter((s) => s !== '');
const idArb = fc.oneof(
  fc.integer({ min: 1, max: 9999 }).map(String),
  fc.stringMatching(/^[A-Za-z][A-Za-z0-9_.-]{0,6}$/),
);

/** A plan: tasks in outline order, each parent earlier, links to any other task. */
const planArb: fc.Arbitrary<ScheduleInput> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 12, selector: (s) => s.toLowerCase() })
  .chain((ids) =>
    fc
      .tuple(
        ...ids.map((id, i) =>
          fc.record({
            name: nameArb,
            parent: i === 0 ? fc.constant(-1) : fc.integer({ min: -1, max: i - 1 }),
            duration: spanArb,
            milestone: fc.boolean(),
            constraint: fc.option(
              fc
                .tuple(fc.constantFrom(...CONSTRAINTS), dateArb)
                .map(([type, date]) =>
                  type === 'ASAP' || type === 'ALAP' ? { type } : { type, date },
                ),
              { nil: undefined },
            ),
            deadline: fc.option(dateArb, { nil: undefined }),
            links: fc.uniqueArray(
              fc.record({
                to: fc.integer({ min: 0, max: ids.length - 1 }),
                type: fc.constantFrom(...LINK_TYPES),
                lag: lagArb,
              }),
              { maxLength: 3, selector: (l) => `${l.to}` },
            ),
          }),
        ),
      )
      .map((specs) => {
        const tasks: ScheduleTask[] = specs.map((s, i) => ({
          id: ids[i]!,
          name: s.name,
          parentId: s.parent < 0 ? null : ids[s.parent]!,
          duration: s.duration,
          ...(s.milestone ? { milestone: true } : {}),
          ...(s.constraint ? { constraint: s.constraint } : {}),
          ...(s.deadline === undefined ? {} : { deadline: s.deadline }),
          predecessors: s.links
            .filter((l) => l.to !== i)
            .map((l) => ({ predecessorId: ids[l.to]!, type: l.type, lag: l.lag })),
        }));
        // Parent-first order, as ScheduleInput requires.
        const ordered: ScheduleTask[] = [];
        const visit = (parent: string | null) => {
          for (const t of tasks) {
            if ((t.parentId ?? null) !== parent) continue;
            ordered.push(t);
            visit(t.id);
          }
        };
        visit(null);
        return {
          start: BASE + 8 * 60,
          projectCalendarId: 'standard',
          calendars: [],
          tasks: ordered,
        };
      }),
  );

function comparable(tasks: readonly ScheduleTask[]) {
  return tasks.map((t) => ({
    id: t.id,
    name: t.name,
    parentId: t.parentId ?? null,
    duration: t.duration,
    milestone: t.milestone ?? false,
    constraint: t.constraint ?? null,
    deadline: t.deadline ?? null,
    predecessors: t.predecessors.map((l) => ({
      ...l,
      lag:
        l.lag.kind !== 'percent' && l.lag.minutes === 0 && l.lag.kind === 'working' ? l.lag : l.lag,
    })),
  }));
}

describe('CSV round trip (property)', () => {
  it('write then read gives the same tasks, parents, durations, links and constraints', () => {
    fc.assert(
      fc.property(planArb, (input) => {
        const back = ok(readCsvPlan(writeCsvPlan(input), { start: input.start }));
        // The file names tasks by row number (outline order, which planArb's order already is).
        const row = new Map(input.tasks.map((t, i) => [t.id, String(i + 1)]));
        const renumbered = input.tasks.map((t) => ({
          ...t,
          id: row.get(t.id)!,
          parentId: t.parentId ? row.get(t.parentId)! : null,
          predecessors: t.predecessors.map((l) => ({
            ...l,
            predecessorId: row.get(l.predecessorId)!,
          })),
        }));
        expect(comparable(back.input.tasks)).toEqual(comparable(renumbered));
        expect(back.input.start).toBe(input.start);
      }),
      { numRuns: Number(process.env.CSV_RUNS ?? 300) },
    );
  });

  it("keeps MS Project's Unique ID both ways, and names a repeated or bad one by line", () => {
    const start = { start: parseLocalDateTime('2027-01-04T08:00')! };
    const twice = readCsvPlan(
      ['ID,Name,Duration,Unique ID', '1,Design,2d,7', '2,Build,3d,', '3,Ship,0d,7'].join('\n'),
      start,
    );
    expect(twice.ok ? [] : twice.errors).toEqual([
      { line: 4, field: 'Unique ID', reason: '7 is already the Unique ID of line 2' },
    ]);
    const word = readCsvPlan(['ID,Name,Duration,UID', '1,Design,2d,x'].join('\n'), start);
    expect(word.ok ? [] : word.errors).toEqual([
      { line: 2, field: 'UID', reason: '"x" is not a whole number from 1' },
    ]);
    const fine = readCsvPlan(
      ['ID,Name,Duration,Unique ID', '1,Design,2d,12', '2,Build,3d,'].join('\n'),
      start,
    );
    expect(fine.ok && fine.input.tasks.map((t) => t.uid)).toEqual([12, 2]);
    if (fine.ok) expect(writeCsvPlan(fine.input).split('\r\n')[1]).toMatch(/,12$/);
  });
});
