import type { ForecastModel } from './forecast-model.js';
import {
  sensitivityBlock,
  simulateBlock,
  type BlockRequest,
  type BlockResult,
} from './simulate-block.js';

export interface SensitivityRequest {
  seed: number;
  block: number;
  /** Mid-rank of the project finish of each iteration of this block. */
  finishRanks: Float64Array;
}

/**
 * Where blocks run: in this thread (here), or on worker threads
 * (runtime/forecast-workers/). Results come back in request order, so the
 * merge — and the forecast — is the same whoever ran them.
 */
export interface BlockExecutor {
  simulate(requests: readonly BlockRequest[], onBlockDone: () => void): Promise<BlockResult[]>;
  sensitivity(
    requests: readonly SensitivityRequest[],
    onBlockDone: () => void,
  ): Promise<Float64Array[]>;
}

export function inProcessExecutor(model: ForecastModel): BlockExecutor {
  return {
    simulate(requests, onBlockDone) {
      return Promise.resolve(
        requests.map((request) => {
          const result = simulateBlock(model, request);
          onBlockDone();
          return result;
        }),
      );
    },
    sensitivity(requests, onBlockDone) {
      return Promise.resolve(
        requests.map((r) => {
          const sums = sensitivityBlock(model, r.seed, r.block, r.finishRanks);
          onBlockDone();
          return sums;
        }),
      );
    },
  };
}
