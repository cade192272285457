import { isDeepStrictEqual } from 'node:util';
import type { ImportedPlan } from './plan-mapping.js';
import { movedItems } from './plan-update-order.js';

/**
 * What updating a program from its plan file would change (pure). Items are
 * matched by their MSPDI UID: a file item whose UID the program has not is
 * added, one whose UID it has is compared field by field (API field names;
 * references shown by the name of what they point to), and a program item WITH
 * a UID the file no longer has is removed. Items without a UID were made in
 * Waymark: they are left alone (counted as kept). Calendars have no UID: they
 * match by name and are never removed. Positions are compared as an order, not
 * as numbers (a task dropped above does not "move" every task below it): the
 * fewest items that must move to give the file's order are the ones that moved.
 */

export type FieldValue = string | number | boolean | null;
export interface FieldChange {
  field: string;
  from: FieldValue;
  to: FieldValue;
}

type FileTask = ImportedPlan['tasks'][number];
type FileMilestone = ImportedPlan['milestones'][number];
type FileDependency = ImportedPlan['dependencies'][number];
type FileWorkstream = ImportedPlan['workstreams'][number];
type FileCalendar = ImportedPlan['calendars'][number];

/** The program as stored, with references by id (what the repository reads). */
export interface ExistingPlan {
  startDate: string | null;
  startTime: string | null;
  calendarId: string | null;
  calendars: {
    id: string;
    name: string;
    baseId: string | null;
    timeZone: string | null;
    week: FileCalendar['week'];
    exceptions: FileCalendar['exceptions'];
  }[];
  workstreams: { id: string; uid: number | null; name: string }[];
  tasks: (Omit<
    FileTask,
    'key' | 'workstreamKey' | 'parentKey' | 'calendarKey' | 'remainingHours' | 'position'
  > & {
    id: string;
    workstreamId: string | null;
    parentTaskId: string | null;
    calendarId: string | null;
    position: number | null;
  })[];
  milestones: (Omit<
    FileMilestone,
    'key' | 'workstreamKey' | 'parentKey' | 'calendarKey' | 'position'
  > & {
    id: string;
    workstreamId: string | null;
    parentTaskId: string | null;
    calendarId: string | null;
    position: number | null;
  })[];
  dependencies: {
    id: string;
    predecessorId: string;
    successorId: string;
    type: FileDependency['type'];
    lagKind: FileDependency['lagKind'];
    lagMinutes: number;
    lagPercent: number | null;
  }[];
}

export type ExistingTask = ExistingPlan['tasks'][number];
export type ExistingMilestone = ExistingPlan['milestones'][number];
export type ExistingDependency = ExistingPlan['dependencies'][number];
export type ExistingWorkstream = ExistingPlan['workstreams'][number];
export type ExistingCalendar = ExistingPlan['calendars'][number];

export interface KindDiff<E, F> {
  added: F[];
  changed: { existing: E; file: F; changes: FieldChange[] }[];
  removed: E[];
  kept: number;
}

export interface PlanUpdate {
  program: FieldChange[];
  calendars: KindDiff<ExistingCalendar, FileCalendar>;
  workstreams: KindDiff<ExistingWorkstream, FileWorkstream>;
  tasks: KindDiff<ExistingTask, FileTask>;
  milestones: KindDiff<ExistingMilestone, FileMilestone>;
  dependencies: KindDiff<ExistingDependency, FileDependency>;
  /** Every matched item's position in the file (written on apply even when only the numbers moved). */
  positions: { kind: 'task' | 'milestone'; id: string; position: number }[];
  /** The program's row of each matched file workstream, task and milestone (by file key). */
  workstreamIds: Map<string, string>;
  itemIds: Map<string, string>;
}

/** A reference, the same on both sides when it names the same thing. */
type Ref = string | null;

/**
 * The program item each file item is: the one of its UID, else (a Waymark plan
 * file exported from this program names items by their Waymark id) the item of
 * that id that has no UID yet, else, for workstreams (their names are unique in a
 * program), the one of that name without a UID: the MSPDI export numbers a
 * workstream made in Waymark, and it must come back as itself.
 */
function match<
  E extends { id: string; uid: number | null; name: string },
  F extends { key: string; uid: number | null; name: string },
