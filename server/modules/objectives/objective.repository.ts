import type { ObjectiveState, OwnerKind } from '../../../contracts/objective.schema.js';
import type { Queryable } from '../../db/database.js';

export interface ObjectiveRow {
  id: string;
  period: string;
  title: string;
  description: string | null;
  owner_kind: OwnerKind;
  owner_team_id: string | null;
  team_name: string | null;
  owner_person_id: string | null;
  person_name: string | null;
  parent_id: string | null;
  parent_title: string | null;
  child_ids: string[];
  program_ids: string[];
  state: ObjectiveState;
  grade: number | null;
  graded_at: Date | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface KeyResultRow {
  id: string;
  objective_id: string;
  title: string;
  start_value: number;
  target_value: number;
  current_value: number | null;
  unit: string | null;
  binding: 'manual' | 'kpi' | 'milestones';
  kpi_id: string | null;
  milestone_ids: string[];
  milestones_achieved: number;
  confidence: number | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

export interface ObjectiveFilter {
  ids?: readonly string[];
  period?: string;
  ownerKind?: OwnerKind;
  teamId?: string;
  personId?: string;
  state?: ObjectiveState;
  programId?: string;
}

const OBJECTIVE_SELECT = `
  SELECT o.id, o.period, o.title, o.description, o.owner_kind, o.owner_team_id, t.name AS team_name,
         o.owner_person_id, u.name AS person_name, o.parent_id, p.title AS parent_title,
         coalesce((SELECT array_agg(c.id ORDER BY c.created_at, c.id) FROM objectives c WHERE c.parent_id = o.id), '{}') AS child_ids,
         coalesce((SELECT array_agg(op.program_id ORDER BY op.created_at, op.program_id) FROM objective_programs op WHERE op.objective_id = o.id), '{}') AS program_ids,
         o.state, o.grade::float8 AS grade, o.graded_at, o.version, o.created_at, o.updated_at
    FROM objectives o
    LEFT JOIN teams t ON t.id = o.owner_team_id
    LEFT JOIN users u ON u.id = o.owner_person_id
    LEFT JOIN objectives p ON p.id = o.parent_id`;

export async function findObjectives(
  db: Queryable,
  filter: ObjectiveFilter,
): Promise<ObjectiveRow[]> {
  const where: string[] = [];
  const values: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    values.push(value);
    where.push(sql.replace('?', `$${values.length}`));
  };
  if (filter.ids) add('o.id = ANY(?::uuid[])', filter.ids);
  if (filter.period) add('o.period = ?', filter.period);
  if (filter.ownerKind) add('o.owner_kind = ?', filter.ownerKind);
  if (filter.teamId) add('o.owner_team_id = ?', filter.teamId);
  if (filter.personId) add('o.owner_person_id = ?', filter.personId);
  if (filter.state) add('o.state = ?', filter.state);
  if (filter.programId)
    add(
      'EXISTS (SELECT 1 FROM objective_programs x WHERE x.objective_id = o.id AND x.program_id = ?)',
      filter.programId,
    );
  const r = await db.query<ObjectiveRow>(
    `${OBJECTIVE_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     ORDER BY o.period DESC, CASE o.owner_kind WHEN 'organization' THEN 0 WHEN 'team' THEN 1 ELSE 2 END,
              o.created_at, o.id`,
    values,
  );
  return r.rows;
}

export async function findObjective(db: Queryable, id: string): Promise<ObjectiveRow | null> {
  return (await findObjectives(db, { ids: [id] }))[0] ?? null;
}

export async function keyResultsOf(
  db: Queryable,
  objectiveIds: readonly string[],
): Promise<KeyResultRow[]> {
  const r = await db.query<KeyResultRow>(
    `SELECT k.id, k.objective_id, k.title, k.start_value::float8 AS start_value,
            k.target_value::float8 AS target_value, k.current_value::float8 AS current_value,
            k.unit, k.binding, k.kpi_id,
            coalesce((SELECT array_agg(m.milestone_id ORDER BY m.milestone_id) FROM key_result_milestones m WHERE m.key_result_id = k.id), '{}') AS milestone_ids,
            (SELECT count(*)::int FROM key_result_milestones m JOIN milestones ms ON ms.id = m.milestone_id
              WHERE m.key_result_id = k.id AND ms.state = 'achieved') AS milestones_achieved,
            (SELECT c.confidence FROM key_result_check_ins c WHERE c.key_result_id = k.id
              ORDER BY c.checked_in_at DESC, c.id DESC LIMIT 1) AS confidence,
            k.version, k.created_at, k.updated_at
       FROM key_results k WHERE k.objective_id = ANY($1::uuid[])
      ORDER BY k.created_at, k.id`,
    [objectiveIds],
  );
  return r.rows;
}

export async function objectiveOfKeyResult(db: Queryable, keyResultId: string) {
  const r = await db.query<{ objective_id: string }>(
    'SELECT objective_id FROM key_results WHERE id = $1',
    [keyResultId],
  );
  return r.rows[0]?.objective_id ?? null;
}

/** The chain of parents above `id`, nearest first (bounded: a cycle never loops). */
export async function ancestorsOf(db: Queryable, id: string): Promise<string[]> {
  const r = await db.query<{ id: string }>(
    `WITH RECURSIVE up(id, depth) AS (
       SELECT parent_id, 1 FROM objectives WHERE id = $1 AND parent_id IS NOT NULL
       UNION ALL
       SELECT o.parent_id, up.depth + 1 FROM objectives o JOIN up ON o.id = up.id
        WHERE o.parent_id IS NOT NULL AND up.depth < 100)
     SELECT id FROM up ORDER BY depth`,
    [id],
  );
  return r.rows.map((row) => row.id);
}

export async function insertObjective(
  db: Queryable,
  o: {
    period: string;
    title: string;
    description: string | null;
    ownerKind: OwnerKind;
    teamId: string | null;
    personId: string | null;
    parentId: string | null;
  },
): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO objectives (period, title, description, owner_kind, owner_team_id, owner_person_id, parent_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [o.period, o.title, o.description, o.ownerKind, o.teamId, o.personId, o.parentId],
  );
  return r.rows[0]!.id;
}

