import { systemClock, type Clock } from '../clock/clock.js';
import { Logger, makeWorkerUtils, run, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
import { isConnectionError } from '../db/connection-errors.js';
import type { Database } from '../db/database.js';
import { createForecastService } from '../modules/forecasts/forecast.service.js';
import { FORECAST_RUN_JOB, type ForecastRunPayload } from './forecast-run.job.js';
import {
  INTAKE_SLA_SWEEP_CRONTAB,
  INTAKE_SLA_SWEEP_JOB,
  runIntakeSlaSweep,
} from './intake-sla-sweep.job.js';
import {
  PROGRAM_ROLLUP_JOB,
  runProgramRollup,
  type ProgramRollupPayload,
} from './program-rollup.job.js';

export type JobState = 'running' | 'stopped' | 'disabled';

export interface JobRunner {
  start(): Promise<void>;
  stop(): Promise<void>;
  state(): JobState;
}

interface LogSink {
  info(msg: string): void;
  warn(msg: string): void;
  error(msg: string): void;
  debug(msg: string): void;
}

/** The jobs every instance runs; services add theirs through `tasks` of createJobRunner. */
export function jobTaskList(
  db: Database,
  tasks: TaskList = {},
  clock: Clock = systemClock,
): TaskList {
  return {
    [PROGRAM_ROLLUP_JOB]: async (payload) => runProgramRollup(db, payload as ProgramRollupPayload),
    ...tasks,
    [FORECAST_RUN_JOB]: async (payload) =>
      createForecastService(db, clock).run((payload as ForecastRunPayload).forecastId),
    [INTAKE_SLA_SWEEP_JOB]: async () =>
      void (await runIntakeSlaSweep(db, { nowMs: clock().getTime() })),
  };
}

/** Installs graphile-worker's schema; every instance does it, so jobs can be queued even where none run. */
export async function migrateJobQueue(pool: pg.Pool): Promise<void> {
  const utils = await makeWorkerUtils({ pgPool: pool });
  try {
    await utils.migrate();
  } finally {
    await utils.release();
  }
}

/**
 * Background jobs on graphile-worker, in this process. Several Waymark instances
 * on one database share the queue; a job is locked by exactly one of them.
 */
export function createJobRunner(
  db: Database,
  options: {
    enabled: boolean;
    log: LogSink;
    pollIntervalMs?: number;
    tasks?: TaskList;
    clock?: Clock;
    /** More crontab lines (the nightly backup, when on). */
    crontab?: string[];
  },
): JobRunner {
  let runner: Runner | undefined;
  let stopped = false;
  let restarting = false;
  const logger = new Logger(() => (level, message, meta) => {
    // While the database is away, every poll and reconnect would log an error; the
    // outage is already one logged state change (db/database-availability.ts).
    const outage =
      db.availability.state() === 'down' || isConnectionError((meta as { error?: unknown })?.error);
    const sink =
      outage || (level !== 'error' && level !== 'warning')
        ? options.log.debug
        : level === 'error'
          ? options.log.error
          : options.log.warn;
    sink.call(options.log, `[jobs] ${message}`);
  });
  const startRunner = async () =>
    run({
      pgPool: db.pool,
      taskList: jobTaskList(db, options.tasks, options.clock),
      crontab: [INTAKE_SLA_SWEEP_CRONTAB, ...(options.crontab ?? [])].join('\n'),
      concurrency: 2,
      noHandleSignals: true, // Waymark's own shutdown stops the runner in order
      pollInterval: options.pollIntervalMs ?? 2000,
      logger,
    });
  // Start, stop and the restart after an outage run one at a time.
  let queue: Promise<void> = Promise.resolve();
  const serially = (step: () => Promise<void>) => (queue = queue.then(step, step));
  // A worker whose job could not be released while the database was away exits for
  // good (graphile-worker does not replace it), so the whole runner starts afresh.
  // `started` (not `runner`) says whether jobs should run: a restart that failed
  // because the database went away again leaves no runner, and must be retried.
  let started = false;
  let retry: NodeJS.Timeout | undefined;
  let retryMs = 500;
  const restartAfterOutage = (state: string) => {
    if (state !== 'up') return;
    clearTimeout(retry);
    void serially(async () => {
      if (!started || stopped) return;
      const old = runner;
      runner = undefined;
      restarting = true;
      try {
        await old?.stop().catch(() => {});
        if (stopped) return;
        runner = await startRunner();
        retryMs = 500;
        options.log.info('[jobs] background jobs restarted after the database came back');
      } catch (error) {
        options.log.error(
          `[jobs] could not restart after the database came back (${error}); trying again`,
        );
        // The next "up" retries at once; this covers a database that never looked down.
        retry = setTimeout(() => restartAfterOutage(db.availability.state()), retryMs);
        retryMs = Math.min(retryMs * 2, 30_000);
        retry.unref();
      } finally {
        restarting = false;
      }
    });
  };
  let watching = false;
  return {
    start() {
      return serially(async () => {
        if (!options.enabled || runner) return;
        if (!watching) db.availability.onChange(restartAfterOutage);
        watching = true;
        started = true;
        runner = await startRunner();
      });
    },
    stop() {
      stopped = true;
      clearTimeout(retry);
      return serially(async () => {
        await runner?.stop();
        runner = undefined;
      });
    },
    state() {
      if (!options.enabled) return 'disabled';
      return (runner || restarting) && !stopped ? 'running' : 'stopped';
    },
  };
}
