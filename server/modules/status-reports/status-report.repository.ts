import type { Queryable } from '../../db/database.js';
import type { ReportFacts } from '../../../engine/reporting/report-facts-types.js';

export interface StatusReportRow {
  id: string;
  program_id: string;
  program_name: string;
  status: 'draft' | 'published';
  period_start: string;
  period_end: string;
  title: string;
  summary: string;
  asks: string;
  health_override: 'green' | 'amber' | 'red' | null;
  health_override_reason: string | null;
  facts: ReportFacts;
  facts_computed_at: Date;
  created_by: string | null;
  published_at: Date | null;
  published_by: string | null;
  published_by_name: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
}

const SELECT = `SELECT r.id, r.program_id, p.name AS program_name, r.status,
    r.period_start::text, r.period_end::text, r.title, r.summary, r.asks, r.health_override,
    r.health_override_reason, r.facts, r.facts_computed_at, r.created_by, r.published_at,
    r.published_by, u.name AS published_by_name, r.version, r.created_at, r.updated_at
  FROM status_reports r
  JOIN programs p ON p.id = r.program_id
  LEFT JOIN users u ON u.id = r.published_by`;

export async function findStatusReport(
  db: Queryable,
  id: string,
): Promise<StatusReportRow | undefined> {
  return (await db.query<StatusReportRow>(`${SELECT} WHERE r.id = $1`, [id])).rows[0];
}

/** Newest first: by the end of the period, then by when drafted. */
export async function listStatusReports(
  db: Queryable,
  programId: string,
  filter: { status?: string | undefined; includeDrafts: boolean; limit: number; offset: number },
): Promise<{ rows: StatusReportRow[]; total: number }> {
  const where = `WHERE r.program_id = $1 AND ($2::text IS NULL OR r.status = $2)
                   AND ($3 OR r.status = 'published')`;
  const params = [programId, filter.status ?? null, filter.includeDrafts];
  const rows = await db.query<StatusReportRow>(
    `${SELECT} ${where} ORDER BY r.period_end DESC, r.created_at DESC, r.id LIMIT $4 OFFSET $5`,
    [...params, filter.limit, filter.offset],
  );
  const total = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM status_reports r ${where}`,
    params,
  );
  return { rows: rows.rows, total: total.rows[0]!.n };
}

/** The program's last published report (by period end, then publication). */
export async function lastPublishedReport(
  db: Queryable,
  programId: string,
  exceptId: string | null = null,
): Promise<StatusReportRow | undefined> {
  return (
    await db.query<StatusReportRow>(
      `${SELECT} WHERE r.program_id = $1 AND r.status = 'published' AND ($2::uuid IS NULL OR r.id <> $2)
        ORDER BY r.period_end DESC, r.published_at DESC LIMIT 1`,
      [programId, exceptId],
    )
  ).rows[0];
}

export async function insertStatusReport(
  tx: Queryable,
  row: {
    programId: string;
    title: string;
    periodStart: string;
    periodEnd: string;
    summary: string;
    facts: ReportFacts;
    factsComputedAt: Date;
    createdBy: string | null;
  },
): Promise<string> {
  const r = await tx.query<{ id: string }>(
    `INSERT INTO status_reports (program_id, title, period_start, period_end, summary, facts,
                                 facts_computed_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [
      row.programId,
      row.title,
      row.periodStart,
      row.periodEnd,
      row.summary,
      JSON.stringify(row.facts),
      row.factsComputedAt,
      row.createdBy,
    ],
  );
  return r.rows[0]!.id;
}

export interface ProgramReportBasics {
  name: string;
  start_date: string | null;
  target_date: string | null;
  time_zone: string;
  slack_webhook_url: string | null;
}

export async function programReportBasics(
  db: Queryable,
  programId: string,
): Promise<ProgramReportBasics | undefined> {
  return (
    await db.query<ProgramReportBasics>(
      `SELECT p.name, p.start_date::text, p.target_date::text, p.time_zone,
              -- A report's own webhook, or else the program's channel for its events.
              coalesce(s.slack_webhook_url, p.slack_webhook_url) AS slack_webhook_url
         FROM programs p LEFT JOIN program_report_settings s ON s.program_id = p.id
        WHERE p.id = $1`,
      [programId],
    )
  ).rows[0];
}

export async function saveSlackWebhook(
  tx: Queryable,
  programId: string,
  url: string | null,
): Promise<{ slack_webhook_url: string | null; version: number }> {
  return (
    await tx.query<{ slack_webhook_url: string | null; version: number }>(
      `INSERT INTO program_report_settings (program_id, slack_webhook_url) VALUES ($1, $2)
       ON CONFLICT (program_id) DO UPDATE
         SET slack_webhook_url = EXCLUDED.slack_webhook_url,
             version = program_report_settings.version + 1, updated_at = now()
       RETURNING slack_webhook_url, version`,
      [programId, url],
    )
  ).rows[0]!;
}