export async function insertKeyResult(
  db: Queryable,
  objectiveId: string,
  k: {
    title: string;
    startValue: number;
    targetValue: number;
    currentValue: number | null;
    unit: string | null;
    binding: string;
    kpiId: string | null;
  },
): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO key_results (objective_id, title, start_value, target_value, current_value, unit, binding, kpi_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [objectiveId, k.title, k.startValue, k.targetValue, k.currentValue, k.unit, k.binding, k.kpiId],
  );
  return r.rows[0]!.id;
}

export async function replaceKeyResultMilestones(
  db: Queryable,
  keyResultId: string,
  milestoneIds: readonly string[],
) {
  await db.query('DELETE FROM key_result_milestones WHERE key_result_id = $1', [keyResultId]);
  if (milestoneIds.length)
    await db.query(
      `INSERT INTO key_result_milestones (key_result_id, milestone_id)
       SELECT $1, unnest($2::uuid[])`,
      [keyResultId, milestoneIds],
    );
}

/** Those of `ids` that name no milestone. */
export async function missingMilestones(db: Queryable, ids: readonly string[]): Promise<string[]> {
  const r = await db.query<{ id: string }>('SELECT id FROM milestones WHERE id = ANY($1::uuid[])', [
    ids,
  ]);
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export interface CheckInRow {
  id: string;
  key_result_id: string;
  value: number | null;
  confidence: number;
  note: string | null;
  author_id: string | null;
  author_name: string | null;
  checked_in_at: Date;
}

export async function insertCheckIn(
  db: Queryable,
  c: {
    keyResultId: string;
    value: number | null;
    confidence: number;
    note: string | null;
    authorId: string | null;
    at: Date;
  },
): Promise<string> {
  const r = await db.query<{ id: string }>(
    `INSERT INTO key_result_check_ins (key_result_id, value, confidence, note, author_id, checked_in_at)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [c.keyResultId, c.value, c.confidence, c.note, c.authorId, c.at],
  );
  return r.rows[0]!.id;
}

export async function checkInsOf(
  db: Queryable,
  keyResultId: string,
  id?: string,
): Promise<CheckInRow[]> {
  const r = await db.query<CheckInRow>(
    `SELECT c.id, c.key_result_id, c.value::float8 AS value, c.confidence, c.note, c.author_id,
            u.name AS author_name, c.checked_in_at
       FROM key_result_check_ins c LEFT JOIN users u ON u.id = c.author_id
      WHERE c.key_result_id = $1 AND ($2::uuid IS NULL OR c.id = $2)
      ORDER BY c.checked_in_at DESC, c.id DESC`,
    [keyResultId, id ?? null],
  );
  return r.rows;
}

export async function linkProgram(db: Queryable, objectiveId: string, programId: string) {
  await db.query(
    `INSERT INTO objective_programs (objective_id, program_id) VALUES ($1, $2)
     ON CONFLICT DO NOTHING`,
    [objectiveId, programId],
  );
}

export async function unlinkProgram(
  db: Queryable,
  objectiveId: string,
  programId: string,
): Promise<boolean> {
  const r = await db.query(
    'DELETE FROM objective_programs WHERE objective_id = $1 AND program_id = $2',
    [objectiveId, programId],
  );
  return (r.rowCount ?? 0) > 0;
}

/** Programs not completed or cancelled that serve no objective of the period. */
export async function programsServingNoObjective(
  db: Queryable,
  period: string,
): Promise<{ id: string; name: string }[]> {
  const r = await db.query<{ id: string; name: string }>(
    `SELECT p.id, p.name FROM programs p
      WHERE p.status NOT IN ('completed', 'cancelled')
        AND NOT EXISTS (SELECT 1 FROM objective_programs op JOIN objectives o ON o.id = op.objective_id
                         WHERE op.program_id = p.id AND o.period = $1)
      ORDER BY p.name, p.id`,
    [period],
  );
  return r.rows;
}

export async function teamExists(db: Queryable, id: string) {
  return (await db.query('SELECT 1 FROM teams WHERE id = $1', [id])).rowCount === 1;
}
export async function userExists(db: Queryable, id: string) {
  return (await db.query('SELECT 1 FROM users WHERE id = $1', [id])).rowCount === 1;
}
export async function programExists(db: Queryable, id: string) {
  return (await db.query('SELECT 1 FROM programs WHERE id = $1', [id])).rowCount === 1;
}
