import { parentPort } from 'node:worker_threads';
import type { ForecastModel } from '../../engine/forecasting/forecast-model.js';
import { sensitivityBlock, simulateBlock } from '../../engine/forecasting/simulate-block.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

// A worker thread of the forecast pool: runs the engine's blocks, nothing else,
// so a block gives the same numbers here as on the main thread. It outlives one
// forecast (its compiled code stays warm), holding each running forecast's model by id.
const models = new Map<number, ForecastModel>();
const port = parentPort;
if (!port) throw new Error('forecast-worker.js runs as a worker thread');

port.on('message', (message: ToWorker) => {
  if (message.type === 'model') {
    models.set(message.modelId, message.model);
    return;
  }
  if (message.type === 'drop') {
    models.delete(message.modelId);
    return;
  }
  const { modelId, job } = message;
  try {
    const model = models.get(modelId);
    if (!model) throw new Error('no model received');
    if (message.type === 'simulate') {
      const result = simulateBlock(model, message.request);
      const reply: FromWorker = { type: 'simulated', modelId, job, result };
      port.postMessage(reply, [
        result.finish.buffer as ArrayBuffer,
        result.cost.buffer as ArrayBuffer,
        result.critical.buffer as ArrayBuffer,
        result.finishSum.buffer as ArrayBuffer,
        result.milestoneFinish.buffer as ArrayBuffer,
      ]);
    } else {
      const sums = sensitivityBlock(model, message.seed, message.block, message.finishRanks);
      const reply: FromWorker = { type: 'sensitivity', modelId, job, sums };
      port.postMessage(reply, [sums.buffer as ArrayBuffer]);
    }
  } catch (error) {
    const reply: FromWorker = {
      type: 'failed',
      modelId,
      job,
      message: error instanceof Error ? error.message : String(error),
    };
    port.postMessage(reply);
  }
});
