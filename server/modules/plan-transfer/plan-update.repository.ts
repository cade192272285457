import { randomUUID } from 'node:crypto';
import type { Queryable } from '../../db/database.js';
import { DuplicateError } from '../../domain-errors.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import { DEPENDENCY_ENTITY } from '../dependencies/dependency.repository.js';
import { MILESTONE_ENTITY } from '../milestones/milestone.repository.js';
import { TASK_ENTITY } from '../tasks/task.repository.js';
import { WORKSTREAM_ENTITY } from '../workstreams/workstream.repository.js';
import type { ImportedPlan } from './plan-mapping.js';
import { existingCalendarNamed, type ExistingPlan, type PlanUpdate } from './plan-update-diff.js';

/** The program's plan as the diff compares it (plan-update-diff.ts), in the caller's transaction. */
export async function readExistingPlan(
  tx: Queryable,
  programId: string,
): Promise<ExistingPlan & { version: number }> {
  const program = (
    await tx.query<{
      start_date: string | null;
      start_time: string | null;
      calendar_id: string | null;
      version: number;
    }>('SELECT start_date, start_time, calendar_id, version FROM programs WHERE id = $1', [
      programId,
    ])
  ).rows[0]!;
  const calendars = await tx.query<ExistingPlan['calendars'][number]>(
    `SELECT id, name, base_calendar_id AS "baseId", time_zone AS "timeZone", week, exceptions
       FROM program_calendars WHERE program_id = $1 ORDER BY name`,
    [programId],
  );
  const workstreams = await tx.query<ExistingPlan['workstreams'][number]>(
    'SELECT id, uid, name FROM workstreams WHERE program_id = $1 ORDER BY sort_order, name',
    [programId],
  );
  const tasks = await tx.query<ExistingPlan['tasks'][number]>(
    `SELECT id, uid, name, workstream_id AS "workstreamId", parent_task_id AS "parentTaskId",
            calendar_id AS "calendarId", position, estimate_hours AS "estimateHours",
            duration_elapsed AS "durationElapsed", deadline, start_date AS "startDate",
            constraint_type AS "constraintType", constraint_date AS "constraintDate",
            estimate_optimistic_hours AS "estimateOptimisticHours",
            estimate_pessimistic_hours AS "estimatePessimisticHours", fixed_cost AS "fixedCost",
            cost_per_hour AS "costPerHour", actual_start AS "actualStart",
            actual_finish AS "actualFinish", percent_complete AS "percentComplete"
       FROM tasks WHERE program_id = $1 ORDER BY position NULLS LAST, created_at, id`,
    [programId],
  );
  const milestones = await tx.query<ExistingPlan['milestones'][number]>(
    `SELECT id, uid, name, workstream_id AS "workstreamId", parent_task_id AS "parentTaskId",
            calendar_id AS "calendarId", position, due_date AS "dueDate",
            constraint_type AS "constraintType", constraint_date AS "constraintDate",
            achieved_at AS "achievedAt"
       FROM milestones WHERE program_id = $1 ORDER BY position NULLS LAST, created_at, id`,
    [programId],
  );
  // Links with both ends in this program (a link to another program is not the file's to change).
  const dependencies = await tx.query<ExistingPlan['dependencies'][number]>(
    `WITH items AS (SELECT id FROM tasks WHERE program_id = $1
                    UNION ALL SELECT id FROM milestones WHERE program_id = $1)
     SELECT d.id, d.predecessor_id AS "predecessorId", d.successor_id AS "successorId", d.type,
            d.lag_kind AS "lagKind", d.lag_minutes AS "lagMinutes", d.lag_percent AS "lagPercent"
       FROM dependencies d
      WHERE d.predecessor_id IN (SELECT id FROM items) AND d.successor_id IN (SELECT id FROM items)
      ORDER BY d.created_at, d.id`,
    [programId],
  );
  return {
    version: program.version,
    startDate: program.start_date,
    startTime: program.start_time,
    calendarId: program.calendar_id,
    calendars: calendars.rows,
    workstreams: workstreams.rows,
    tasks: tasks.rows,
    milestones: milestones.rows,
    dependencies: dependencies.rows,
  };
}

export interface AppliedCounts {
  added: number;
  changed: number;
  removed: number;
}

type Counts = Record<
  'calendars' | 'workstreams' | 'tasks' | 'milestones' | 'dependencies',
  AppliedCounts
>;

/**
 * Writes an update (computed against the rows just read, in this transaction):
 * removals first (a removed task takes its links with it), then calendars,
 * workstreams, tasks in outline order (a parent before its children), milestones
 * and links; every item written has its audit row.
 */
