import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ImportedPlan } from './plan-mapping.js';
import { diffPlan, isEmptyUpdate, type ExistingPlan, type PlanUpdate } from './plan-update-diff.js';

type FileTask = ImportedPlan['tasks'][number];
type FileMilestone = ImportedPlan['milestones'][number];

function task(key: string, uid: number | null, extra: Partial<FileTask> = {}): FileTask {
  return {
    key,
    name: key.toUpperCase(),
    workstreamKey: null,
    parentKey: null,
    position: 0,
    uid,
    calendarKey: null,
    estimateHours: 8,
    durationElapsed: false,
    deadline: null,
    startDate: null,
    constraintType: null,
    constraintDate: null,
    estimateOptimisticHours: null,
    estimatePessimisticHours: null,
    fixedCost: null,
    costPerHour: null,
    actualStart: null,
    actualFinish: null,
    percentComplete: 0,
    remainingHours: null,
    ...extra,
  };
}

function milestone(key: string, uid: number | null, extra: Partial<FileMilestone> = {}) {
  return {
    key,
    name: key.toUpperCase(),
    workstreamKey: null,
    parentKey: null,
    position: 0,
    uid,
    calendarKey: null,
    dueDate: null,
    constraintType: null,
    constraintDate: null,
    achievedAt: null,
    ...extra,
  } satisfies FileMilestone;
}

function plan(parts: Partial<ImportedPlan>): ImportedPlan {
  const p: ImportedPlan = {
    startDate: '2027-01-04',
    startTime: '08:00',
    statusDate: null,
    calendars: [],
    projectCalendarKey: null,
    workstreams: [],
    tasks: [],
    milestones: [],
    dependencies: [],
    risks: [],
    warnings: [],
    ...parts,
  };
  // Outline order, as the mapping numbers it.
  p.tasks = p.tasks.map((t, i) => ({ ...t, position: i }));
  p.milestones = p.milestones.map((m, i) => ({ ...m, position: p.tasks.length + i }));
  return p;
}

/**
 * The program an import of `p` writes (as plan-insert.repository.ts does); its
 * ids are the keys, as a Waymark plan file exported from it names its items.
 */
function stored(p: ImportedPlan): ExistingPlan {
  const id = (key: string | null) => key;
  const cal = (key: string | null) => id(key === null ? null : `cal-${key}`);
  return {
    startDate: p.startDate,
    startTime: p.startTime === '08:00' ? null : p.startTime,
    calendarId: cal(p.projectCalendarKey),
    calendars: p.calendars.map((c) => ({
      id: cal(c.key)!,
      name: c.name,
      baseId: cal(c.baseKey),
      timeZone: c.timeZone,
      week: c.week,
      exceptions: c.exceptions,
    })),
    workstreams: p.workstreams.map((w) => ({ id: id(w.key)!, uid: w.uid, name: w.name })),
    tasks: p.tasks.map(
      ({ key, workstreamKey, parentKey, calendarKey, remainingHours: _r, ...t }) => ({
        ...t,
        id: id(key)!,
        workstreamId: id(workstreamKey),
        parentTaskId: id(parentKey),
        calendarId: cal(calendarKey),
      }),
    ),
    milestones: p.milestones.map(({ key, workstreamKey, parentKey, calendarKey, ...m }) => ({
      ...m,
      id: id(key)!,
      workstreamId: id(workstreamKey),
      parentTaskId: id(parentKey),
      calendarId: cal(calendarKey),
    })),
    dependencies: p.dependencies.map((d, i) => ({
      id: `dep-${i}`,
      predecessorId: id(d.predecessorKey)!,
      successorId: id(d.successorKey)!,
      type: d.type,
      lagKind: d.lagKind,
      lagMinutes: d.lagMinutes,
      lagPercent: d.lagPercent,
    })),
  };
}