>(existing: readonly E[], file: readonly F[], byNameToo = false): Map<F, E> {
  const byUid = new Map<number, E>();
  const byId = new Map<string, E>();
  const byName = new Map<string, E>();
  for (const e of existing)
    if (e.uid !== null) byUid.set(e.uid, e);
    else {
      byId.set(e.id, e);
      byName.set(e.name, e);
    }
  const matched = new Map<F, E>();
  const taken = new Set<string>();
  const take = (f: F, e: E | undefined) => {
    if (!e || taken.has(e.id) || matched.has(f)) return;
    taken.add(e.id);
    matched.set(f, e);
  };
  for (const f of file) take(f, (f.uid === null ? undefined : byUid.get(f.uid)) ?? byId.get(f.key));
  if (byNameToo) for (const f of file) take(f, byName.get(f.name));
  return matched;
}

function compare(pairs: [string, FieldValue, FieldValue][]): FieldChange[] {
  return pairs.filter(([, a, b]) => a !== b).map(([field, from, to]) => ({ field, from, to }));
}

/** Equal as stored: jsonb drops undefined fields and orders object keys its own way. */
const sameJson = (a: unknown, b: unknown) =>
  isDeepStrictEqual(JSON.parse(JSON.stringify(a ?? null)), JSON.parse(JSON.stringify(b ?? null)));

/** The program's calendar of that name; of two so named, the program's own, else the first. */
export function existingCalendarNamed(
  existing: ExistingPlan,
  name: string,
): ExistingCalendar | undefined {
  const named = existing.calendars.filter((c) => c.name === name);
  return named.find((c) => c.id === existing.calendarId) ?? named[0];
}

