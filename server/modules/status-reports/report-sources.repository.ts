import type { Queryable } from '../../db/database.js';

/**
 * The live rows a draft is computed from, beyond the schedule: milestone states,
 * the latest baseline and forecast, and the registers of the program. Dates come
 * back as ISO days in the program's zone where they were instants.
 */
export async function loadReportSources(db: Queryable, programId: string, timeZone: string) {
  const q = <T extends object>(sql: string, params: unknown[] = [programId]) =>
    db.query<T>(sql, params).then((r) => r.rows);
  const [milestones, baseline, forecast, risks, issues, decisions, changeRequests] =
    await Promise.all([
      q<{
        id: string;
        name: string;
        due_date: string | null;
        state: string;
        achieved_on: string | null;
      }>(
        `SELECT id, name, due_date::text, state, achieved_at::date::text AS achieved_on
           FROM milestones WHERE program_id = $1`,
      ),
      q<{
        schedule: { finish: string; items: { id: string; kind: string; earlyFinish: string }[] };
      }>(
        `SELECT schedule FROM baselines WHERE program_id = $1 ORDER BY created_at DESC, id LIMIT 1`,
      ),
      q<{ p50: string | null; p80: string | null }>(
        `SELECT (SELECT x ->> 'finish' FROM jsonb_array_elements(result -> 'finish' -> 'percentiles') x
                  WHERE (x ->> 'p')::numeric = 50) AS p50,
                (SELECT x ->> 'finish' FROM jsonb_array_elements(result -> 'finish' -> 'percentiles') x
                  WHERE (x ->> 'p')::numeric = 80) AS p80
           FROM forecasts WHERE program_id = $1 AND status = 'succeeded' AND result IS NOT NULL
          ORDER BY requested_at DESC LIMIT 1`,
      ),
      q<{
        id: string;
        title: string;
        status: string;
        created_on: string;
        closed_on: string | null;
      }>(
        `SELECT id, title, status, (created_at AT TIME ZONE $2)::date::text AS created_on,
                (closed_at AT TIME ZONE $2)::date::text AS closed_on
           FROM program_risks WHERE program_id = $1 ORDER BY created_at, id`,
        [programId, timeZone],
      ),
      q<{
        id: string;
        title: string;
        severity: string;
        status: string;
        created_on: string;
        resolved_on: string | null;
      }>(
        `SELECT id, title, severity, status, (created_at AT TIME ZONE $2)::date::text AS created_on,
                (resolved_at AT TIME ZONE $2)::date::text AS resolved_on
           FROM program_issues WHERE program_id = $1 ORDER BY created_at, id`,
        [programId, timeZone],
      ),
      q<{ id: string; title: string; status: string; decided_on: string | null }>(
        `SELECT id, title, status, decided_on::text FROM decisions WHERE program_id = $1
          ORDER BY decided_on NULLS LAST, created_at, id`,
      ),
      q<{ id: string; number: number; title: string; status: string; decided_on: string | null }>(
        `SELECT id, number, title, status, (decided_at AT TIME ZONE $2)::date::text AS decided_on
           FROM change_requests WHERE program_id = $1 ORDER BY number`,
        [programId, timeZone],
      ),
    ]);
  return {
    milestones,
    baseline: baseline[0]?.schedule ?? null,
    forecast:
      forecast[0]?.p50 && forecast[0].p80 ? { p50: forecast[0].p50, p80: forecast[0].p80 } : null,
    risks,
    issues,
    decisions,
    changeRequests,
  };
}
export type ReportSources = Awaited<ReturnType<typeof loadReportSources>>;
