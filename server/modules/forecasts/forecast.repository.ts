import type {
  Forecast,
  ForecastCreate,
  ForecastListItem,
  PortfolioForecastCreate,
  ForecastSummary,
} from '../../../contracts/forecast.schema.js';
import type { Queryable } from '../../db/database.js';
import { FINISH_TOO_FAR, hasUnwritableDates } from './forecast-summary.js';
import type { EstimateRow } from './program-forecast-input.js';

export interface ForecastRow {
  id: string;
  /** null for a portfolio run. */
  program_id: string | null;
  scope: Forecast['scope'];
  program_ids: string[] | null;
  status: Forecast['status'];
  progress: number;
  iterations: number;
  seed: number;
  distribution: Forecast['distribution'];
  target_date: string | null;
  rank_correlation: number;
  input_hash: string | null;
  requested_by: string | null;
  requested_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  result: ForecastSummary | null;
  error: string | null;
  version: number;
}

/**
 * A row as served. One stored before finishes were bounded may hold dates past year
 * 9999: it reads as failed, rather than breaking every read of its program's forecasts.
 */
function readable(r: ForecastRow): ForecastRow {
  if (!r.result || !hasUnwritableDates(r.result)) return r;
  return { ...r, status: 'failed', result: null, error: FINISH_TOO_FAR };
}

function base(r: ForecastRow): Omit<Forecast, 'result'> {
  return {
    id: r.id,
    programId: r.program_id,
    scope: r.scope,
    programIds: r.program_ids ?? (r.program_id ? [r.program_id] : []),
    status: r.status,
    progress: r.progress,
    iterations: r.iterations,
    seed: r.seed,
    distribution: r.distribution,
    targetDate: r.target_date,
    rankCorrelation: r.rank_correlation,
    inputHash: r.input_hash,
    requestedById: r.requested_by,
    requestedAt: r.requested_at.toISOString(),
    startedAt: r.started_at?.toISOString() ?? null,
    finishedAt: r.finished_at?.toISOString() ?? null,
    error: r.error,
    version: r.version,
  };
}

export function toForecast(row: ForecastRow): Forecast {
  const r = readable(row);
  return { ...base(r), result: r.result };
}

export function toForecastListItem(row: ForecastRow): ForecastListItem {
  const r = readable(row);
  const at = (p: number) => r.result?.finish.percentiles.find((x) => x.p === p)?.finish ?? null;
  return {
    ...base(r),
    p50: at(50),
    p80: at(80),
    probabilityOfTarget: r.result?.probabilityOfTarget ?? null,
  };
}

export async function insertForecast(
  tx: Queryable,
  programId: string,
  requestedBy: string | null,
  input: Required<Omit<ForecastCreate, 'targetDate'>> & { targetDate: string | null },
  requestedAt: Date,
): Promise<ForecastRow> {
  // When it was asked for decides which finishes it forecast (accuracy): the server clock's now.
  const r = await tx.query<ForecastRow>(
    `INSERT INTO forecasts
       (program_id, requested_by, iterations, seed, distribution, target_date, rank_correlation, requested_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      programId,
      requestedBy,
      input.iterations,
      input.seed,
      input.distribution,
      input.targetDate,
      input.rankCorrelation,
      requestedAt,
    ],
  );
  return r.rows[0]!;
}

/** A portfolio run: no program of its own, the programs it forecasts in program_ids. */
export async function insertPortfolioForecast(
  tx: Queryable,
  programIds: readonly string[],
  requestedBy: string | null,
  input: Required<Omit<PortfolioForecastCreate, 'targetDate' | 'programIds'>> & {
    targetDate: string | null;
  },
  requestedAt: Date,
): Promise<ForecastRow> {
  const r = await tx.query<ForecastRow>(
    `INSERT INTO forecasts
       (scope, program_ids, requested_by, iterations, seed, distribution, target_date, rank_correlation, requested_at)
     VALUES ('portfolio', $1, $2, $3, $4, $5, $6, $7, $8) RETURNING *`,
    [
      programIds,
      requestedBy,
      input.iterations,
      input.seed,
      input.distribution,
      input.targetDate,
      input.rankCorrelation,
      requestedAt,
    ],
  );
  return r.rows[0]!;
}

export async function listPortfolioForecasts(db: Queryable): Promise<ForecastRow[]> {
  return (
    await db.query<ForecastRow>(
      `SELECT * FROM forecasts WHERE scope = 'portfolio' ORDER BY requested_at DESC, id LIMIT 200`,
    )
  ).rows;
}

export async function findForecast(db: Queryable, id: string): Promise<ForecastRow | undefined> {
  return (await db.query<ForecastRow>('SELECT * FROM forecasts WHERE id = $1', [id])).rows[0];
}

export async function listForecasts(db: Queryable, programId: string): Promise<ForecastRow[]> {
  return (
    await db.query<ForecastRow>(
      'SELECT * FROM forecasts WHERE program_id = $1 ORDER BY requested_at DESC, id LIMIT 200',
      [programId],
    )
  ).rows;
}

/** queued → running; false when another run took it (or it already ran). */
export async function claimForecast(
  db: Queryable,
  id: string,
  inputHash: string,
): Promise<boolean> {
  const r = await db.query(
    `UPDATE forecasts SET status = 'running', started_at = now(), input_hash = $2, version = version + 1
      WHERE id = $1 AND status = 'queued'`,
    [id, inputHash],
  );
  return r.rowCount === 1;
}

export async function recordProgress(db: Queryable, id: string, progress: number): Promise<void> {
  await db.query(
    `UPDATE forecasts SET progress = $2 WHERE id = $1 AND status = 'running' AND progress < $2`,
    [id, progress],
  );
}

export async function finishForecast(
  db: Queryable,
  id: string,
  outcome: { result: ForecastSummary } | { error: string },
): Promise<void> {
  const ok = 'result' in outcome;
  await db.query(
    `UPDATE forecasts SET status = $2, progress = CASE WHEN $2 = 'succeeded' THEN 1 ELSE progress END,
            finished_at = now(), result = $3, error = $4, version = version + 1
      WHERE id = $1`,
    [
      id,
      ok ? 'succeeded' : 'failed',
      ok ? JSON.stringify(outcome.result) : null,
      ok ? null : outcome.error,
    ],
  );
}

export async function loadEstimateRows(db: Queryable, taskIds: string[]): Promise<EstimateRow[]> {
  return (
    await db.query<EstimateRow>(
      `SELECT id, state, estimate_optimistic_hours, estimate_pessimistic_hours,
              fixed_cost, cost_per_hour
         FROM tasks WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [taskIds],
    )
  ).rows;
}
