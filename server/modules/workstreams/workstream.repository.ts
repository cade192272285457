import type { Workstream, WorkstreamCreate } from '../../../contracts/workstream.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';

export interface WorkstreamRow {
  id: string;
  program_id: string;
  name: string;
  description: string;
  lead_id: string | null;
  sort_order: number;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export const WORKSTREAM_COLUMNS: Record<string, string> = {
  name: 'name',
  description: 'description',
  leadId: 'lead_id',
  sortOrder: 'sort_order',
};

export function toWorkstream(r: WorkstreamRow): Workstream {
  return {
    id: r.id,
    programId: r.program_id,
    name: r.name,
    description: r.description,
    leadId: r.lead_id,
    sortOrder: r.sort_order,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export async function findWorkstream(
  db: Queryable,
  id: string,
): Promise<WorkstreamRow | undefined> {
  return (await db.query<WorkstreamRow>('SELECT * FROM workstreams WHERE id = $1', [id])).rows[0];
}

export const WORKSTREAM_ENTITY: AuditedEntity<Workstream> = {
  table: 'workstreams',
  label: 'Workstream',
  auditType: 'workstream',
  read: async (db, id) => toWorkstream((await findWorkstream(db, id))!),
};

export async function listWorkstreams(db: Queryable, programId: string): Promise<WorkstreamRow[]> {
  return (
    await db.query<WorkstreamRow>(
      'SELECT * FROM workstreams WHERE program_id = $1 ORDER BY sort_order, lower(name), id',
      [programId],
    )
  ).rows;
}

export async function insertWorkstream(
  db: Queryable,
  programId: string,
  input: WorkstreamCreate,
): Promise<WorkstreamRow> {
  const columns = Object.entries(WORKSTREAM_COLUMNS).filter(
    ([field]) => (input as Record<string, unknown>)[field] !== undefined,
  );
  const r = await db.query<WorkstreamRow>(
    `INSERT INTO workstreams (program_id${columns.map(([, c]) => `, ${c}`).join('')})
     VALUES ($1${columns.map((_, i) => `, $${i + 2}`).join('')}) RETURNING *`,
    [programId, ...columns.map(([field]) => (input as Record<string, unknown>)[field])],
  );
  return r.rows[0]!;
}