export function diffPlan(existing: ExistingPlan, plan: ImportedPlan): PlanUpdate {
  // Calendars, by name (they have no UID); a name the file has twice is one calendar.
  const calendarName = new Map(existing.calendars.map((c) => [c.id, c.name]));
  const fileCalendarName = new Map(plan.calendars.map((c) => [c.key, c.name]));
  const existingCalendarRef = (id: string | null): Ref =>
    id === null ? null : (calendarName.get(id) ?? null);
  const fileCalendarRef = (key: string | null): Ref =>
    key === null ? null : (fileCalendarName.get(key) ?? null);
  const calendars: PlanUpdate['calendars'] = { added: [], changed: [], removed: [], kept: 0 };
  const fileByName = new Map<string, FileCalendar[]>();
  for (const f of plan.calendars) fileByName.set(f.name, [...(fileByName.get(f.name) ?? []), f]);
  const matchedCalendars = new Set<string>();
  for (const [name, files] of fileByName) {
    const e = existingCalendarNamed(existing, name);
    if (!e) {
      calendars.added.push(files[0]!);
      continue;
    }
    matchedCalendars.add(e.id);
    const changesOf = (f: FileCalendar) => {
      const changes = compare([
        ['baseCalendarId', existingCalendarRef(e.baseId), fileCalendarRef(f.baseKey)],
        ['timeZone', e.timeZone, f.timeZone],
      ]);
      if (!sameJson(e.week, f.week)) changes.push({ field: 'week', from: null, to: null });
      if (!sameJson(e.exceptions, f.exceptions))
        changes.push({ field: 'exceptions', from: e.exceptions.length, to: f.exceptions.length });
      return changes;
    };
    if (files.some((f) => changesOf(f).length === 0)) continue;
    calendars.changed.push({ existing: e, file: files[0]!, changes: changesOf(files[0]!) });
  }
  calendars.kept = existing.calendars.filter((c) => !matchedCalendars.has(c.id)).length;

  const program = compare([
    ['startDate', existing.startDate, plan.startDate],
    ['startTime', existing.startTime ?? '08:00', plan.startTime],
    [
      'calendar',
      existingCalendarRef(existing.calendarId),
      fileCalendarRef(plan.projectCalendarKey),
    ],
  ]);

  // Workstreams.
  const ws = { matched: match(existing.workstreams, plan.workstreams, true) };
  const workstreamName = new Map(existing.workstreams.map((w) => [w.id, w.name]));
  const fileWorkstreamName = new Map(plan.workstreams.map((w) => [w.key, w.name]));
  const workstreams = kindDiff(existing.workstreams, plan.workstreams, ws.matched, (e, f) =>
    compare([
      ['name', e.name, f.name],
      ['uid', e.uid, f.uid],
    ]),
  );

  // Tasks and milestones: references as names, so that both sides say the same.
  const tasks = { matched: match(existing.tasks, plan.tasks) };
  const milestones = { matched: match(existing.milestones, plan.milestones) };
  const taskName = new Map(existing.tasks.map((t) => [t.id, t.name]));
  const fileTaskName = new Map(plan.tasks.map((t) => [t.key, t.name]));
  // A parent or workstream is the same when it is the same row: the one matched, else none.
  const taskIdentity = new Map(existing.tasks.map((t) => [t.id, `e${t.id}`]));
  const fileTaskIdentity = new Map(
    plan.tasks.map((t) => {
      const e = tasks.matched.get(t);
      return [t.key, e ? `e${e.id}` : `k${t.key}`];
    }),
  );
  const wsIdentity = new Map(existing.workstreams.map((w) => [w.id, `e${w.id}`]));
  const fileWsIdentity = new Map(
    plan.workstreams.map((w) => {
      const e = ws.matched.get(w);
      return [w.key, e ? `e${e.id}` : `k${w.key}`];
    }),
  );
  const refChange = (
    field: string,
    fromId: string | null,
    toKey: string | null,
    identity: Map<string, string>,
    fileIdentity: Map<string, string>,
    names: Map<string, string>,
    fileNames: Map<string, string>,
  ): FieldChange[] => {
    const a = fromId === null ? null : (identity.get(fromId) ?? null);
    const b = toKey === null ? null : (fileIdentity.get(toKey) ?? null);
    if (a === b) return [];
    return [
      {
        field,
        from: fromId === null ? null : (names.get(fromId) ?? null),
        to: toKey === null ? null : (fileNames.get(toKey) ?? null),
      },
    ];
  };
  const placement = (
    e: { workstreamId: string | null; parentTaskId: string | null; calendarId: string | null },
    f: { workstreamKey: string | null; parentKey: string | null; calendarKey: string | null },
  ): FieldChange[] => [
    ...refChange(
      'workstreamId',
      e.workstreamId,
      f.workstreamKey,
      wsIdentity,
      fileWsIdentity,
      workstreamName,
      fileWorkstreamName,
    ),
    ...refChange(
      'parentTaskId',
      e.parentTaskId,
      f.parentKey,
      taskIdentity,
      fileTaskIdentity,
      taskName,
      fileTaskName,
    ),
    ...compare([['calendarId', existingCalendarRef(e.calendarId), fileCalendarRef(f.calendarKey)]]),
  ];
  const moved = movedItems(tasks.matched, milestones.matched);
  const positionChange = (e: { id: string; position: number | null }, f: { position: number }) =>
    moved.has(e.id) ? [{ field: 'position', from: e.position, to: f.position }] : [];

  const taskDiff = kindDiff(existing.tasks, plan.tasks, tasks.matched, (e, f) => [
    ...compare([
      ['name', e.name, f.name],
      ['uid', e.uid, f.uid],
    ]),
    ...placement(e, f),
    ...positionChange(e, f),
    ...compare([
      ['estimateHours', e.estimateHours, f.estimateHours],
      ['durationElapsed', e.durationElapsed, f.durationElapsed],
      ['deadline', e.deadline, f.deadline],
      ['startDate', e.startDate, f.startDate],
      ['constraintType', e.constraintType, f.constraintType],
      ['constraintDate', e.constraintDate, f.constraintDate],
      ['estimateOptimisticHours', e.estimateOptimisticHours, f.estimateOptimisticHours],
      ['estimatePessimisticHours', e.estimatePessimisticHours, f.estimatePessimisticHours],
    ]),
    // Progress only when the file carries some: a plan without actuals leaves the program's alone.
    ...(f.actualStart === null
      ? []
      : compare([
          ['actualStart', e.actualStart, f.actualStart],
          ['actualFinish', e.actualFinish, f.actualFinish],
          ['percentComplete', e.percentComplete, f.percentComplete],
        ])),
  ]);
  const milestoneDiff = kindDiff(
    existing.milestones,
    plan.milestones,
    milestones.matched,
    (e, f) => [
      ...compare([['name', e.name, f.name]]),
      ...placement(e, f),
      ...positionChange(e, f),
      ...compare([
        ['dueDate', e.dueDate, f.dueDate],
        ['constraintType', e.constraintType, f.constraintType],
        ['constraintDate', e.constraintDate, f.constraintDate],
        ...(f.achievedAt === null
          ? []
          : ([['achievedAt', e.achievedAt, f.achievedAt]] as [string, FieldValue, FieldValue][])),
      ]),
    ],
  );

  const itemKeys = keysOf([...tasks.matched, ...milestones.matched]);
  const positions: PlanUpdate['positions'] = [];
  for (const [f, e] of tasks.matched)
    if (e.position !== f.position) positions.push({ kind: 'task', id: e.id, position: f.position });
  for (const [f, e] of milestones.matched)
    if (e.position !== f.position)
      positions.push({ kind: 'milestone', id: e.id, position: f.position });

  return {
    program,
    calendars,
    workstreams,
    tasks: taskDiff,
    milestones: milestoneDiff,
    dependencies: dependencyDiff(existing, plan, itemKeys),
    positions,
    workstreamIds: new Map([...ws.matched].map(([f, e]) => [f.key, e.id])),
    itemIds: itemKeys.idOfKey,
  };
}