/** What applying writes, as plan-update.repository.ts writes it (for the property below). */
function applied(existing: ExistingPlan, p: ImportedPlan, u: PlanUpdate): ExistingPlan {
  const gone = new Set([
    ...u.tasks.removed.map((t) => t.id),
    ...u.milestones.removed.map((m) => m.id),
    ...u.workstreams.removed.map((w) => w.id),
    ...u.dependencies.removed.map((d) => d.id),
  ]);
  const ws = new Map(u.workstreamIds);
  for (const w of u.workstreams.added) ws.set(w.key, `new-${w.key}`);
  const items = new Map(u.itemIds);
  for (const t of [...u.tasks.added, ...u.milestones.added]) items.set(t.key, `new-${t.key}`);
  const calendars = new Map(existing.calendars.map((c) => [c.name, c.id]));
  const fileCal = new Map(p.calendars.map((c) => [c.key, c.name]));
  const cal = (key: string | null) =>
    key === null ? null : (calendars.get(fileCal.get(key)!) ?? null);
  const nulled = (id: string | null) => (id !== null && gone.has(id) ? null : id);
  const fileTasks = new Map(p.tasks.map((t) => [items.get(t.key)!, t]));
  const fileMilestones = new Map(p.milestones.map((m) => [items.get(m.key)!, m]));
  const place = (f: FileTask | FileMilestone) => ({
    name: f.name,
    uid: f.uid,
    position: f.position,
    workstreamId: f.workstreamKey === null ? null : ws.get(f.workstreamKey)!,
    parentTaskId: f.parentKey === null ? null : items.get(f.parentKey)!,
    calendarId: cal(f.calendarKey),
  });
  const taskOf = (f: FileTask, id: string): ExistingPlan['tasks'][number] => {
    const {
      key: _k,
      workstreamKey: _w,
      parentKey: _p,
      calendarKey: _c,
      remainingHours: _r,
      ...t
    } = f;
    return { ...t, id, ...place(f) };
  };
  const milestoneOf = (f: FileMilestone, id: string): ExistingPlan['milestones'][number] => {
    const { key: _k, workstreamKey: _w, parentKey: _p, calendarKey: _c, ...m } = f;
    return { ...m, id, ...place(f) };
  };
  const depIds = new Map(u.dependencies.changed.map((c) => [c.existing.id, c.file]));
  return {
    startDate: p.startDate,
    startTime: p.startTime === '08:00' ? null : p.startTime,
    calendarId: cal(p.projectCalendarKey),
    calendars: existing.calendars,
    workstreams: [
      ...existing.workstreams
        .filter((w) => !gone.has(w.id))
        .map((w) => {
          const f = p.workstreams.find((x) => ws.get(x.key) === w.id);
          return f ? { ...w, name: f.name, uid: f.uid } : w;
        }),
      ...u.workstreams.added.map((w) => ({ id: `new-${w.key}`, uid: w.uid, name: w.name })),
    ],
    tasks: [
      ...existing.tasks
        .filter((t) => !gone.has(t.id))
        .map((t) => {
          const f = fileTasks.get(t.id);
          return f ? taskOf(f, t.id) : { ...t, parentTaskId: nulled(t.parentTaskId) };
        }),
      ...u.tasks.added.map((t) => taskOf(t, `new-${t.key}`)),
    ],
    milestones: [
      ...existing.milestones
        .filter((m) => !gone.has(m.id))
        .map((m) => {
          const f = fileMilestones.get(m.id);
          return f ? milestoneOf(f, m.id) : { ...m, parentTaskId: nulled(m.parentTaskId) };
        }),
      ...u.milestones.added.map((m) => milestoneOf(m, `new-${m.key}`)),
    ],
    dependencies: [
      ...existing.dependencies
        .filter((d) => !gone.has(d.id) && !gone.has(d.predecessorId) && !gone.has(d.successorId))
        .map((d) => {
          const f = depIds.get(d.id);
          return f
            ? {
                ...d,
                type: f.type,
                lagKind: f.lagKind,
                lagMinutes: f.lagMinutes,
                lagPercent: f.lagPercent,
              }
            : d;
        }),
      ...u.dependencies.added.map((d, i) => ({
        id: `new-dep-${i}`,
        predecessorId: items.get(d.predecessorKey)!,
        successorId: items.get(d.successorKey)!,
        type: d.type,
        lagKind: d.lagKind,
        lagMinutes: d.lagMinutes,
        lagPercent: d.lagPercent,
      })),
    ],
  };
}

