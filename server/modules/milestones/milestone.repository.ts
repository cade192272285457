import type {
  Milestone,
  MilestoneCreate,
  SuccessCriterion,
} from '../../../contracts/milestone.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';
import { criteriaByMilestone } from './success-criterion.repository.js';

export interface MilestoneRow {
  id: string;
  program_id: string;
  workstream_id: string | null;
  name: string;
  description: string;
  due_date: string | null;
  state: Milestone['state'];
  achieved_at: string | null;
  parent_task_id: string | null;
  position: number | null;
  uid: number | null;
  calendar_id: string | null;
  constraint_type: Milestone['constraintType'];
  constraint_date: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const MILESTONE_COLUMNS: Record<string, string> = {
  workstreamId: 'workstream_id',
  name: 'name',
  description: 'description',
  dueDate: 'due_date',
  state: 'state',
  achievedAt: 'achieved_at',
  parentTaskId: 'parent_task_id',
  position: 'position',
  uid: 'uid',
  calendarId: 'calendar_id',
  constraintType: 'constraint_type',
  constraintDate: 'constraint_date',
};

export function toMilestone(r: MilestoneRow, criteria: SuccessCriterion[]): Milestone {
  return {
    id: r.id,
    programId: r.program_id,
    workstreamId: r.workstream_id,
    name: r.name,
    description: r.description,
    dueDate: r.due_date,
    state: r.state,
    achievedAt: r.achieved_at,
    parentTaskId: r.parent_task_id,
    position: r.position,
    uid: r.uid,
    calendarId: r.calendar_id,
    constraintType: r.constraint_type,
    constraintDate: r.constraint_date,
    criteria,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

async function withCriteria(db: Queryable, rows: MilestoneRow[]): Promise<Milestone[]> {
  const criteria = await criteriaByMilestone(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toMilestone(r, criteria.get(r.id) ?? []));
}

/** A milestone with its success criteria. */
export async function findMilestone(db: Queryable, id: string): Promise<Milestone | undefined> {
  const rows = (await db.query<MilestoneRow>('SELECT * FROM milestones WHERE id = $1', [id])).rows;
  return (await withCriteria(db, rows))[0];
}

/** With its criteria: the audit rows of a milestone write show them too. */
export const MILESTONE_ENTITY: AuditedEntity<Milestone> = {
  table: 'milestones',
  label: 'Milestone',
  auditType: 'milestone',
  read: async (db, id) => (await findMilestone(db, id))!,
};

/** A program's milestones by due date (undated last), each with its success criteria. */
export async function listMilestones(db: Queryable, programId: string): Promise<Milestone[]> {
  const rows = (
    await db.query<MilestoneRow>(
      'SELECT * FROM milestones WHERE program_id = $1 ORDER BY due_date ASC NULLS LAST, lower(name), id',
      [programId],
    )
  ).rows;
  return withCriteria(db, rows);
}

export async function insertMilestone(
  db: Queryable,
  programId: string,
  input: MilestoneCreate,
): Promise<string> {
  const columns = Object.entries(MILESTONE_COLUMNS).filter(
    ([field]) => (input as Record<string, unknown>)[field] !== undefined,
  );
  const r = await db.query<{ id: string }>(
    `INSERT INTO milestones (program_id${columns.map(([, c]) => `, ${c}`).join('')})
     VALUES ($1${columns.map((_, i) => `, $${i + 2}`).join('')}) RETURNING id`,
    [programId, ...columns.map(([field]) => (input as Record<string, unknown>)[field])],
  );
  return r.rows[0]!.id;
}
