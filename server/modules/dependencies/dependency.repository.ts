import type {
  Dependency,
  DependencyListQuery,
  PlanItemRef,
} from '../../../contracts/dependency.schema.js';
import type { AuditedEntity } from '../audit/audited-row.js';
import type { Queryable } from '../../db/database.js';
import type { DependencyEdge } from '../../../engine/dependency-graph/find-cycle.js';

// Arbitrary and constant (the migration lock is 7_361_001): every dependency
// insert in every instance takes it, so two concurrent inserts cannot each pass
// the cycle check and together close a cycle.
const DEPENDENCY_GRAPH_LOCK = 7_361_002;

export async function lockDependencyGraph(tx: Queryable): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1)', [DEPENDENCY_GRAPH_LOCK]);
}

/** Every edge of the graph: dependencies cross programs, so a cycle can too. */
export async function loadDependencyEdges(tx: Queryable): Promise<DependencyEdge[]> {
  const r = await tx.query<DependencyEdge>(
    'SELECT predecessor_id AS "predecessorId", successor_id AS "successorId" FROM dependencies',
  );
  return r.rows;
}

/**
 * Tasks and milestones by id (ids share one uuid space, so an id is one or the
 * other). With `lock`, the found rows are key-share locked until the transaction
 * ends, so a dependency is never written to an item being deleted.
 */
export async function findPlanItems(
  db: Queryable,
  ids: string[],
  options: { lock?: boolean } = {},
): Promise<Map<string, PlanItemRef>> {
  const lock = options.lock ? ' FOR KEY SHARE' : '';
  const found = new Map<string, PlanItemRef>();
  for (const kind of ['task', 'milestone'] as const) {
    const r = await db.query<{ id: string; name: string; program_id: string }>(
      `SELECT id, name, program_id FROM ${kind === 'task' ? 'tasks' : 'milestones'} WHERE id = ANY($1::uuid[])${lock}`,
      [ids],
    );
    for (const row of r.rows)
      found.set(row.id, { kind, id: row.id, name: row.name, programId: row.program_id });
  }
  return found;
}

export async function insertDependency(
  tx: Queryable,
  input: {
    predecessor: PlanItemRef;
    successor: PlanItemRef;
    type: Dependency['type'];
    lagMinutes: number;
    lagKind?: Dependency['lagKind'];
    lagPercent?: number | null;
  },
): Promise<string> {
  const { predecessor: p, successor: s } = input;
  const r = await tx.query<{ id: string }>(
    `INSERT INTO dependencies (predecessor_task_id, predecessor_milestone_id, successor_task_id, successor_milestone_id, type, lag_minutes, lag_kind, lag_percent)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      p.kind === 'task' ? p.id : null,
      p.kind === 'milestone' ? p.id : null,
      s.kind === 'task' ? s.id : null,
      s.kind === 'milestone' ? s.id : null,
      input.type,
      input.lagMinutes,
      input.lagKind ?? 'working',
      input.lagPercent ?? null,
    ],
  );
  return r.rows[0]!.id;
}

export interface DependencyRow {
  id: string;
  type: Dependency['type'];
  lag_minutes: number;
  lag_kind: Dependency['lagKind'];
  lag_percent: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  predecessor_id: string;
  predecessor_kind: PlanItemRef['kind'];
  predecessor_name: string;
  predecessor_program_id: string;
  successor_id: string;
  successor_kind: PlanItemRef['kind'];
  successor_name: string;
  successor_program_id: string;
}

export const DEPENDENCY_COLUMNS: Record<string, string> = {
  type: 'type',
  lagMinutes: 'lag_minutes',
  lagKind: 'lag_kind',
  lagPercent: 'lag_percent',
};

export function toDependency(r: DependencyRow): Dependency {
  return {
    id: r.id,
    predecessor: {
      kind: r.predecessor_kind,
      id: r.predecessor_id,
      name: r.predecessor_name,
      programId: r.predecessor_program_id,
    },
    successor: {
      kind: r.successor_kind,
      id: r.successor_id,
      name: r.successor_name,
      programId: r.successor_program_id,
    },
    type: r.type,
    lagMinutes: r.lag_minutes,
    lagKind: r.lag_kind,
    lagPercent: r.lag_percent,
    crossProgram: r.predecessor_program_id !== r.successor_program_id,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

const SELECT = `
  SELECT d.id, d.type, d.lag_minutes, d.lag_kind, d.lag_percent, d.version, d.created_at, d.updated_at,
         d.predecessor_id,
         CASE WHEN d.predecessor_task_id IS NULL THEN 'milestone' ELSE 'task' END AS predecessor_kind,
         coalesce(pt.name, pm.name) AS predecessor_name,
         coalesce(pt.program_id, pm.program_id) AS predecessor_program_id,
         d.successor_id,
         CASE WHEN d.successor_task_id IS NULL THEN 'milestone' ELSE 'task' END AS successor_kind,
         coalesce(st.name, sm.name) AS successor_name,
         coalesce(st.program_id, sm.program_id) AS successor_program_id
    FROM dependencies d
    LEFT JOIN tasks pt ON pt.id = d.predecessor_task_id
    LEFT JOIN milestones pm ON pm.id = d.predecessor_milestone_id
    LEFT JOIN tasks st ON st.id = d.successor_task_id
    LEFT JOIN milestones sm ON sm.id = d.successor_milestone_id`;

export async function findDependency(
  db: Queryable,
  id: string,
): Promise<DependencyRow | undefined> {
  return (await db.query<DependencyRow>(`${SELECT} WHERE d.id = $1`, [id])).rows[0];
}

/** Read with its ends named. */
export const DEPENDENCY_ENTITY: AuditedEntity<Dependency> = {
  table: 'dependencies',
  label: 'Dependency',
  auditType: 'dependency',
  read: async (db, id) => toDependency((await findDependency(db, id))!),
};

/** Items of a program, as a subquery on parameter `n`. */
const programItems = (n: string) =>
  `(SELECT id FROM tasks WHERE program_id = ${n} UNION ALL SELECT id FROM milestones WHERE program_id = ${n})`;

/** Dependencies with either end in the program and/or touching the item; all of them without a filter. */
export async function listDependencies(
  db: Queryable,
  query: DependencyListQuery,
): Promise<DependencyRow[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  if (query.programId) {
    params.push(query.programId);
    const items = programItems(`$${params.length}`);
    where.push(`(d.predecessor_id IN ${items} OR d.successor_id IN ${items})`);
  }
  if (query.itemId) {
    params.push(query.itemId);
    where.push(`(d.predecessor_id = $${params.length} OR d.successor_id = $${params.length})`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  return (
    await db.query<DependencyRow>(`${SELECT} ${whereSql} ORDER BY d.created_at, d.id`, params)
  ).rows;
}
