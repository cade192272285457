import type { ForecastOutcome } from '../../../engine/forecasting/forecast-accuracy.js';
import type { Queryable } from '../../db/database.js';
import { hasUnwritableDates } from './forecast-summary.js';

interface FinishedItem {
  id: string;
  name: string;
  kind: 'milestone' | 'program';
  program_id: string;
  actual: string;
}

interface StoredPercentiles {
  id: string;
  program_id: string;
  forecast_on: string;
  milestones: { id: string; p50: string; p80: string; p95: string }[];
  percentiles: { p: number; finish: string }[];
}

/**
 * Finished milestones (achieved) and programs (completed) with the day they
 * finished: a milestone's achievedAt; a program's last actual finish or
 * achievement; else the first audit event that set the state, or, for a
 * milestone marked achieved without one (seeded data), its due date. Then every
 * succeeded forecast of their programs, reduced to the P-dates that matter.
 */
export async function loadForecastOutcomes(
  db: Queryable,
  programId: string | undefined,
  /** Only these programs' milestones and finishes (the caller's sight). */
  readable: (programId: string) => boolean,
): Promise<ForecastOutcome[]> {
  const items = (
    await db.query<FinishedItem>(
      `SELECT m.id, m.name, 'milestone' AS kind, m.program_id,
              coalesce(m.achieved_at::date,
                       (SELECT min(a.at)::date FROM audit_events a
                         WHERE a.entity_type = 'milestone' AND a.entity_id = m.id::text
                           AND a.after->>'state' = 'achieved'), m.due_date)::text AS actual
         FROM milestones m
        WHERE m.state = 'achieved' AND ($1::uuid IS NULL OR m.program_id = $1)
       UNION ALL
       SELECT p.id, p.name, 'program', p.id,
              coalesce((SELECT max(f)::date FROM (
                          SELECT actual_finish AS f FROM tasks WHERE program_id = p.id
                          UNION ALL SELECT achieved_at FROM milestones WHERE program_id = p.id) done),
                       (SELECT min(a.at)::date FROM audit_events a
                         WHERE a.entity_type = 'program' AND a.entity_id = p.id::text
                           AND a.after->>'status' = 'completed'))::text
         FROM programs p
        WHERE p.status = 'completed' AND ($1::uuid IS NULL OR p.id = $1)`,
      [programId ?? null],
    )
  ).rows.filter((item) => item.actual !== null && readable(item.program_id));
  if (items.length === 0) return [];
  const forecasts = (
    await db.query<StoredPercentiles>(
      `SELECT id, program_id, (requested_at AT TIME ZONE 'UTC')::date::text AS forecast_on,
              result->'milestones' AS milestones, result->'finish'->'percentiles' AS percentiles
         FROM forecasts
        WHERE status = 'succeeded' AND program_id = ANY($1::uuid[])
        ORDER BY requested_at, id`,
      [[...new Set(items.map((i) => i.program_id))]],
    )
  ).rows;
  const outcomes: ForecastOutcome[] = [];
  for (const item of items) {
    for (const f of forecasts) {
      if (f.program_id !== item.program_id) continue;
      let dates: { p50: string; p80: string; p95: string } | undefined;
      if (item.kind === 'milestone') dates = f.milestones.find((m) => m.id === item.id);
      else {
        const at = (p: number) => f.percentiles.find((x) => x.p === p)?.finish;
        const [p50, p80, p95] = [at(50), at(80), at(95)];
        if (p50 && p80 && p95) dates = { p50, p80, p95 };
      }
      // A finish past year 9999 (stored before finishes were bounded) is no outcome to score.
      if (!dates || hasUnwritableDates(dates)) continue;
      outcomes.push({
        forecastId: f.id,
        itemId: item.id,
        itemName: item.name,
        kind: item.kind,
        forecastOn: f.forecast_on,
        p50: dates.p50,
        p80: dates.p80,
        p95: dates.p95,
        actual: item.actual,
      });
    }
  }
  return outcomes;
}
