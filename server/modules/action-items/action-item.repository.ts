import type {
  ActionItemCreate,
  ActionItemSourceKind,
  ActionItemStatus,
} from '../../../contracts/action-item.schema.js';
import type { Queryable } from '../../db/database.js';

export interface ActionItemRow {
  id: string;
  program_id: string | null;
  program_name: string | null;
  title: string;
  notes: string | null;
  owner_id: string;
  owner_name: string;
  owner_email: string;
  created_by_id: string | null;
  due_date: string | null;
  status: ActionItemStatus;
  completed_at: Date | null;
  source_kind: ActionItemSourceKind;
  source_id: string | null;
  due_notified_at: Date | null;
  overdue_notified_at: Date | null;
  /** Today where the item lives: the program's zone, or the owner's for a portfolio item. */
  local_today: string;
  version: number;
  created_at: Date;
  updated_at: Date;
}

/** Body fields kept in their own column. */
export const ACTION_ITEM_COLUMNS: Record<string, string> = {
  title: 'title',
  notes: 'notes',
  ownerId: 'owner_id',
  dueDate: 'due_date',
  status: 'status',
};

/** $1 is the clock's instant: "today" is read in SQL so that lists can filter on it. */
const LOCAL_TODAY = `(($1::timestamptz) AT TIME ZONE coalesce(p.time_zone, o.time_zone))::date`;

const SELECT = `SELECT a.*, to_char(a.due_date, 'YYYY-MM-DD') AS due_date,
    p.name AS program_name, o.name AS owner_name, o.email AS owner_email,
    to_char(${LOCAL_TODAY}, 'YYYY-MM-DD') AS local_today
  FROM action_items a
  JOIN users o ON o.id = a.owner_id
  LEFT JOIN programs p ON p.id = a.program_id`;

export async function findActionItem(
  db: Queryable,
  now: Date,
  id: string,
): Promise<ActionItemRow | undefined> {
  return (await db.query<ActionItemRow>(`${SELECT} WHERE a.id = $2`, [now, id])).rows[0];
}

export interface ActionItemFilter {
  state?: 'open' | 'done' | 'cancelled' | 'overdue' | undefined;
  ownerId?: string | undefined;
  programId?: string | undefined;
  sourceKind?: ActionItemSourceKind | undefined;
  sourceId?: string | undefined;
  /** Programs whose items may be listed (portfolio items are always listed); null: all. */
  visiblePrograms: string[] | null;
  limit: number;
  offset: number;
}

/** A page of items, open ones first, soonest due first (so overdue ones lead). */
export async function listActionItems(
  db: Queryable,
  now: Date,
  f: ActionItemFilter,
): Promise<{ rows: ActionItemRow[]; total: number }> {
  const where = `WHERE ($2::text IS NULL OR a.status = $2 OR ($2 = 'overdue' AND a.status = 'open'
                       AND a.due_date < ${LOCAL_TODAY}))
      AND ($3::uuid IS NULL OR a.owner_id = $3)
      AND ($4::uuid IS NULL OR a.program_id = $4)
      AND ($5::text IS NULL OR a.source_kind = $5)
      AND ($6::uuid IS NULL OR a.source_id = $6)
      AND (a.program_id IS NULL OR $7::uuid[] IS NULL OR a.program_id = ANY($7::uuid[]))`;
  const params = [
    now,
    f.state ?? null,
    f.ownerId ?? null,
    f.programId ?? null,
    f.sourceKind ?? null,
    f.sourceId ?? null,
    f.visiblePrograms,
  ];
  const total = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM action_items a JOIN users o ON o.id = a.owner_id
       LEFT JOIN programs p ON p.id = a.program_id ${where}`,
    params,
  );
  const rows = await db.query<ActionItemRow>(
    `${SELECT} ${where}
      ORDER BY a.status = 'open' DESC, a.due_date NULLS LAST, a.created_at, a.id
      LIMIT $8 OFFSET $9`,
    [...params, f.limit, f.offset],
  );
  return { rows: rows.rows, total: total.rows[0]!.n };
}

export async function insertActionItem(
  tx: Queryable,
  input: ActionItemCreate & { ownerId: string; createdById: string | null },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO action_items (program_id, title, notes, owner_id, created_by_id, due_date,
                               source_kind, source_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      input.programId ?? null,
      input.title,
      input.notes ?? null,
      input.ownerId,
      input.createdById,
      input.dueDate ?? null,
      input.sourceKind ?? 'manual',
      input.sourceId ?? null,
    ],
  );
  return r.rows[0]!.id;
}

/** Sources that belong to one program, and the table each lives in. */
export const PROGRAM_SOURCES = {
  risk: { table: 'program_risks', noun: 'risk' },
  status_report: { table: 'status_reports', noun: 'status report' },
  post_mortem: { table: 'post_mortems', noun: 'post-mortem' },
} as const;
export type ProgramSourceKind = keyof typeof PROGRAM_SOURCES;

/**
 * Whether the source (a risk, a status report, a post-mortem) is one of this program's,
 * locking it so it stays while the item is written.
 */
export async function isSourceOfProgram(
  tx: Queryable,
  kind: ProgramSourceKind,
  sourceId: string,
  programId: string | null,
): Promise<boolean> {
  if (programId === null) return false;
  const r = await tx.query(
    `SELECT 1 FROM ${PROGRAM_SOURCES[kind].table} WHERE id = $1 AND program_id = $2 FOR KEY SHARE`,
    [sourceId, programId],
  );
  return (r.rowCount ?? 0) > 0;
}

/**
 * Whether the review can be an item's source: a portfolio review (whose agenda spans
 * every program), or a review of this program. An item of no program needs a portfolio
 * review. Locks it while the item is written.
 */
export async function isReviewOf(
  tx: Queryable,
  reviewId: string,
  programId: string | null,
): Promise<boolean> {
  const r = await tx.query(
    programId === null
      ? `SELECT 1 FROM reviews WHERE id = $1 AND scope = 'portfolio' FOR KEY SHARE`
      : `SELECT 1 FROM reviews r WHERE r.id = $1 AND (r.scope = 'portfolio' OR EXISTS (
           SELECT 1 FROM review_programs rp WHERE rp.review_id = r.id AND rp.program_id = $2))
         FOR KEY SHARE`,
    programId === null ? [reviewId] : [reviewId, programId],
  );
  return (r.rowCount ?? 0) > 0;
}

export interface AccountStanding {
  id: string;
  role: 'admin' | 'tpm_manager' | 'tpm' | 'stakeholder';
  name: string;
  email: string;
}

export async function activeAccount(
  db: Queryable,
  id: string,
): Promise<AccountStanding | undefined> {
  const r = await db.query<AccountStanding>(
    'SELECT id, role, name, email FROM users WHERE id = $1 AND active',
    [id],
  );
  return r.rows[0];
}

/** Every program id: the caller's sight picks the ones they may list. */
export async function allProgramIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>('SELECT id FROM programs')).rows.map((r) => r.id);
}

/** Open items with a due date whose reminders are not all sent, due by the day after tomorrow. */
export async function itemsOwingReminders(db: Queryable, now: Date): Promise<ActionItemRow[]> {
  const r = await db.query<ActionItemRow>(
    `${SELECT} WHERE a.status = 'open' AND a.due_date IS NOT NULL
        AND (a.due_notified_at IS NULL OR a.overdue_notified_at IS NULL)
        AND a.due_date <= ${LOCAL_TODAY} + 1
      ORDER BY a.due_date, a.id`,
    [now],
  );
  return r.rows;
}
