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
 * `workers` threads of its own, each given the model once; blocks are handed to
 * whichever thread is idle and their results put back in request order, so the
 * merge does not depend on which thread ran what. `close` ends the threads.
 */
export function createWorkerPool(model: ForecastModel, workers: number, file: URL): WorkerPool {
  const threads = Array.from({ length: Math.max(1, workers) }, () => new Worker(file));
  const pool = poolOn(threads, model);
  return {
    ...pool,
    close: async () => {
      await pool.close();
      await Promise.all(threads.map((t) => t.terminate()));
    },
  };
}

interface SharedThreads {
  threads: Worker[];
  /** Forecasts running on them: the threads keep the process alive only while there are some. */
  running: number;
}
const shared = new Map<string, SharedThreads>();

/**
 * The same as `createWorkerPool`, on threads kept between forecasts (one set
 * per worker file and count): a new thread costs a few hundred milliseconds of
 * CPU (loading the engine, compiling its hot loops again), which for a
 * 2,000-task plan is a third of the Monte Carlo itself. Forecasts running at
 * once share the threads; each sends its model under its own id and drops it
 * at `close`. Idle threads do not keep the process alive. A thread that dies
 * takes its set with it (the next forecast starts a new one).
 */
export function sharedWorkerPool(model: ForecastModel, workers: number, file: URL): WorkerPool {
  const key = `${Math.max(1, workers)}|${file.href}`;
  let set = shared.get(key);
  if (!set) {
    const threads = Array.from({ length: Math.max(1, workers) }, () => new Worker(file));
    const created: SharedThreads = { threads, running: 0 };
    const forget = () => {
      if (shared.get(key) !== created) return;
      shared.delete(key);
      for (const t of threads) void t.terminate();
    };
    for (const t of threads) {
      // One message and one error listener per running forecast.
      t.setMaxListeners(0);
      t.on('error', forget);
      t.on('exit', forget);
      t.unref();
    }
    shared.set(key, created);
    set = created;
  }
  const threads = set.threads;
  if (set.running++ === 0) for (const t of threads) t.ref();
  const pool = poolOn(threads, model);
  const owner = set;
  let closed = false;
  return {
    ...pool,
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.close();
      if (--owner.running === 0) for (const t of threads) t.unref();
    },
  };
}

let nextModelId = 1;

/** Runs one model's blocks on `threads` (which may be running other models' at the same time). */
function poolOn(threads: Worker[], model: ForecastModel): WorkerPool {
  const modelId = nextModelId++;
  for (const thread of threads)
    thread.postMessage({ type: 'model', modelId, model } satisfies ToWorker);

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
          if (failed || reply.modelId !== modelId) return;
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
        const onExit = () => onError(new Error('forecast worker stopped'));
        thread.on('message', onMessage);
        thread.on('error', onError);
        thread.on('exit', onExit);
        cleanups.push(() => {
          thread.off('message', onMessage);
          thread.off('error', onError);
          thread.off('exit', onExit);
        });
      }
      if (messages.length === 0) done();
      else for (const thread of threads) feed(thread);
    });

  const executor: BlockExecutor = {
    simulate: (requests, onBlockDone) =>
      run(
        requests.map((request, job): ToWorker => ({ type: 'simulate', modelId, job, request })),
        (reply) => (reply as Extract<FromWorker, { type: 'simulated' }>).result,
        onBlockDone,
      ),
    sensitivity: (requests, onBlockDone) =>
      run(
        requests.map((r, job): ToWorker => ({
          type: 'sensitivity',
          modelId,
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
    close: () => {
      for (const thread of threads)
        thread.postMessage({ type: 'drop', modelId } satisfies ToWorker);
      return Promise.resolve();
    },
  };
}