export async function applyPlanUpdate(
  tx: Queryable,
  ctx: RequestContext,
  programId: string,
  existing: ExistingPlan,
  plan: ImportedPlan,
  update: PlanUpdate,
): Promise<Counts> {
  const audit = async <T>(
    entity: AuditedEntity<T>,
    id: string,
    action: string,
    before: T | null,
  ) => {
    const after = action === 'delete' ? null : await entity.read(tx, id);
    await recordAudit(tx, ctx, {
      entityType: entity.auditType,
      entityId: id,
      action,
      before,
      after,
      programId,
    });
  };
  const remove = async <T>(entity: AuditedEntity<T>, ids: string[]) => {
    for (const id of ids) {
      const found = await tx.query(`SELECT 1 FROM ${entity.table} WHERE id = $1`, [id]);
      // A link may already have gone with a task removed before it.
      if (found.rowCount === 0) continue;
      const before = await entity.read(tx, id);
      await tx.query(`DELETE FROM ${entity.table} WHERE id = $1`, [id]);
      await audit(entity, id, 'delete', before);
    }
  };
  const change = async <T>(
    entity: AuditedEntity<T>,
    id: string,
    columns: Record<string, unknown>,
  ) => {
    const before = await entity.read(tx, id);
    const names = Object.keys(columns);
    await tx.query(
      `UPDATE ${entity.table} SET ${names.map((c, i) => `${c} = $${i + 2}`).join(', ')},
         version = version + 1, updated_at = now() WHERE id = $1`,
      [id, ...names.map((c) => columns[c])],
    );
    await audit(entity, id, 'update', before);
  };
  const insert = async <T>(
    entity: AuditedEntity<T>,
    columns: Record<string, unknown>,
  ): Promise<void> => {
    const names = Object.keys(columns);
    await tx.query(
      `INSERT INTO ${entity.table} (${names.join(', ')}) VALUES (${names.map((_, i) => `$${i + 1}`).join(', ')})`,
      names.map((c) => columns[c]),
    );
    await audit(entity, columns.id as string, 'create', null);
  };

  await remove(
    DEPENDENCY_ENTITY,
    update.dependencies.removed.map((d) => d.id),
  );
  await remove(
    TASK_ENTITY,
    update.tasks.removed.map((t) => t.id),
  );
  await remove(
    MILESTONE_ENTITY,
    update.milestones.removed.map((m) => m.id),
  );
  await remove(
    WORKSTREAM_ENTITY,
    update.workstreams.removed.map((w) => w.id),
  );

  // Calendars: by name; a base may be a calendar added in this same update.
  const calendarIds = new Map<string, string>();
  for (const c of plan.calendars) {
    const e = existingCalendarNamed(existing, c.name);
    if (e) calendarIds.set(c.name, e.id);
  }
  for (const c of update.calendars.added) calendarIds.set(c.name, randomUUID());
  const fileCalendarName = new Map(plan.calendars.map((c) => [c.key, c.name]));
  const cal = (key: string | null) =>
    key === null ? null : (calendarIds.get(fileCalendarName.get(key) ?? '') ?? null);
  for (const c of update.calendars.added)
    await tx.query(
      `INSERT INTO program_calendars (id, program_id, name, time_zone, week, exceptions)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        calendarIds.get(c.name),
        programId,
        c.name,
        c.timeZone,
        JSON.stringify(c.week),
        JSON.stringify(c.exceptions),
      ],
    );
  for (const c of [...update.calendars.added, ...update.calendars.changed.map((x) => x.file)])
    await tx.query(
      `UPDATE program_calendars SET base_calendar_id = $2, time_zone = $3, week = $4, exceptions = $5,
         version = version + 1, updated_at = now() WHERE id = $1`,
      [
        calendarIds.get(c.name),
        cal(c.baseKey),
        c.timeZone,
        JSON.stringify(c.week),
        JSON.stringify(c.exceptions),
      ],
    );

  if (update.program.length > 0)
    await tx.query(
      'UPDATE programs SET start_date = $2, start_time = $3, calendar_id = $4 WHERE id = $1',
      [
        programId,
        plan.startDate,
        plan.startTime === '08:00' ? null : plan.startTime,
        cal(plan.projectCalendarKey),
      ],
    );

  // Workstreams: renamed through a name no one has, so that two may swap names.
  const workstreamIds = new Map(update.workstreamIds);
  for (const w of update.workstreams.added) workstreamIds.set(w.key, randomUUID());
  const matchedWorkstreams = new Set(workstreamIds.values());
  const keptNames = new Set(
    existing.workstreams
      .filter((w) => w.uid === null && !matchedWorkstreams.has(w.id))
      .map((w) => w.name),
  );
  for (const w of [...update.workstreams.added, ...update.workstreams.changed.map((x) => x.file)])
    if (keptNames.has(w.name))
      throw new DuplicateError(
        'body',
        `The file's workstream "${w.name}" has the name of a workstream made in Waymark; rename one of them and try again.`,
      );
  for (const { existing: e } of update.workstreams.changed)
    await tx.query('UPDATE workstreams SET name = $2 WHERE id = $1', [e.id, `~${e.id}`]);
  for (const { existing: e, file: f } of update.workstreams.changed)
    await change(WORKSTREAM_ENTITY, e.id, { name: f.name, uid: f.uid });
  const sortBase = existing.workstreams.length;
  for (const [i, w] of update.workstreams.added.entries())
    await insert(WORKSTREAM_ENTITY, {
      id: workstreamIds.get(w.key),
      program_id: programId,
      name: w.name,
      sort_order: sortBase + i,
      uid: w.uid,
    });
  const ws = (key: string | null) => (key === null ? null : (workstreamIds.get(key) ?? null));

  // Tasks and milestones: every file key to the row it is (matched) or will be (added).
  const itemIds = new Map(update.itemIds);
  for (const t of update.tasks.added) itemIds.set(t.key, randomUUID());
  for (const m of update.milestones.added) itemIds.set(m.key, randomUUID());
  const item = (key: string | null) => (key === null ? null : (itemIds.get(key) ?? null));

  const taskColumns = (t: ImportedPlan['tasks'][number]) => ({
    name: t.name,
    uid: t.uid,
    workstream_id: ws(t.workstreamKey),
    parent_task_id: item(t.parentKey),
    position: t.position,
    calendar_id: cal(t.calendarKey),
    estimate_hours: t.estimateHours,
    duration_elapsed: t.durationElapsed,
    deadline: t.deadline,
    start_date: t.startDate,
    constraint_type: t.constraintType,
    constraint_date: t.constraintDate,
    estimate_optimistic_hours: t.estimateOptimisticHours,
    estimate_pessimistic_hours: t.estimatePessimisticHours,
  });
  // Progress only from a file that carries it (as the diff compares it).
  const progressColumns = (t: ImportedPlan['tasks'][number]) =>
    t.actualStart === null
      ? {}
      : {
          actual_start: t.actualStart,
          actual_finish: t.actualFinish,
          percent_complete: t.percentComplete,
          remaining_hours: t.remainingHours,
          state: t.actualFinish !== null ? 'done' : 'in_progress',
        };
  // Outline order: a parent is written before its children.
  const addedTasks = new Set(update.tasks.added);
  const changedTasks = new Map(update.tasks.changed.map((c) => [c.file, c.existing.id]));
  for (const t of plan.tasks) {
    if (addedTasks.has(t))
      await insert(TASK_ENTITY, {
        id: itemIds.get(t.key),
        program_id: programId,
        fixed_cost: t.fixedCost,
        cost_per_hour: t.costPerHour,
        ...taskColumns(t),
        ...progressColumns(t),
      });
    else if (changedTasks.has(t))
      await change(TASK_ENTITY, changedTasks.get(t)!, { ...taskColumns(t), ...progressColumns(t) });
  }
  const milestoneColumns = (m: ImportedPlan['milestones'][number]) => ({
    name: m.name,
    uid: m.uid,
    workstream_id: ws(m.workstreamKey),
    parent_task_id: item(m.parentKey),
    position: m.position,
    calendar_id: cal(m.calendarKey),
    due_date: m.dueDate,
    constraint_type: m.constraintType,
    constraint_date: m.constraintDate,
    ...(m.achievedAt === null ? {} : { achieved_at: m.achievedAt, state: 'achieved' }),
  });
  for (const m of update.milestones.added)
    await insert(MILESTONE_ENTITY, {
      id: itemIds.get(m.key),
      program_id: programId,
      ...milestoneColumns(m),
    });
  for (const { existing: e, file: f } of update.milestones.changed)
    await change(MILESTONE_ENTITY, e.id, milestoneColumns(f));
  // Matched items keep the file's numbering too (a reorder alone is only reported when it moves one).
  for (const p of update.positions)
    await tx.query(
      `UPDATE ${p.kind === 'task' ? 'tasks' : 'milestones'} SET position = $2 WHERE id = $1`,
      [p.id, p.position],
    );

  const isTask = new Set(plan.tasks.map((t) => t.key));
  for (const d of update.dependencies.added) {
    const id = randomUUID();
    const from = itemIds.get(d.predecessorKey)!;
    const to = itemIds.get(d.successorKey)!;
    await insert(DEPENDENCY_ENTITY, {
      id,
      [isTask.has(d.predecessorKey) ? 'predecessor_task_id' : 'predecessor_milestone_id']: from,
      [isTask.has(d.successorKey) ? 'successor_task_id' : 'successor_milestone_id']: to,
      type: d.type,
      lag_minutes: d.lagMinutes,
      lag_kind: d.lagKind,
      lag_percent: d.lagPercent,
    });
  }
  for (const { existing: e, file: f } of update.dependencies.changed)
    await change(DEPENDENCY_ENTITY, e.id, {
      type: f.type,
      lag_minutes: f.lagMinutes,
      lag_kind: f.lagKind,
      lag_percent: f.lagPercent,
    });

  const counts = (k: { added: unknown[]; changed: unknown[]; removed: unknown[] }) => ({
    added: k.added.length,
    changed: k.changed.length,
    removed: k.removed.length,
  });
  return {
    calendars: counts(update.calendars),
    workstreams: counts(update.workstreams),
    tasks: counts(update.tasks),
    milestones: counts(update.milestones),
    dependencies: counts(update.dependencies),
  };
}
