import type {
  DecisionCreate,
  DecisionOption,
  DecisionOptionInput,
  DecisionStatus,
} from '../../../contracts/decision.schema.js';
import type { Queryable } from '../../db/database.js';

/**
 * A decision's links to other registers of its program, each a table of
 * (decision_id, <column>, position). Issues and change requests are one line each
 * here (and a table of the same shape) once those registers exist.
 */
export const DECISION_LINKS = [
  {
    field: 'riskIds',
    table: 'decision_risks',
    column: 'risk_id',
    /** The register linked to; its rows carry program_id. */
    target: 'program_risks',
    noun: 'risk',
  },
  {
    field: 'issueIds',
    table: 'decision_issues',
    column: 'issue_id',
    target: 'program_issues',
    noun: 'issue',
  },
  {
    field: 'changeRequestIds',
    table: 'decision_change_requests',
    column: 'change_request_id',
    target: 'change_requests',
    noun: 'change request',
  },
] as const;
export type DecisionLinkField = (typeof DECISION_LINKS)[number]['field'];

export interface DecisionRow {
  id: string;
  program_id: string | null;
  program_name: string | null;
  time_zone: string | null;
  title: string;
  context: string | null;
  options: DecisionOption[];
  decision: string | null;
  chosen_option: number | null;
  decided_by_id: string | null;
  decided_by_name: string | null;
  decided_on: string | null;
  status: DecisionStatus;
  superseded_by_id: string | null;
  superseded_by_title: string | null;
  supersedes: string[];
  needed_by: string | null;
  links: Record<DecisionLinkField, string[]>;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Body fields kept in the decisions table itself, by column. */
export const DECISION_COLUMNS: Record<string, string> = {
  title: 'title',
  context: 'context',
  decision: 'decision',
  chosenOption: 'chosen_option',
  decidedById: 'decided_by_id',
  decidedOn: 'decided_on',
  status: 'status',
  supersededById: 'superseded_by_id',
  neededBy: 'needed_by',
};

const LINKS_JSON = DECISION_LINKS.map(
  (l) =>
    `'${l.field}', coalesce((SELECT json_agg(k.${l.column} ORDER BY k.position)
                         FROM ${l.table} k WHERE k.decision_id = d.id), '[]'::json)`,
).join(', ');

const SELECT = `SELECT d.*, p.name AS program_name, p.time_zone, u.name AS decided_by_name,
    s.title AS superseded_by_title,
    coalesce((SELECT json_agg(json_build_object('name', o.name, 'pros', o.pros, 'cons', o.cons,
                                                'cost', o.cost) ORDER BY o.position)
                FROM decision_options o WHERE o.decision_id = d.id), '[]'::json) AS options,
    coalesce((SELECT json_agg(x.id ORDER BY x.created_at, x.id)
                FROM decisions x WHERE x.superseded_by_id = d.id), '[]'::json) AS supersedes,
    json_build_object(${LINKS_JSON}) AS links
  FROM decisions d
  LEFT JOIN programs p ON p.id = d.program_id
  LEFT JOIN users u ON u.id = d.decided_by_id
  LEFT JOIN decisions s ON s.id = d.superseded_by_id`;

const ORDER = 'ORDER BY d.needed_by NULLS LAST, d.created_at, d.id';

export async function findDecision(db: Queryable, id: string): Promise<DecisionRow | undefined> {
  return (await db.query<DecisionRow>(`${SELECT} WHERE d.id = $1`, [id])).rows[0];
}

export interface DecisionFilter {
  status?: DecisionStatus | undefined;
}

/** One program's decisions. */
export async function listProgramDecisions(
  db: Queryable,
  programId: string,
  filter: DecisionFilter,
): Promise<DecisionRow[]> {
  return (
    await db.query<DecisionRow>(
      `${SELECT} WHERE d.program_id = $1 AND ($2::text IS NULL OR d.status = $2) ${ORDER}`,
      [programId, filter.status ?? null],
    )
  ).rows;
}

/** Decisions of these programs (or of every program when null), and the portfolio's own. */
export async function listPortfolioDecisions(
  db: Queryable,
  filter: DecisionFilter & { programId?: string | undefined },
): Promise<DecisionRow[]> {
  return (
    await db.query<DecisionRow>(
      `${SELECT}
        WHERE ($1::text IS NULL OR d.status = $1)
          AND ($2::uuid IS NULL OR d.program_id = $2)
        ${ORDER}`,
      [filter.status ?? null, filter.programId ?? null],
    )
  ).rows;
}

export async function insertDecision(
  tx: Queryable,
  programId: string | null,
  input: DecisionCreate & { status: DecisionStatus },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO decisions (program_id, title, context, decision, chosen_option, decided_by_id,
                            decided_on, status, superseded_by_id, needed_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      programId,
      input.title,
      input.context ?? null,
      input.decision ?? null,
      input.chosenOption ?? null,
      input.decidedById ?? null,
      input.decidedOn ?? null,
      input.status,
      input.supersededById ?? null,
      input.neededBy ?? null,
    ],
  );
  return r.rows[0]!.id;
}

