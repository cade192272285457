import type { Queryable } from '../db/database.js';

export const FORECAST_RUN_JOB = 'forecast_run';

export interface ForecastRunPayload {
  forecastId: string;
}

/** Queues a forecast run inside the transaction that created the forecast row. */
export async function enqueueForecastRun(tx: Queryable, forecastId: string): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, json_build_object('forecastId', $2::text), job_key := $3, max_attempts := 1)`,
    [FORECAST_RUN_JOB, forecastId, `${FORECAST_RUN_JOB}:${forecastId}`],
  );
}
