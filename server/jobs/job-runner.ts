import { systemClock, type Clock } from '../clock/clock.js';
import { Logger, makeWorkerUtils, run, type Runner, type TaskList } from 'graphile-worker';
import type pg from 'pg';
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
  },
): JobRunner {
  let runner: Runner | undefined;
  let stopped = false;
  const logger = new Logger(() => (level, message) => {
    const sink =
      level === 'error'
        ? options.log.error
        : level === 'warning'
          ? options.log.warn
          : options.log.debug;
    sink.call(options.log, `[jobs] ${message}`);
  });
  return {
    async start() {
      if (!options.enabled || runner) return;
      runner = await run({
        pgPool: db.pool,
        taskList: jobTaskList(db, options.tasks, options.clock),
        crontab: INTAKE_SLA_SWEEP_CRONTAB,
        concurrency: 2,
        noHandleSignals: true, // Waymark's own shutdown stops the runner in order
        pollInterval: options.pollIntervalMs ?? 2000,
        logger,
      });
    },
    async stop() {
      stopped = true;
      await runner?.stop();
      runner = undefined;
    },
    state() {
      if (!options.enabled) return 'disabled';
      return runner && !stopped ? 'running' : 'stopped';
    },
  };
}