/** Replaces the options with these, in this order. */
export async function replaceOptions(
  tx: Queryable,
  decisionId: string,
  options: DecisionOptionInput[],
): Promise<void> {
  await tx.query('DELETE FROM decision_options WHERE decision_id = $1', [decisionId]);
  if (options.length === 0) return;
  await tx.query(
    `INSERT INTO decision_options (decision_id, position, name, pros, cons, cost)
     SELECT $1, e.n - 1, e.v ->> 'name', e.v ->> 'pros', e.v ->> 'cons', (e.v ->> 'cost')::numeric
       FROM jsonb_array_elements($2::jsonb) WITH ORDINALITY AS e(v, n)`,
    [decisionId, JSON.stringify(options)],
  );
}

/** Replaces one kind of link with these ids, in this order. */
export async function replaceLinks(
  tx: Queryable,
  decisionId: string,
  link: (typeof DECISION_LINKS)[number],
  ids: string[],
): Promise<void> {
  await tx.query(`DELETE FROM ${link.table} WHERE decision_id = $1`, [decisionId]);
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO ${link.table} (decision_id, ${link.column}, position)
     SELECT $1, l.id, l.ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS l(id, ordinality)`,
    [decisionId, ids],
  );
}

/** The ids among `ids` that are not rows of the link's register in this program (locking those that are). */
export async function linksOutsideProgram(
  tx: Queryable,
  link: (typeof DECISION_LINKS)[number],
  programId: string | null,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await tx.query<{ id: string }>(
    `SELECT id FROM ${link.target} WHERE program_id = $1 AND id = ANY($2::uuid[]) FOR KEY SHARE`,
    [programId, ids],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

/** The program of a decision (null: the portfolio), or undefined when there is none. */
export async function scopeOfDecision(
  db: Queryable,
  id: string,
): Promise<{ programId: string | null } | undefined> {
  const r = await db.query<{ program_id: string | null }>(
    'SELECT program_id FROM decisions WHERE id = $1',
    [id],
  );
  return r.rows[0] ? { programId: r.rows[0].program_id } : undefined;
}

export async function isActiveUser(db: Queryable, id: string): Promise<boolean> {
  return (await db.query('SELECT 1 FROM users WHERE id = $1 AND active', [id])).rowCount !== 0;
}

/** The decisions that this one replaced, which would be left pointing at nothing. */
export async function decisionsSupersededBy(db: Queryable, id: string): Promise<string[]> {
  const r = await db.query<{ title: string }>(
    'SELECT title FROM decisions WHERE superseded_by_id = $1 ORDER BY created_at, id',
    [id],
  );
  return r.rows.map((row) => row.title);
}

export async function programTimeZone(db: Queryable, programId: string): Promise<string> {
  const r = await db.query<{ time_zone: string }>('SELECT time_zone FROM programs WHERE id = $1', [
    programId,
  ]);
  return r.rows[0]?.time_zone ?? 'UTC';
}
