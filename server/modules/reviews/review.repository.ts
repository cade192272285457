import type { AgendaItemSnapshot, ReviewOutcomeKind } from '../../../contracts/review.schema.js';
import type { Queryable } from '../../db/database.js';

export interface ReviewRow {
  id: string;
  title: string;
  scope: 'portfolio' | 'programs';
  programs: { id: string; name: string }[];
  starts_on: string;
  time_of_day: string | null;
  duration_minutes: number | null;
  time_zone: string;
  recurrence: string | null;
  participants: { id: string; name: string }[];
  created_by: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT r.*,
    coalesce((SELECT json_agg(json_build_object('id', p.id, 'name', p.name) ORDER BY rp.position)
                FROM review_programs rp JOIN programs p ON p.id = rp.program_id
               WHERE rp.review_id = r.id), '[]'::json) AS programs,
    coalesce((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY x.position)
                FROM review_participants x JOIN users u ON u.id = x.user_id
               WHERE x.review_id = r.id), '[]'::json) AS participants
  FROM reviews r`;

/** Body fields kept in the reviews table itself, by column. */
export const REVIEW_COLUMNS: Record<string, string> = {
  title: 'title',
  startsOn: 'starts_on',
  time: 'time_of_day',
  durationMinutes: 'duration_minutes',
  timeZone: 'time_zone',
  recurrence: 'recurrence',
};

export async function findReview(db: Queryable, id: string): Promise<ReviewRow | undefined> {
  return (await db.query<ReviewRow>(`${SELECT} WHERE r.id = $1`, [id])).rows[0];
}

export async function listReviews(db: Queryable): Promise<ReviewRow[]> {
  return (await db.query<ReviewRow>(`${SELECT} ORDER BY r.title, r.created_at, r.id`)).rows;
}

export async function insertReview(
  tx: Queryable,
  row: {
    title: string;
    scope: 'portfolio' | 'programs';
    startsOn: string;
    time: string | null;
    durationMinutes: number | null;
    timeZone: string;
    recurrence: string | null;
    createdBy: string | null;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO reviews (title, scope, starts_on, time_of_day, duration_minutes, time_zone,
                          recurrence, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      row.title,
      row.scope,
      row.startsOn,
      row.time,
      row.durationMinutes,
      row.timeZone,
      row.recurrence,
      row.createdBy,
    ],
  );
  return r.rows[0]!.id;
}

/** Replaces one of the review's lists (programs or participants) with these ids, in order. */
export async function replaceReviewList(
  tx: Queryable,
  reviewId: string,
  list: 'programs' | 'participants',
  ids: string[],
): Promise<void> {
  const [table, column] =
    list === 'programs' ? ['review_programs', 'program_id'] : ['review_participants', 'user_id'];
  await tx.query(`DELETE FROM ${table} WHERE review_id = $1`, [reviewId]);
  if (ids.length === 0) return;
  await tx.query(
    `INSERT INTO ${table} (review_id, ${column}, position)
     SELECT $1, l.id, l.ordinality - 1 FROM unnest($2::uuid[]) WITH ORDINALITY AS l(id, ordinality)`,
    [reviewId, ids],
  );
}

/** Of these ids, those that are not programs (locking those that are while the review is written). */
export async function missingPrograms(tx: Queryable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await tx.query<{ id: string }>(
    'SELECT id FROM programs WHERE id = ANY($1::uuid[]) FOR KEY SHARE',
    [ids],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

/** Of these ids, those that are not active accounts. */
export async function inactiveUsers(tx: Queryable, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const r = await tx.query<{ id: string }>(
    'SELECT id FROM users WHERE id = ANY($1::uuid[]) AND active FOR KEY SHARE',
    [ids],
  );
  const found = new Set(r.rows.map((row) => row.id));
  return ids.filter((id) => !found.has(id));
}

export async function programZone(db: Queryable, programId: string): Promise<string | undefined> {
  const r = await db.query<{ time_zone: string }>('SELECT time_zone FROM programs WHERE id = $1', [
    programId,
  ]);
  return r.rows[0]?.time_zone;
}

export interface OutcomeRow {
  id: string;
  review_id: string;
  occurrence_on: string;
  item_key: string;
  item: AgendaItemSnapshot;
  kind: ReviewOutcomeKind;
  text: string;
  resolved: boolean;
  decision_id: string | null;
  action_item: { title: string; ownerId?: string | null; dueDate?: string | null } | null;
  action_item_id: string | null;
  created_by: string | null;
  created_by_name: string | null;
  version: number;
  created_at: Date;
}

const OUTCOME_SELECT = `SELECT o.*, u.name AS created_by_name
  FROM review_outcomes o LEFT JOIN users u ON u.id = o.created_by`;

/** The review's outcomes up to and including `through` (all of them when null), oldest first. */
export async function listOutcomes(
  db: Queryable,
  reviewId: string,
  through: string | null,
): Promise<OutcomeRow[]> {
  return (
    await db.query<OutcomeRow>(
      `${OUTCOME_SELECT} WHERE o.review_id = $1 AND ($2::date IS NULL OR o.occurrence_on <= $2)
        ORDER BY o.occurrence_on, o.created_at, o.id`,
      [reviewId, through],
    )
  ).rows;
}

export async function findOutcome(db: Queryable, id: string): Promise<OutcomeRow | undefined> {
  return (await db.query<OutcomeRow>(`${OUTCOME_SELECT} WHERE o.id = $1`, [id])).rows[0];
}

export async function insertOutcome(
  tx: Queryable,
  row: {
    reviewId: string;
    date: string;
    item: AgendaItemSnapshot;
    kind: ReviewOutcomeKind;
    text: string;
    resolved: boolean;
    decisionId: string | null;
    actionItem: OutcomeRow['action_item'];
    actionItemId: string | null;
    createdBy: string | null;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO review_outcomes (review_id, occurrence_on, item_key, item, kind, text, resolved,
                                  decision_id, action_item, action_item_id, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
    [
      row.reviewId,
      row.date,
      row.item.key,
      JSON.stringify(row.item),
      row.kind,
      row.text,
      row.resolved,
      row.decisionId,
      row.actionItem === null ? null : JSON.stringify(row.actionItem),
      row.actionItemId,
      row.createdBy,
    ],
  );
  return r.rows[0]!.id;
}
