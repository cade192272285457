import { systemClock, type Clock } from '../../clock/clock.js';
import { randomInt } from 'node:crypto';
import type {
  Forecast,
  ForecastAccuracy,
  ForecastCreate,
  ForecastList,
  PortfolioForecastCreate,
} from '../../../contracts/forecast.schema.js';
import { scoreForecasts } from '../../../engine/forecasting/forecast-accuracy.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { compileForecastCalendars } from '../../../engine/forecasting/forecast-plan.js';
import { schedulePlan } from '../../../engine/scheduling/index.js';
import { forecastOnWorkers } from '../../../runtime/forecast-workers/forecast-on-workers.js';
import type { Database, Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { enqueueForecastRun } from '../../jobs/forecast-run.job.js';
import type { RequestContext } from '../../request-context.js';
import { recordAudit } from '../audit/audit.repository.js';
import { forecastMoneyFor } from '../access/hidden-money.js';
import { programSight } from '../access/program-sight.js';
import {
  assertProgramExists,
  lockProgramForPlanning,
} from '../plans/plan-membership.repository.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import { DEFAULT_TIME_ZONE } from '../schedules/schedule-input.js';
import { programToday } from '../../clock/program-clock.js';
import { loadNetworkRows, loadScheduleRows } from '../schedules/schedule.repository.js';
import {
  claimForecast,
  findForecast,
  finishForecast,
  insertForecast,
  insertPortfolioForecast,
  listForecasts,
  listPortfolioForecasts,
  type ForecastRow,
  loadEstimateRows,
  recordProgress,
  toForecast,
  toForecastListItem,
} from './forecast.repository.js';
import { loadForecastOutcomes } from './forecast-accuracy.repository.js';
import { FINISH_TOO_FAR, hasUnwritableDates, toForecastSummary } from './forecast-summary.js';
import { buildPortfolioForecastInput, type PortfolioProgram } from './portfolio-forecast-input.js';
import { findPortfolioPrograms, lockPortfolioPrograms } from './portfolio.repository.js';
import { buildProgramForecastInput } from './program-forecast-input.js';
import { listRisks, listRisksOf } from '../risks/risk.repository.js';

/** Progress is written at most this often while a forecast runs. */
const PROGRESS_INTERVAL_MS = 250;

/**
 * Forecasts of a program: a request stores a queued row (audited) and queues a
 * job in the same transaction; the job (`run`) builds the engine input from
 * the live plan with the schedule's own input builder and the same
 * clock-derived today as the schedule service, runs the Monte Carlo on worker threads, writes progress while
 * it runs and the results at the end. Every run is kept: forecast history.
 */
export function createForecastService(db: Database, clock: Clock = systemClock) {
  const settingsOf = (body: ForecastCreate) => ({
    iterations: body.iterations ?? 10000,
    seed: body.seed ?? randomInt(0, 2 ** 32 - 1),
    distribution: body.distribution ?? 'triangular',
    targetDate: body.targetDate ?? null,
    rankCorrelation: body.rankCorrelation ?? 0,
  });
  /** Audits the stored request and queues its job, in the transaction that stored it. */
  const queue = async (tx: Queryable, ctx: RequestContext, row: ForecastRow) => {
    const forecast = toForecast(row);
    await recordAudit(tx, ctx, {
      entityType: 'forecast',
      entityId: row.id,
      action: 'create',
      before: null,
      after: forecast,
    });
    await enqueueForecastRun(tx, row.id);
    return forecast;
  };

  /** The engine input of a stored run, from the live plan (its programs' network for a portfolio). */
  const buildInput = (tx: Queryable, row: ForecastRow) =>
    row.scope === 'portfolio'
      ? buildPortfolioInput(tx, row, clock)
      : buildProgramInput(tx, row, row.program_id!, clock);

  return {
    async request(ctx: RequestContext, programId: string, body: ForecastCreate): Promise<Forecast> {
      return db.transaction(async (tx) => {
        await lockProgramForPlanning(tx, programId);
        const row = await insertForecast(
          tx,
          programId,
          ctx.actor?.id ?? null,
          settingsOf(body),
          clock(),
        );
        return queue(tx, ctx, row);
      });
    },

    /** A portfolio run: the programs asked for, or every active one, forecast as one network. */
    async requestPortfolio(ctx: RequestContext, body: PortfolioForecastCreate): Promise<Forecast> {
      const { programIds, ...settings } = body;
      return db.transaction(async (tx) => {
        const programs = await lockPortfolioPrograms(tx, programIds);
        const row = await insertPortfolioForecast(
          tx,
          programs.map((p) => p.id),
          ctx.actor?.id ?? null,
          settingsOf(settings),
          clock(),
        );
        return queue(tx, ctx, row);
      });
    },

    /** Only runs whose programs the caller may all see: a run names its programs. */
    async listPortfolio(ctx: RequestContext): Promise<ForecastList> {
      const rows = await listPortfolioForecasts(db);
      const sight = await programSight(db, ctx.actor);
      return {
        items: rows
          .filter((r) => (r.program_ids ?? []).every((id) => sight.canRead(id)))
          .map(toForecastListItem),
      };
    },

    async get(ctx: RequestContext, id: string): Promise<Forecast> {
      const row = await findForecast(db, id);
      if (!row) throw new NotFoundError('Forecast', id);
      const forecast = toForecast(row);
      return forecastMoneyFor(await programSight(db, ctx.actor, forecast.programIds), forecast);
    },

    /** Forecasts of finished milestones and programs against what happened, and the calibration. */
    async accuracy(ctx: RequestContext, programId: string | undefined): Promise<ForecastAccuracy> {
      if (programId) await assertProgramExists(db, programId);
      const sight = await programSight(db, ctx.actor);
      return scoreForecasts(await loadForecastOutcomes(db, programId, (id) => sight.canRead(id)));
    },

    async list(programId: string): Promise<ForecastList> {
      await assertProgramExists(db, programId);
      return { items: (await listForecasts(db, programId)).map(toForecastListItem) };
    },

    /** The job: runs one queued forecast to the end (succeeded or failed, never left running). */
    async run(forecastId: string): Promise<void> {
      const row = await findForecast(db, forecastId);
      if (!row || row.status !== 'queued') return;
      // A failure before the run starts still ends the forecast (failed), never leaves it queued.
      const built = await db
        .transaction((tx) => buildInput(tx, row))
        .catch(async (error: unknown) => {
          await finishForecast(db, forecastId, {
            error: `could not read the plan: ${error instanceof Error ? error.message : String(error)}`,
          });
          return null;
        });
      if (!built || !(await claimForecast(db, forecastId, built.inputHash))) return;

      let lastWrite = -Infinity;
      let writing: Promise<void> = Promise.resolve();
      const onProgress = (done: number, total: number) => {
        // An interval, not a date: the monotonic clock.
        const now = performance.now();
        if (now - lastWrite < PROGRESS_INTERVAL_MS || total === 0) return;
        lastWrite = now;
        // Chained: progress rows are written in order, and never after the final write.
        writing = writing.then(() => recordProgress(db, forecastId, Math.min(0.99, done / total)));
      };
      try {
        // On the program's clock, as the schedule compiles them: team and person hours in other zones shifted onto it.
        const calendars = compileForecastCalendars(built.input);
        // A plan past year 9999 would take thousands of simulated years per iteration
        // and give dates nothing can write: one deterministic pass tells.
        const deterministic = schedulePlan(built.input.schedule, { calendars });
        if (hasUnwritableDates(formatLocalDateTime(deterministic.finish))) {
          await finishForecast(db, forecastId, { error: FINISH_TOO_FAR });
          return;
        }
        const outcome = await forecastOnWorkers(
          built.input,
          {
            iterations: row.iterations,
            seed: Number(row.seed),
            ...(row.target_date ? { target: parseLocalDateTime(row.target_date)! + 17 * 60 } : {}),
          },
          { calendars, onProgress },
        );
        await writing;
        if (outcome.ok) {
          const summary = toForecastSummary(outcome.result, built.programs);
          await finishForecast(
            db,
            forecastId,
            hasUnwritableDates(summary) ? { error: FINISH_TOO_FAR } : { result: summary },
          );
        } else
          await finishForecast(db, forecastId, {
            error: outcome.diagnostics
              .filter((d) => d.severity === 'error')
              .map((d) => `${d.code}: ${d.message}`)
              .join('\n'),
          });
      } catch (error) {
        await writing.catch(() => {});
        await finishForecast(db, forecastId, {
          error: `forecast failed: ${error instanceof Error ? error.message : String(error)}`,
        });
      }
    },
  };
}
export type ForecastService = ReturnType<typeof createForecastService>;

interface BuiltInput extends ReturnType<typeof buildProgramForecastInput> {
  /** A portfolio run's programs with items, whose finishes are reported. */
  programs?: PortfolioProgram[];
}

async function buildProgramInput(
  tx: Queryable,
  row: ForecastRow,
  programId: string,
  clock: () => Date,
): Promise<BuiltInput> {
  const rows = await loadScheduleRows(tx, programId);
  // The schedule's own input, with today on the program's clock as the schedule reads it.
  const schedule = buildProgramScheduleInputAt(programId, rows, clock);
  const estimates = await loadEstimateRows(
    tx,
    schedule.input.tasks.map((t) => t.id),
  );
  const risks = await listRisks(tx, programId);
  return buildProgramForecastInput(schedule, estimates, risks, {
    distribution: row.distribution,
    rankCorrelation: row.rank_correlation,
  });
}

async function buildPortfolioInput(
  tx: Queryable,
  row: ForecastRow,
  clock: () => Date,
): Promise<BuiltInput> {
  const programs = await findPortfolioPrograms(tx, row.program_ids ?? []);
  if (programs.length === 0) throw new Error('none of its programs exists any more');
  const ids = programs.map((p) => p.id);
  const rows = await loadNetworkRows(tx, ids);
  const estimates = await loadEstimateRows(
    tx,
    rows.tasks.map((t) => t.id),
  );
  return buildPortfolioForecastInput(programs, rows, estimates, await listRisksOf(tx, ids), {
    distribution: row.distribution,
    rankCorrelation: row.rank_correlation,
    // The network runs on the first program's clock (buildNetworkScheduleInput).
    today: programToday(
      clock,
      rows.programs.find((p) => p.id === ids[0])?.time_zone ?? DEFAULT_TIME_ZONE,
    ),
  });
}