/** Small plans: tasks under earlier tasks and workstreams, milestones, links, UIDs or none. */
const plans = fc
  .record({
    workstreams: fc.integer({ min: 0, max: 3 }),
    tasks: fc.array(
      fc.record({
        parent: fc.nat(),
        ws: fc.nat(),
        hours: fc.integer({ min: 0, max: 80 }),
        uid: fc.boolean(),
        name: fc.constantFrom('Build', 'Test', 'Ship', 'Plan'),
      }),
      { maxLength: 8 },
    ),
    milestones: fc.array(fc.record({ uid: fc.boolean(), due: fc.boolean() }), { maxLength: 3 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom('FS', 'SS', 'FF', 'SF')), {
      maxLength: 6,
    }),
    uidBase: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ workstreams, tasks, milestones, links, uidBase }) => {
    const wsKeys = Array.from({ length: workstreams }, (_, i) => `w${i}`);
    const ts = tasks.map((t, i) =>
      task(`t${i}`, t.uid ? uidBase + i : null, {
        name: `${t.name} ${i}`,
        estimateHours: t.hours,
        workstreamKey: wsKeys.length ? wsKeys[t.ws % wsKeys.length]! : null,
        parentKey: i > 0 && t.parent % 3 === 0 ? `t${t.parent % i}` : null,
      }),
    );
    const ms = milestones.map((m, i) =>
      milestone(`m${i}`, m.uid ? 100 + uidBase + i : null, {
        dueDate: m.due ? '2027-02-01' : null,
      }),
    );
    const keys = [...ts.map((t) => t.key), ...ms.map((m) => m.key)];
    const seen = new Set<string>();
    const dependencies =
      keys.length < 2
        ? []
        : links.flatMap(([a, b, type]) => {
            const from = keys[a % keys.length]!;
            const to = keys[b % keys.length]!;
            if (from === to || seen.has(`${from}>${to}`)) return [];
            seen.add(`${from}>${to}`);
            return [
              {
                predecessorKey: from,
                successorKey: to,
                type,
                lagKind: 'working' as const,
                lagMinutes: 0,
                lagPercent: null,
              },
            ];
          });
    return plan({
      workstreams: wsKeys.map((key, i) => ({ key, name: `WS ${i}`, uid: 50 + i })),
      tasks: ts,
      milestones: ms,
      dependencies,
    });
  });

function withUids(p: ImportedPlan): ImportedPlan {
  return {
    ...p,
    tasks: p.tasks.map((t, i) => ({ ...t, uid: t.uid ?? 1000 + i })),
    milestones: p.milestones.map((m, i) => ({ ...m, uid: m.uid ?? 2000 + i })),
  };
}

