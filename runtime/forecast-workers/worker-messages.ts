import type { ForecastModel } from '../../engine/forecasting/forecast-model.js';
import type { BlockRequest, BlockResult } from '../../engine/forecasting/simulate-block.js';

/**
 * Main thread → worker. A model is sent once per forecast under an id (a thread
 * may hold several: forecasts share the threads), then one job per block, then
 * the model is dropped.
 */
export type ToWorker =
  | { type: 'model'; modelId: number; model: ForecastModel }
  | { type: 'drop'; modelId: number }
  | { type: 'simulate'; modelId: number; job: number; request: BlockRequest }
  | {
      type: 'sensitivity';
      modelId: number;
      job: number;
      seed: number;
      block: number;
      finishRanks: Float64Array;
    };

/** Worker → main thread: the job's result, its typed arrays transferred, not copied. */
export type FromWorker =
  | { type: 'simulated'; modelId: number; job: number; result: BlockResult }
  | { type: 'sensitivity'; modelId: number; job: number; sums: Float64Array }
  | { type: 'failed'; modelId: number; job: number; message: string };
