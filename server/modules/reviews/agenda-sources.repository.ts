/**
 * Where a review's agenda comes from: one function per source, each returning
 * the rows of the programs named (the service has already kept only the
 * programs the caller sees). The agenda maths is engine/reporting/review-agenda.ts.
 *
 * Program health comes from the status reports, overdue items from the action items.
 */
import { dayNumber, formatDayNumber, mondayOf } from '../../../engine/capacity/index.js';
import type { Queryable } from '../../db/database.js';
import { computeWeeks, DEFAULT_CAPACITY_TIME_ZONE } from '../capacity/capacity-weeks.js';

export interface ProgramRef {
  id: string;
  name: string;
}

/** Every program, for a portfolio review (the service filters by what the caller sees). */
export async function allPrograms(db: Queryable): Promise<ProgramRef[]> {
  return (await db.query<ProgramRef>('SELECT id, name FROM programs ORDER BY name, id')).rows;
}

export interface MilestoneDatesRow {
  id: string;
  name: string;
  program_id: string;
  program_name: string;
  due_date: string | null;
  /** The stored schedule's finish (the service brings the schedule up to date first). */
  scheduled_finish: string | null;
  /** Its finish in the program's latest baseline. */
  baseline_finish: string | null;
  /** P80 of the program's latest successful forecast. */
  p80: string | null;
}

/** Planned (not achieved, not missed) milestones with the dates they are judged by. */
export async function milestoneDates(
  db: Queryable,
  programIds: string[],
): Promise<MilestoneDatesRow[]> {
  return (
    await db.query<MilestoneDatesRow>(
      `SELECT m.id, m.name, m.program_id, p.name AS program_name, m.due_date,
          (SELECT i ->> 'earlyFinish' FROM program_schedules s,
                  jsonb_array_elements(s.result -> 'items') i
            WHERE s.program_id = m.program_id AND i ->> 'id' = m.id::text LIMIT 1) AS scheduled_finish,
          (SELECT i ->> 'earlyFinish' FROM baselines b, jsonb_array_elements(b.schedule -> 'items') i
            WHERE b.program_id = m.program_id AND i ->> 'id' = m.id::text
            ORDER BY b.created_at DESC, b.id LIMIT 1) AS baseline_finish,
          (SELECT x ->> 'p80' FROM forecasts f, jsonb_array_elements(f.result -> 'milestones') x
            WHERE f.program_id = m.program_id AND f.status = 'succeeded' AND x ->> 'id' = m.id::text
            ORDER BY f.finished_at DESC NULLS LAST, f.id LIMIT 1) AS p80
         FROM milestones m JOIN programs p ON p.id = m.program_id
        WHERE m.program_id = ANY($1::uuid[]) AND m.state = 'planned'
        ORDER BY m.due_date NULLS LAST, m.name, m.id`,
      [programIds],
    )
  ).rows;
}

export interface RiskDueRow {
  id: string;
  title: string;
  program_id: string;
  program_name: string;
  status: string;
  review_date: string;
}

/** Open or mitigating risks whose review date is on or before the occurrence. */
export async function risksDueForReview(
  db: Queryable,
  programIds: string[],
  date: string,
): Promise<RiskDueRow[]> {
  return (
    await db.query<RiskDueRow>(
      `SELECT r.id, r.title, r.program_id, p.name AS program_name, r.status, r.review_date
         FROM program_risks r JOIN programs p ON p.id = r.program_id
        WHERE r.program_id = ANY($1::uuid[]) AND r.status IN ('open', 'mitigating')
          AND r.review_date <= $2::date
        ORDER BY r.review_date, r.title, r.id`,
      [programIds, date],
    )
  ).rows;
}

export interface DecisionNeededRow {
  id: string;
  title: string;
  program_id: string | null;
  program_name: string | null;
  needed_by: string;
}

/** Proposed decisions needed on or before the occurrence (the portfolio's own when asked). */
export async function decisionsNeeded(
  db: Queryable,
  programIds: string[],
  date: string,
  includePortfolio: boolean,
): Promise<DecisionNeededRow[]> {
  return (
    await db.query<DecisionNeededRow>(
      `SELECT d.id, d.title, d.program_id, p.name AS program_name, d.needed_by
         FROM decisions d LEFT JOIN programs p ON p.id = d.program_id
        WHERE d.status = 'proposed' AND d.needed_by <= $2::date
          AND (d.program_id = ANY($1::uuid[]) OR ($3 AND d.program_id IS NULL))
        ORDER BY d.needed_by, d.title, d.id`,
      [programIds, date, includePortfolio],
    )
  ).rows;
}

export interface ChangeRequestPendingRow {
  id: string;
  number: number;
  title: string;
  program_id: string;
  program_name: string;
  created_at: Date;
}

/** Change requests submitted and awaiting a decision. */
export async function changeRequestsAwaitingDecision(
  db: Queryable,
  programIds: string[],
): Promise<ChangeRequestPendingRow[]> {
  return (
    await db.query<ChangeRequestPendingRow>(
      `SELECT c.id, c.number, c.title, c.program_id, p.name AS program_name, c.created_at
         FROM change_requests c JOIN programs p ON p.id = c.program_id
        WHERE c.program_id = ANY($1::uuid[]) AND c.status = 'submitted'
        ORDER BY c.created_at, c.id`,
      [programIds],
    )
  ).rows;
}