function kindDiff<E extends { id: string; uid: number | null }, F extends { uid: number | null }>(
  existing: readonly E[],
  file: readonly F[],
  matched: Map<F, E>,
  changesOf: (e: E, f: F) => FieldChange[],
): KindDiff<E, F> {
  const diff: KindDiff<E, F> = { added: [], changed: [], removed: [], kept: 0 };
  const seen = new Set<string>();
  for (const f of file) {
    const e = matched.get(f);
    if (!e) {
      diff.added.push(f);
      continue;
    }
    seen.add(e.id);
    const changes = changesOf(e, f);
    if (changes.length > 0) diff.changed.push({ existing: e, file: f, changes });
  }
  for (const e of existing) {
    if (seen.has(e.id)) continue;
    if (e.uid === null) diff.kept++;
    else diff.removed.push(e);
  }
  return diff;
}

function keysOf(pairs: [{ key: string }, { id: string }][]) {
  const idOfKey = new Map<string, string>();
  const keyOfId = new Map<string, string>();
  for (const [f, e] of pairs) {
    idOfKey.set(f.key, e.id);
    keyOfId.set(e.id, f.key);
  }
  return { idOfKey, keyOfId };
}

/**
 * Links between items the file governs (an item with a UID, or one it matched),
 * by the pair they join; a link to an item made in Waymark is left alone. A
 * link to an item the file drops is removed (the item takes it with it anyway).
 */
function dependencyDiff(
  existing: ExistingPlan,
  plan: ImportedPlan,
  keys: ReturnType<typeof keysOf>,
): KindDiff<ExistingDependency, FileDependency> {
  const governed = new Set<string>(keys.keyOfId.keys());
  for (const t of existing.tasks) if (t.uid !== null) governed.add(t.id);
  for (const m of existing.milestones) if (m.uid !== null) governed.add(m.id);
  // An item the file no longer has gets a key no file item has.
  const keyOf = (id: string) => keys.keyOfId.get(id) ?? `\u0000${id}`;
  const byPair = new Map<string, ExistingDependency>();
  let kept = 0;
  for (const d of existing.dependencies) {
    if (!governed.has(d.predecessorId) || !governed.has(d.successorId)) kept++;
    else byPair.set(`${keyOf(d.predecessorId)}\u0001${keyOf(d.successorId)}`, d);
  }
  const diff: KindDiff<ExistingDependency, FileDependency> = {
    added: [],
    changed: [],
    removed: [],
    kept,
  };
  const seen = new Set<string>();
  for (const f of plan.dependencies) {
    const e = byPair.get(`${f.predecessorKey}\u0001${f.successorKey}`);
    if (!e) {
      diff.added.push(f);
      continue;
    }
    seen.add(e.id);
    const changes = compare([
      ['type', e.type, f.type],
      ['lagKind', e.lagKind, f.lagKind],
      ['lagMinutes', e.lagMinutes, f.lagMinutes],
      ['lagPercent', e.lagPercent, f.lagPercent],
    ]);
    if (changes.length > 0) diff.changed.push({ existing: e, file: f, changes });
  }
  for (const d of byPair.values()) if (!seen.has(d.id)) diff.removed.push(d);
  return diff;
}

/** True when applying would change nothing. */
export function isEmptyUpdate(u: PlanUpdate): boolean {
  const kinds = [u.calendars, u.workstreams, u.tasks, u.milestones, u.dependencies];
  return (
    u.program.length === 0 &&
    kinds.every((k) => k.added.length + k.changed.length + k.removed.length === 0)
  );
}
