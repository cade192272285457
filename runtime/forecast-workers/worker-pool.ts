import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { BlockExecutor } from '../../engine/forecasting/block-executor.js';
import type { ForecastModel } from '../../engine/forecasting/forecast-model.js';
import type { FromWorker, ToWorker } from './worker-messages.js';

export interface WorkerPool {
  executor: BlockExecutor;
  workers: number;
  close(): Promise<void>;
}

/**
 * The compiled worker beside this module (dist/runtime/forecast-workers/), or
 * null when running from TypeScript sources (vitest): Node 20 cannot start a
 * worker from a .ts file, and the caller then runs the blocks in-process.
 */
export function compiledWorkerFile(): URL | null {
  const own = import.meta.url;
  if (!own.endsWith('.js')) return null;
  const file = new URL('./forecast-worker.js', own);
  return existsSync(fileURLToPath(file)) ? file : null;
}

export function defaultWorkerCount(): number {
  return Math.max(1, availableParallelism());
}

/**
 * `workers` threads, each given the model once; blocks are handed to whichever
 * thread is idle and their results put back in request order, so the merge
 * does not depend on which thread ran what.
 */
export function createWorkerPool(model: ForecastModel, workers: number, file: URL): WorkerPool {
  const threads = Array.from({ length: Math.max(1, workers) }, () => new Worker(file));
  for (const thread of threads) thread.postMessage({ type: 'model', model } satisfies ToWorker);

  const run = <T>(
    messages: ToWorker[],
    take: (reply: FromWorker) => T,
    onBlockDone: () => void,
  ): Promise<T[]> =>
    new Promise((resolve, reject) => {
      const results = new Array<T>(messages.length);
      let next = 0;
      let finished = 0;
      let failed = false;
      const cleanups: (() => void)[] = [];
      const done = (error?: Error) => {
        for (const cleanup of cleanups) cleanup();
        if (error) reject(error);
        else resolve(results);
      };
      const feed = (thread: Worker) => {
        if (next < messages.length) thread.postMessage(messages[next++]!);
      };
      for (const thread of threads) {
        const onMessage = (reply: FromWorker) => {
          if (failed) return;
          if (reply.type === 'failed') {
            failed = true;
            done(new Error(`forecast worker failed: ${reply.message}`));
            return;
          }
          results[reply.job] = take(reply);
          finished++;
          onBlockDone();
          if (finished === messages.length) done();
          else feed(thread);
        };
        const onError = (error: Error) => {
          if (failed) return;
          failed = true;
          done(error);
        };
        thread.on('message', onMessage);
        thread.on('error', onError);
        cleanups.push(() => {
          thread.off('message', onMessage);
          thread.off('error', onError);
        });
      }
      if (messages.length === 0) done();
      else for (const thread of threads) feed(thread);
    });

  const executor: BlockExecutor = {
    simulate: (requests, onBlockDone) =>
      run(
        requests.map((request, job): ToWorker => ({ type: 'simulate', job, request })),
        (reply) => (reply as Extract<FromWorker, { type: 'simulated' }>).result,
        onBlockDone,
      ),
    sensitivity: (requests, onBlockDone) =>
      run(
        requests.map((r, job): ToWorker => ({
          type: 'sensitivity',
          job,
          seed: r.seed,
          block: r.block,
          finishRanks: r.finishRanks,
        })),
        (reply) => (reply as Extract<FromWorker, { type: 'sensitivity' }>).sums,
        onBlockDone,
      ),
  };
  return {
    executor,
    workers: threads.length,
    close: async () => {
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}
