import type { PlanChange } from '../../../contracts/change-request.schema.js';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { Reservation } from '../../../engine/levelling/index.js';
import type { Clock } from '../../clock/clock.js';
import { effectiveStatusDate, programNow, programToday } from '../../clock/program-clock.js';
import type { Queryable } from '../../db/database.js';
import { NotFoundError } from '../../domain-errors.js';
import { outsideReservations } from '../capacity/outside-load.js';
import { loadEstimateRows } from '../forecasts/forecast.repository.js';
import type { RiskRow } from '../forecasts/program-forecast-input.js';
import { listRisks } from '../risks/risk.repository.js';
import { buildProgramScheduleInput } from '../schedules/schedule-input.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import type { ApplyClock, PlanCopy } from './apply-plan-changes.js';
import {
  DEFAULT_IMPACT_SETTINGS,
  MAX_IMPACT_ITERATIONS,
  type ImpactForecastSettings,
  type SideContext,
} from './impact-model.js';

/** Everything the impact reads of a program, read in one transaction. */
export interface PlanState {
  plan: PlanCopy;
  context: SideContext;
  clock: ApplyClock;
  targetDate: string | null;
  timeZone: string;
}

async function forecastSettings(tx: Queryable, programId: string): Promise<ImpactForecastSettings> {
  const last = (
    await tx.query<{
      iterations: number;
      seed: number;
      distribution: ImpactForecastSettings['distribution'];
      rank_correlation: number;
    }>(
      `SELECT iterations, seed, distribution, rank_correlation FROM forecasts
        WHERE program_id = $1 ORDER BY requested_at DESC, id LIMIT 1`,
      [programId],
    )
  ).rows[0];
  if (!last) return DEFAULT_IMPACT_SETTINGS;
  return {
    iterations: Math.min(MAX_IMPACT_ITERATIONS, last.iterations),
    seed: Number(last.seed),
    distribution: last.distribution,
    rankCorrelation: Number(last.rank_correlation),
  };
}

/**
 * The program's plan as the schedule and forecast read it, plus what the
 * changes will need that the plan does not hold yet (the teams they name, for
 * their calendars), the program's budget and target date, the last forecast's
 * settings and the outside load levelling fits around.
 */
export async function loadPlanState(
  tx: Queryable,
  programId: string,
  clock: Clock,
  changes: readonly PlanChange[] = [],
): Promise<PlanState> {
  const program = (
    await tx.query<{
      budget_cents: number | null;
      target_date: string | null;
      time_zone: string;
      status_date: string | null;
    }>(
      'SELECT budget_cents, target_date, time_zone, status_date FROM programs WHERE id = $1 FOR KEY SHARE',
      [programId],
    )
  ).rows[0];
  if (!program) throw new NotFoundError('Program', programId);
  const rows = await loadScheduleRows(tx, programId);
  const named = changes.flatMap((c) =>
    (c.kind === 'update_task' || c.kind === 'add_task') && c.teamId ? [c.teamId] : [],
  );
  const known = new Set((rows.teams ?? []).map((t) => t.id));
  const missing = [...new Set(named)].filter((id) => !known.has(id));
  if (missing.length > 0) {
    const teams = await tx.query(
      `SELECT id, name, time_zone, working_hours_start, working_hours_end, working_days
         FROM teams WHERE id = ANY($1::uuid[]) ORDER BY id`,
      [missing],
    );
    rows.teams = [...(rows.teams ?? []), ...teams.rows];
  }
  const estimates = await loadEstimateRows(
    tx,
    rows.tasks.map((t) => t.id),
  );
  const dependencyRows = await tx.query<{
    id: string;
    predecessor_id: string;
    successor_id: string;
  }>(
    `SELECT id, predecessor_id, successor_id FROM dependencies
      WHERE successor_id = ANY($1::uuid[]) OR predecessor_id = ANY($1::uuid[])`,
    [[...rows.tasks.map((t) => t.id), ...rows.milestones.map((m) => m.id)]],
  );
  const risks: RiskRow[] = await listRisks(tx, programId);
  const settings = await forecastSettings(tx, programId);
  const today = programToday(clock, program.time_zone);
  const built = buildProgramScheduleInput(programId, rows, today);
  // As the schedule service: levelling fits the program around its people's other work.
  const reservations: Reservation[] =
    built.levelling === 'none'
      ? []
      : await outsideReservations(tx, {
          personIds: built.resources.map((r) => r.id),
          programIds: new Set(rows.programs.map((p) => p.id)),
          taskIds: new Set(rows.tasks.map((t) => t.id)),
          from: formatLocalDateTime(built.input.start).slice(0, 10),
          timeZone: built.timeZone,
        });
  return {
    plan: {
      rows,
      estimates,
      budgetCents: program.budget_cents === null ? null : Number(program.budget_cents),
      dependencyEnds: new Map(
        dependencyRows.rows.map((d) => [
          d.id,
          { predecessorId: d.predecessor_id, successorId: d.successor_id },
        ]),
      ),
    },
    context: { programId, today, risks, settings, reservations },
    clock: {
      programId,
      now: programNow(clock, program.time_zone),
      statusDate: effectiveStatusDate(program.status_date, clock, program.time_zone),
    },
    targetDate: program.target_date,
    timeZone: program.time_zone,
  };
}
