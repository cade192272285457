import type { ForecastModel } from '../../engine/forecasting/forecast-model.js';
import type { BlockRequest, BlockResult } from '../../engine/forecasting/simulate-block.js';

/** Main thread → worker. The model is sent once; then one job per block. */
export type ToWorker =
  | { type: 'model'; model: ForecastModel }
  | { type: 'simulate'; job: number; request: BlockRequest }
  | { type: 'sensitivity'; job: number; seed: number; block: number; finishRanks: Float64Array };

/** Worker → main thread: the job's result, its typed arrays transferred, not copied. */
export type FromWorker =
  | { type: 'simulated'; job: number; result: BlockResult }
  | { type: 'sensitivity'; job: number; sums: Float64Array }
  | { type: 'failed'; job: number; message: string };
