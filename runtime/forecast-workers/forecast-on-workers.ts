import type { WorkingTime } from '../../engine/calendar/working-time.js';
import { inProcessExecutor } from '../../engine/forecasting/block-executor.js';
import type { ForecastInput, ForecastOptions } from '../../engine/forecasting/forecast-input.js';
import { prepareForecast } from '../../engine/forecasting/forecast-model.js';
import type { ForecastOutcome } from '../../engine/forecasting/forecast-plan.js';
import { runForecast, type ForecastProgress } from '../../engine/forecasting/run-forecast.js';
import { compiledWorkerFile, defaultWorkerCount, sharedWorkerPool } from './worker-pool.js';

export interface WorkerRun {
  calendars: ReadonlyMap<string, WorkingTime>;
  /** Threads to use; default all cores. 0 or 1 runs in this thread. */
  workers?: number;
  /** The compiled worker; default the one beside this module (none from sources). */
  workerFile?: URL | null;
  onProgress?: ForecastProgress;
}

/**
 * The forecast on worker threads (in this thread when there is one core or no
 * compiled worker): same plan, same options ⇒ the same result either way.
 * Reports `workers`: how many threads actually ran the blocks. The threads are
 * kept for the next forecast (worker-pool.ts, `sharedWorkerPool`).
 */
export async function forecastOnWorkers(
  input: ForecastInput,
  options: ForecastOptions,
  run: WorkerRun,
): Promise<ForecastOutcome & { workers: number }> {
  const prepared = prepareForecast(input, run.calendars);
  if (!('model' in prepared)) return { ok: false, diagnostics: prepared.diagnostics, workers: 0 };
  if (prepared.diagnostics.some((d) => d.severity === 'error'))
    return { ok: false, diagnostics: prepared.diagnostics, workers: 0 };
  const count = run.workers ?? defaultWorkerCount();
  const file = run.workerFile === undefined ? compiledWorkerFile() : run.workerFile;
  if (count <= 1 || !file) {
    const result = await runForecast(
      prepared,
      options,
      inProcessExecutor(prepared.model),
      run.onProgress,
    );
    return { ok: true, result, workers: 1 };
  }
  const pool = sharedWorkerPool(prepared.model, count, file);
  try {
    const result = await runForecast(prepared, options, pool.executor, run.onProgress);
    return { ok: true, result, workers: pool.workers };
  } finally {
    await pool.close();
  }
}