describe('diffPlan', () => {
  it('finds nothing to change between a program and the file it was imported from', () => {
    fc.assert(fc.property(plans, (p) => isEmptyUpdate(diffPlan(stored(p), p))));
  });

  it('finds nothing left to change once an update is applied', () => {
    fc.assert(
      // A file item without a UID matches nothing (it is added at every apply, and the preview says so).
      fc.property(plans, plans.map(withUids), (before, file) => {
        const existing = stored(before);
        const update = diffPlan(existing, file);
        const again = diffPlan(applied(existing, file, update), file);
        expect(again.program).toEqual([]);
        for (const kind of ['workstreams', 'tasks', 'milestones', 'dependencies'] as const)
          expect(again[kind], kind).toMatchObject({ added: [], changed: [], removed: [] });
      }),
    );
  });

  it('adds, changes field by field, removes by UID, and leaves items without a UID alone', () => {
    const before = plan({
      tasks: [task('a', 1), task('b', 2, { estimateHours: 16 }), task('c', 3), task('local', null)],
      dependencies: [
        {
          predecessorKey: 'a',
          successorKey: 'b',
          type: 'FS',
          lagKind: 'working',
          lagMinutes: 0,
          lagPercent: null,
        },
        {
          predecessorKey: 'b',
          successorKey: 'c',
          type: 'FS',
          lagKind: 'working',
          lagMinutes: 0,
          lagPercent: null,
        },
      ],
    });
    const file = plan({
      tasks: [
        task('x1', 1, { name: 'Analyse' }),
        task('x2', 2, { name: 'B', estimateHours: 24, parentKey: 'x1' }),
        task('x9', 9, { name: 'New' }),
      ],
      dependencies: [
        {
          predecessorKey: 'x1',
          successorKey: 'x2',
          type: 'SS',
          lagKind: 'percent',
          lagMinutes: 0,
          lagPercent: 50,
        },
      ],
    });
    const u = diffPlan(stored(before), file);
    expect(u.tasks.added.map((t) => t.uid)).toEqual([9]);
    expect(u.tasks.changed.map((c) => [c.existing.uid, c.changes])).toEqual([
      [1, [{ field: 'name', from: 'A', to: 'Analyse' }]],
      [
        2,
        [
          { field: 'parentTaskId', from: null, to: 'Analyse' },
          { field: 'estimateHours', from: 16, to: 24 },
        ],
      ],
    ]);
    expect(u.tasks.removed.map((t) => t.uid)).toEqual([3]);
    expect(u.tasks.kept).toBe(1);
    expect(u.dependencies.changed[0]!.changes).toEqual([
      { field: 'type', from: 'FS', to: 'SS' },
      { field: 'lagKind', from: 'working', to: 'percent' },
      { field: 'lagPercent', from: null, to: 50 },
    ]);
    expect(u.dependencies.removed.map((d) => d.id)).toEqual(['dep-1']);
    expect(u.dependencies.added).toEqual([]);
  });

  it('takes back a workstream made in Waymark that the MSPDI export numbered, by its name', () => {
    const existing = stored(plan({ workstreams: [{ key: 'w', name: 'Build', uid: null }] }));
    const file = plan({ workstreams: [{ key: '7', name: 'Build', uid: 7 }] });
    const u = diffPlan(existing, file);
    expect(u.workstreams.added).toEqual([]);
    expect(u.workstreams.changed.map((c) => c.changes)).toEqual([
      [{ field: 'uid', from: null, to: 7 }],
    ]);
  });

  it('says a task moved only when the order changes, not when one above it goes', () => {
    const before = plan({ tasks: [task('a', 1), task('b', 2), task('c', 3), task('d', 4)] });
    const dropped = plan({ tasks: [task('b', 2), task('c', 3), task('d', 4)] });
    expect(diffPlan(stored(before), dropped).tasks.changed).toEqual([]);
    const moved = plan({ tasks: [task('d', 4), task('a', 1), task('b', 2), task('c', 3)] });
    const u = diffPlan(stored(before), moved);
    expect(u.tasks.changed.map((c) => [c.existing.uid, c.changes])).toEqual([
      [4, [{ field: 'position', from: 3, to: 0 }]],
    ]);
  });

  it('takes progress from the file only when it carries some', () => {
    const done = {
      actualStart: '2027-01-04T08:00:00',
      actualFinish: '2027-01-05T17:00:00',
      percentComplete: 100,
    };
    const before = plan({ tasks: [task('a', 1, done)] });
    expect(isEmptyUpdate(diffPlan(stored(before), plan({ tasks: [task('a', 1)] })))).toBe(true);
    const started = plan({
      tasks: [task('a', 1, { actualStart: '2027-01-04T08:00:00', percentComplete: 40 })],
    });
    expect(diffPlan(stored(before), started).tasks.changed[0]!.changes).toEqual([
      { field: 'actualFinish', from: '2027-01-05T17:00:00', to: null },
      { field: 'percentComplete', from: 100, to: 40 },
    ]);
  });

  it("changes the program's start and names a new calendar by name", () => {
    const week = { 1: [{ from: 480, to: 960 }] };
    const file = plan({
      startDate: '2027-02-01',
      startTime: '09:00',
      calendars: [
        {
          key: 'c',
          name: 'Night shift',
          uid: null,
          baseKey: null,
          timeZone: null,
          week,
          exceptions: [],
        },
      ],
      projectCalendarKey: 'c',
    });
    const u = diffPlan(stored(plan({})), file);
    expect(u.program).toEqual([
      { field: 'startDate', from: '2027-01-04', to: '2027-02-01' },
      { field: 'startTime', from: '08:00', to: '09:00' },
      { field: 'calendar', from: null, to: 'Night shift' },
    ]);
    expect(u.calendars.added.map((c) => c.name)).toEqual(['Night shift']);
  });
});