export interface ProgramHealthRow {
  program_id: string;
  program_name: string;
  health: 'amber' | 'red';
  reasons: string[];
}

/**
 * Programs whose health is amber or red on the occurrence: as their latest status report
 * published by then says it (its override, or the health it computed, with the reasons);
 * a program with no published report yet, as its own health field says.
 */
export async function programsNotGreen(
  db: Queryable,
  programIds: string[],
  date: string,
): Promise<ProgramHealthRow[]> {
  const r = await db.query<ProgramHealthRow>(
    `SELECT program_id, program_name, health, reasons FROM (
       SELECT p.id AS program_id, p.name AS program_name,
              coalesce(r.health_override, r.facts->>'health', p.health) AS health,
              CASE
                WHEN r.id IS NULL THEN ARRAY['Set on the program; no status report is published yet.']
                WHEN r.health_override IS NOT NULL
                  THEN ARRAY['Overridden in the report: ' || coalesce(r.health_override_reason, '')]
                ELSE ARRAY(SELECT x->>'message'
                             FROM jsonb_array_elements(coalesce(r.facts->'healthReasons', '[]'::jsonb)) x
                            WHERE x->>'level' IN ('amber', 'red'))
              END AS reasons
         FROM programs p
         LEFT JOIN LATERAL (
           SELECT s.id, s.health_override, s.health_override_reason, s.facts
             FROM status_reports s
            WHERE s.program_id = p.id AND s.status = 'published'
              AND s.published_at < ($2::date + 1)
            ORDER BY s.published_at DESC, s.id LIMIT 1) r ON true
        WHERE p.id = ANY($1::uuid[])) h
      WHERE health IN ('amber', 'red')
      ORDER BY health DESC, program_name, program_id`,
    [programIds, date],
  );
  return r.rows;
}

export interface OverdueActionItemRow {
  id: string;
  title: string;
  program_id: string | null;
  program_name: string | null;
  owner_name: string | null;
  due_date: string;
}

/**
 * Open action items due before the occurrence, of the review's programs; a portfolio
 * review also gets the items of no program.
 */
export async function overdueActionItems(
  db: Queryable,
  programIds: string[],
  date: string,
  portfolio = false,
): Promise<OverdueActionItemRow[]> {
  const r = await db.query<OverdueActionItemRow>(
    `SELECT a.id, a.title, a.program_id, p.name AS program_name, u.name AS owner_name,
            to_char(a.due_date, 'YYYY-MM-DD') AS due_date
       FROM action_items a
       LEFT JOIN programs p ON p.id = a.program_id
       LEFT JOIN users u ON u.id = a.owner_id
      WHERE a.status = 'open' AND a.due_date < $2::date
        AND (a.program_id = ANY($1::uuid[]) OR ($3 AND a.program_id IS NULL))
      ORDER BY a.due_date, a.title, a.id`,
    [programIds, date, portfolio],
  );
  return r.rows;
}

/**
 * Whether each action-item outcome's action item is still open (carry-over keeps
 * the review's item on the agenda while it is). Keyed by outcome id; an outcome whose
 * item was deleted counts as closed.
 */
export async function actionItemsStillOpen(
  db: Queryable,
  outcomeIds: string[],
): Promise<Map<string, boolean>> {
  const r = await db.query<{ id: string; open: boolean }>(
    `SELECT o.id, coalesce(a.status = 'open', false) AS open
       FROM review_outcomes o LEFT JOIN action_items a ON a.id = o.action_item_id
      WHERE o.id = ANY($1::uuid[])`,
    [outcomeIds],
  );
  return new Map(r.rows.map((row) => [row.id, row.open]));
}

export interface OverAllocatedRow {
  person_id: string;
  person_name: string;
  week_start: string;
  load_percent: number | null;
  /** The programs loading those weeks, largest first (null: run work). */
  program_ids: (string | null)[];
}

/**
 * People booked beyond capacity in the week of the occurrence or the week after
 * (the organization's capacity zone), loaded by at least one of these programs.
 * One row per person: their worst week.
 */
export async function overAllocatedPeople(
  db: Queryable,
  programIds: string[],
  date: string,
): Promise<OverAllocatedRow[]> {
  if (programIds.length === 0) return [];
  const wanted = new Set(programIds);
  const firstWeek = formatDayNumber(mondayOf(dayNumber(date)));
  const { rows } = await computeWeeks(
    db,
    {},
    { firstWeek, weekCount: 2, timeZone: DEFAULT_CAPACITY_TIME_ZONE },
  );
  const found: OverAllocatedRow[] = [];
  for (const { person, weeks } of rows) {
    const over = weeks
      .filter((w) => w.status === 'over')
      .filter((w) => w.contributions.some((c) => c.programId !== null && wanted.has(c.programId)))
      .sort((a, b) => (b.loadRatio ?? Infinity) - (a.loadRatio ?? Infinity));
    const worst = over[0];
    if (!worst) continue;
    found.push({
      person_id: person.id,
      person_name: person.name,
      week_start: worst.weekStart,
      load_percent: worst.loadRatio === null ? null : Math.round(worst.loadRatio * 100),
      program_ids: worst.contributions.map((c) => c.programId),
    });
  }
  return found;
}
