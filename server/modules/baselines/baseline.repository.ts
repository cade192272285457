import type { Baseline, BaselineSummary } from '../../../contracts/baseline.schema.js';
import type { ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import type { Queryable } from '../../db/database.js';
import type { AuditedEntity } from '../audit/audited-row.js';

export interface BaselineRow {
  id: string;
  program_id: string;
  name: string;
  schedule: ScheduleSnapshot;
  schedule_computed_at: Date;
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export function toBaselineSummary(r: BaselineRow): BaselineSummary {
  return {
    id: r.id,
    programId: r.program_id,
    name: r.name,
    finish: r.schedule.finish,
    itemCount: r.schedule.items.length,
    scheduleComputedAt: r.schedule_computed_at.toISOString(),
    createdById: r.created_by,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export function toBaseline(r: BaselineRow): Baseline {
  return { ...toBaselineSummary(r), schedule: r.schedule };
}

export async function findBaseline(db: Queryable, id: string): Promise<BaselineRow | undefined> {
  return (await db.query<BaselineRow>('SELECT * FROM baselines WHERE id = $1', [id])).rows[0];
}

/** Oldest first. */
export async function listBaselines(db: Queryable, programId: string): Promise<BaselineRow[]> {
  return (
    await db.query<BaselineRow>(
      'SELECT * FROM baselines WHERE program_id = $1 ORDER BY created_at, id',
      [programId],
    )
  ).rows;
}

export async function latestBaseline(
  db: Queryable,
  programId: string,
): Promise<BaselineRow | undefined> {
  return (
    await db.query<BaselineRow>(
      'SELECT * FROM baselines WHERE program_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1',
      [programId],
    )
  ).rows[0];
}

export async function insertBaseline(
  tx: Queryable,
  input: {
    programId: string;
    name: string;
    schedule: ScheduleSnapshot;
    scheduleComputedAt: string;
    createdBy: string | null;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO baselines (program_id, name, schedule, schedule_computed_at, created_by)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      input.programId,
      input.name,
      JSON.stringify(input.schedule),
      input.scheduleComputedAt,
      input.createdBy,
    ],
  );
  return r.rows[0]!.id;
}

/** Audited as its summary: the snapshot itself never changes and would only bloat the trail. */
export const BASELINE_ENTITY: AuditedEntity<BaselineSummary> = {
  table: 'baselines',
  label: 'Baseline',
  auditType: 'baseline',
  read: async (db, id) => toBaselineSummary((await findBaseline(db, id))!),
};
