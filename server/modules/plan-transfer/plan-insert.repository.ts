import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { insertRisk } from '../risks/risk.repository.js';
import type { ScheduleItem, ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import type { ImportedPlan } from './plan-mapping.js';

/** Rows per INSERT: one round trip and a few milliseconds of serialising each. */
export const INSERT_BATCH_ROWS = 1_000;

export interface InsertedCounts {
  workstreams: number;
  milestones: number;
  tasks: number;
  dependencies: number;
  risks: number;
}

/** How many rows insertPlan writes in all (its progress runs up to this). */
export function rowsToInsert(plan: ImportedPlan): number {
  return (
    plan.calendars.length +
    plan.workstreams.length +
    plan.milestones.length +
    plan.tasks.length +
    plan.dependencies.length +
    plan.risks.length +
    (plan.baseline?.length ? 1 : 0) +
    (plan.resources?.length ?? 0)
  );
}

function* batches<T>(items: readonly T[]): Generator<readonly T[]> {
  for (let i = 0; i < items.length; i += INSERT_BATCH_ROWS)
    yield items.slice(i, i + INSERT_BATCH_ROWS);
}

/**
 * Writes an imported plan into a new program, in the caller's transaction:
 * multi-row inserts from arrays (`unnest`), INSERT_BATCH_ROWS a statement, ids
 * made here so links need no read-back. `onProgress` gets the rows written so far.
 */
export async function insertPlan(
  tx: Queryable,
  programId: string,
  plan: ImportedPlan,
  onProgress: (rowsWritten: number) => void = () => {},
  /** When the file's baseline counts as computed: the import's time, from the server's clock. */
  importedAt: Date | null = null,
): Promise<InsertedCounts> {
  let written = 0;
  const wrote = (n: number) => onProgress((written += n));
  const ids = new Map<string, { id: string; kind: 'task' | 'milestone' }>();
  const workstreamIds = new Map(plan.workstreams.map((w) => [w.key, randomUUID()]));
  const ws = (key: string | null) => (key === null ? null : (workstreamIds.get(key) ?? null));

  for (const batch of batches(plan.workstreams.map((w, i) => ({ ...w, i })))) {
    await tx.query(
      `INSERT INTO workstreams (id, program_id, name, sort_order, uid)
       SELECT id, $1, name, sort_order, uid
         FROM unnest($2::uuid[], $3::text[], $4::int[], $5::int[]) AS w(id, name, sort_order, uid)`,
      [
        programId,
        batch.map((w) => workstreamIds.get(w.key)),
        batch.map((w) => w.name),
        batch.map((w) => w.i),
        batch.map((w) => w.uid),
      ],
    );
    wrote(batch.length);
  }
  // Calendars first (items and the program name them), all in one statement: bases may come later.
  const calendarIds = new Map(plan.calendars.map((c) => [c.key, randomUUID()]));
  const cal = (key: string | null) => (key === null ? null : (calendarIds.get(key) ?? null));
  if (plan.calendars.length > 0) {
    await tx.query(
      `INSERT INTO program_calendars (id, program_id, name, base_calendar_id, time_zone, week, exceptions, uid)
       SELECT id, $1, name, base, zone, week, exceptions, uid
         FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::jsonb[], $8::int[])
           AS c(id, name, base, zone, week, exceptions, uid)`,
      [
        programId,
        plan.calendars.map((c) => calendarIds.get(c.key)),
        plan.calendars.map((c) => c.name),
        plan.calendars.map((c) => cal(c.baseKey)),
        plan.calendars.map((c) => c.timeZone),
        plan.calendars.map((c) => JSON.stringify(c.week)),
        plan.calendars.map((c) => JSON.stringify(c.exceptions)),
        plan.calendars.map((c) => c.uid),
      ],
    );
    wrote(plan.calendars.length);
  }
  await tx.query('UPDATE programs SET calendar_id = $2, start_time = $3 WHERE id = $1', [
    programId,
    cal(plan.projectCalendarKey),
    plan.startTime === '08:00' ? null : plan.startTime,
  ]);
  for (const t of plan.tasks) ids.set(t.key, { id: randomUUID(), kind: 'task' });
  for (const m of plan.milestones) ids.set(m.key, { id: randomUUID(), kind: 'milestone' });
  const parent = (key: string | null) => (key === null ? null : (ids.get(key)?.id ?? null));
  // Tasks before milestones (a milestone may sit under a summary task), in outline order: a
  // parent is in the same statement as its children or an earlier one.
  for (const batch of batches(plan.tasks)) {
    const done = (t: ImportedPlan['tasks'][number]) => t.actualFinish !== null;
    await tx.query(
      `INSERT INTO tasks (id, program_id, workstream_id, name, estimate_hours, start_date, constraint_type,
         constraint_date, estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour,
         parent_task_id, position, uid, calendar_id, duration_elapsed, deadline, actual_start,
         actual_finish, percent_complete, remaining_hours, state)
       SELECT id, $1, workstream_id, name, estimate_hours, start_date, constraint_type, constraint_date,
              estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour,
              parent_task_id, position, uid, calendar_id, duration_elapsed, deadline, actual_start,
              actual_finish, percent_complete, remaining_hours, state
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::numeric[], $6::date[], $7::text[],
                     $8::timestamp[], $9::numeric[], $10::numeric[], $11::numeric[], $12::numeric[],
                     $13::uuid[], $14::int[], $15::int[], $16::uuid[], $17::boolean[], $18::timestamp[],
                     $19::timestamp[], $20::timestamp[], $21::smallint[], $22::float8[], $23::text[])
           AS t(id, workstream_id, name, estimate_hours, start_date, constraint_type, constraint_date,
                estimate_optimistic_hours, estimate_pessimistic_hours, fixed_cost, cost_per_hour,
                parent_task_id, position, uid, calendar_id, duration_elapsed, deadline, actual_start,
                actual_finish, percent_complete, remaining_hours, state)`,
      [
        programId,
        batch.map((t) => ids.get(t.key)!.id),
        batch.map((t) => ws(t.workstreamKey)),
        batch.map((t) => t.name),
        batch.map((t) => t.estimateHours),
        batch.map((t) => t.startDate),
        batch.map((t) => t.constraintType),
        batch.map((t) => t.constraintDate),
        batch.map((t) => t.estimateOptimisticHours),
        batch.map((t) => t.estimatePessimisticHours),
        batch.map((t) => t.fixedCost),
        batch.map((t) => t.costPerHour),
        batch.map((t) => parent(t.parentKey)),
        batch.map((t) => t.position),
        batch.map((t) => t.uid),
        batch.map((t) => cal(t.calendarKey)),
        batch.map((t) => t.durationElapsed),
        batch.map((t) => t.deadline),
        batch.map((t) => t.actualStart),
        batch.map((t) => t.actualFinish),
        batch.map((t) => t.percentComplete),
        batch.map((t) => t.remainingHours),
        batch.map((t) => (done(t) ? 'done' : t.actualStart !== null ? 'in_progress' : 'todo')),
      ],
    );
    wrote(batch.length);
  }
  for (const batch of batches(plan.milestones)) {
    await tx.query(
      `INSERT INTO milestones (id, program_id, workstream_id, name, due_date, parent_task_id, position,
         uid, calendar_id, constraint_type, constraint_date, achieved_at, state)
       SELECT id, $1, workstream_id, name, due_date, parent_task_id, position, uid, calendar_id,
              constraint_type, constraint_date, achieved_at,
              CASE WHEN achieved_at IS NULL THEN 'planned' ELSE 'achieved' END
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::uuid[], $7::int[], $8::int[],
                     $9::uuid[], $10::text[], $11::timestamp[], $12::timestamp[])
           AS m(id, workstream_id, name, due_date, parent_task_id, position, uid, calendar_id,
                constraint_type, constraint_date, achieved_at)`,
      [
        programId,
        batch.map((m) => ids.get(m.key)!.id),
        batch.map((m) => ws(m.workstreamKey)),
        batch.map((m) => m.name),
        batch.map((m) => m.dueDate),
        batch.map((m) => parent(m.parentKey)),
        batch.map((m) => m.position),
        batch.map((m) => m.uid),
        batch.map((m) => cal(m.calendarKey)),
        batch.map((m) => m.constraintType),
        batch.map((m) => m.constraintDate),
        batch.map((m) => m.achievedAt),
      ],
    );
    wrote(batch.length);
  }
  for (const batch of batches(plan.dependencies)) {
    const from = batch.map((d) => ids.get(d.predecessorKey)!);
    const to = batch.map((d) => ids.get(d.successorKey)!);
    const only = (list: typeof from, kind: 'task' | 'milestone') =>
      list.map((x) => (x.kind === kind ? x.id : null));
    await tx.query(
      `INSERT INTO dependencies (predecessor_task_id, predecessor_milestone_id, successor_task_id,
         successor_milestone_id, type, lag_minutes, lag_kind, lag_percent)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[],
                            $7::text[], $8::float8[])
       ON CONFLICT ON CONSTRAINT dependencies_pair_unique DO NOTHING`,
      [
        only(from, 'task'),
        only(from, 'milestone'),
        only(to, 'task'),
        only(to, 'milestone'),
        batch.map((d) => d.type),
        batch.map((d) => d.lagMinutes),
        batch.map((d) => d.lagKind),
        batch.map((d) => d.lagPercent),
      ],
    );
    wrote(batch.length);
  }
  if (plan.resources?.length) {
    await insertResources(tx, programId, plan, ids, cal);
    wrote(plan.resources.length);
  }
  if (plan.baseline?.length) {
    await insertFileBaseline(tx, programId, plan, ids, importedAt);
    wrote(1);
  }
  // Risks are few (each names its tasks in an array column): one statement each.
  for (const r of plan.risks) {
    await insertRisk(tx, programId, {
      title: r.title,
      probability: r.probability,
      delayHours: r.delayHours,
      cost: r.cost,
      taskIds: r.taskKeys.map((k) => ids.get(k)!.id),
    });
    wrote(1);
  }
  return {
    workstreams: plan.workstreams.length,
    milestones: plan.milestones.length,
    tasks: plan.tasks.length,
    dependencies: plan.dependencies.length,
    risks: plan.risks.length,
  };
}

/** The name MS Project's Baseline 0 gets in Waymark. */
export const FILE_BASELINE_NAME = 'Baseline 0 (from the file)';

/**
 * MS Project's Baseline 0 as a Waymark baseline: each baselined item at its baseline
 * start and finish (the file keeps no baseline float), so the schedule page compares
 * the plan against it as against any baseline.
 */
async function insertFileBaseline(
  tx: Queryable,
  programId: string,
  plan: ImportedPlan,
  ids: Map<string, { id: string; kind: 'task' | 'milestone' }>,
  importedAt: Date | null,
): Promise<void> {
  const rows = plan.baseline ?? [];
  const names = new Map([...plan.tasks, ...plan.milestones].map((i) => [i.key, i.name]));
  const hours = new Map(plan.tasks.map((t) => [t.key, t.estimateHours]));
  const items: ScheduleItem[] = rows.flatMap((b) => {
    const item = ids.get(b.key);
    if (!item) return [];
    return [
      {
        id: item.id,
        kind: item.kind,
        name: names.get(b.key) ?? '',
        earlyStart: b.start,
        earlyFinish: b.finish,
        lateStart: b.start,
        lateFinish: b.finish,
        totalSlackMinutes: 0,
        freeSlackMinutes: 0,
        critical: false,
        drivingPredecessorIds: [],
        durationMinutes: b.durationMinutes,
        estimateHours: hours.get(b.key) ?? null,
      },
    ];
  });
  if (items.length === 0) return;
  const start = items.reduce((m, i) => (i.earlyStart < m ? i.earlyStart : m), items[0]!.earlyStart);
  const finish = items.reduce(
    (m, i) => (i.earlyFinish > m ? i.earlyFinish : m),
    items[0]!.earlyFinish,
  );
  const snapshot: ScheduleSnapshot = { start, finish, items, diagnostics: [] };
  await tx.query(
    `INSERT INTO baselines (program_id, name, schedule, schedule_computed_at)
     VALUES ($1, $2, $3, coalesce($4, now()))`,
    [programId, FILE_BASELINE_NAME, JSON.stringify(snapshot), importedAt],
  );
}

/**
 * A file's resources: one with the name of exactly one active account is that person (their
 * assignments are the person's task assignments, so their calendar, capacity and load count);
 * another is kept as a resource of the program without an account. Said in the warnings.
 */
async function insertResources(
  tx: Queryable,
  programId: string,
  plan: ImportedPlan,
  ids: Map<string, { id: string; kind: 'task' | 'milestone' }>,
  cal: (key: string | null) => string | null,
): Promise<void> {
  const resources = plan.resources ?? [];
  const people = await tx.query<{ name: string; ids: string[] }>(
    `SELECT lower(name) AS name, array_agg(id) AS ids FROM users
      WHERE active AND lower(name) = ANY($1::text[]) GROUP BY lower(name)`,
    [resources.map((r) => r.name.toLowerCase())],
  );
  const personOf = new Map(people.rows.map((p) => [p.name, p.ids]));
  const resourceIds = new Map(resources.map((r) => [r.key, randomUUID()]));
  const userOf = new Map<string, string>();
  for (const r of resources) {
    const matches = personOf.get(r.name.toLowerCase()) ?? [];
    if (matches.length === 1) userOf.set(r.key, matches[0]!);
    plan.warnings.push({
      at: `Resource[UID=${r.uid ?? r.key}]`,
      field: 'Name',
      message:
        matches.length === 1
          ? `"${r.name}" is the person of that name here: their assignments are theirs.`
          : matches.length > 1
            ? `"${r.name}" matches ${matches.length} people here: kept as a resource without an account (link it to one of them).`
            : `"${r.name}" has no account here: kept as a resource of the program without an account.`,
    });
  }
  await tx.query(
    `INSERT INTO program_resources (id, program_id, name, user_id, max_units, calendar_id, uid)
     SELECT id, $1, name, user_id, max_units, calendar_id, uid
       FROM unnest($2::uuid[], $3::text[], $4::uuid[], $5::float8[], $6::uuid[], $7::int[])
         AS r(id, name, user_id, max_units, calendar_id, uid)`,
    [
      programId,
      resources.map((r) => resourceIds.get(r.key)),
      resources.map((r) => r.name),
      resources.map((r) => userOf.get(r.key) ?? null),
      resources.map((r) => r.maxUnits),
      resources.map((r) => cal(r.calendarKey)),
      resources.map((r) => r.uid),
    ],
  );
  const assignments = (plan.resourceAssignments ?? []).filter((a) => ids.has(a.taskKey));
  const personal = assignments.filter((a) => userOf.has(a.resourceKey));
  const kept = assignments.filter((a) => !userOf.has(a.resourceKey));
  // A person's task assignment holds up to 200 %: more is read as 200 %.
  for (const a of personal)
    if (a.units > 2)
      plan.warnings.push({
        at: `Assignment[Task=${a.taskKey}]`,
        field: 'Units',
        message: `${Math.round(a.units * 100)} % of one person is kept as 200 %, the most one person gives.`,
      });
  for (const batch of batches(personal))
    await tx.query(
      `INSERT INTO task_assignments (task_id, user_id, units)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::numeric[]) ON CONFLICT DO NOTHING`,
      [
        batch.map((a) => ids.get(a.taskKey)!.id),
        batch.map((a) => userOf.get(a.resourceKey)!),
        batch.map((a) => Math.min(2, Math.round(a.units * 100) / 100)),
      ],
    );
  for (const batch of batches(kept))
    await tx.query(
      `INSERT INTO resource_assignments (task_id, resource_id, units)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::float8[]) ON CONFLICT DO NOTHING`,
      [
        batch.map((a) => ids.get(a.taskKey)!.id),
        batch.map((a) => resourceIds.get(a.resourceKey)!),
        batch.map((a) => a.units),
      ],
    );
}
