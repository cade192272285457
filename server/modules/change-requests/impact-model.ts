import { createHash } from 'node:crypto';
import type { ChangeRequestImpact } from '../../../contracts/change-request.schema.js';
import type { ProgramSchedule, ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import type { ResourceLoad } from '../../../contracts/resource-load.schema.js';
import type { Forecast } from '../../../contracts/forecast.schema.js';
import type { Reservation } from '../../../engine/levelling/index.js';
import { computeProgramSchedule } from '../schedules/compute-program-schedule.js';
import {
  buildProgramScheduleInput,
  workingDaysBetween,
  type ProgramScheduleInput,
} from '../schedules/schedule-input.js';
import { buildProgramForecastInput, type RiskRow } from '../forecasts/program-forecast-input.js';
import type { PlanCopy } from './apply-plan-changes.js';

/** The Monte Carlo settings of the impact: the program's last forecast's, else these. */
export interface ImpactForecastSettings {
  iterations: number;
  seed: number;
  distribution: Forecast['distribution'];
  rankCorrelation: number;
}
export const DEFAULT_IMPACT_SETTINGS: ImpactForecastSettings = {
  iterations: 5000,
  seed: 16,
  distribution: 'triangular',
  rankCorrelation: 0,
};
/** A last forecast of 100,000 iterations would make every impact slow: at most this many. */
export const MAX_IMPACT_ITERATIONS = 10000;

/** One side (before or after) of the impact: the engine input, its CPM schedule, its forecast input. */
export interface PlanSide {
  plan: PlanCopy;
  built: ProgramScheduleInput;
  schedule: ScheduleSnapshot;
  forecast: ReturnType<typeof buildProgramForecastInput>;
}

/** What both sides share: the same day, calendars, risks, settings and outside load. */
export interface SideContext {
  programId: string;
  today: string;
  risks: readonly RiskRow[];
  settings: ImpactForecastSettings;
  reservations: readonly Reservation[];
}

/** Builds and schedules one side (pure): the schedule service's own input and engine call. */
export function planSide(plan: PlanCopy, context: SideContext): PlanSide {
  const built = buildProgramScheduleInput(context.programId, plan.rows, context.today);
  const schedule = computeProgramSchedule(built, context.reservations);
  const forecast = buildProgramForecastInput(built, plan.estimates, context.risks, {
    distribution: context.settings.distribution,
    rankCorrelation: context.settings.rankCorrelation,
  });
  return { plan, built, schedule, forecast };
}

/**
 * The hash of everything the impact reads of the plan: the forecast's input hash
 * (which covers the schedule's input hash, estimates, costs and risks), the
 * outside load levelling fits around, the budget, the target date and the
 * forecast settings. A decision is refused when it no longer matches.
 */
export function planHashOf(
  side: PlanSide,
  context: SideContext,
  targetDate: string | null,
): string {
  return createHash('sha256')
    .update('waymark-change-request-impact/1')
    .update(side.forecast.inputHash)
    .update(
      JSON.stringify({
        reservations: context.reservations,
        budgetCents: side.plan.budgetCents,
        targetDate,
        settings: context.settings,
      }),
    )
    .digest('hex');
}

/** Working days (Mon–Fri) from `before` to `after`: negative when earlier, 0 on the same day. */
export function deltaWorkingDays(before: string | null, after: string | null): number {
  if (!before || !after) return 0;
  const from = before.slice(0, 10);
  const to = after.slice(0, 10);
  if (from === to) return 0;
  return from < to ? workingDaysBetween(from, to) - 1 : -(workingDaysBetween(to, from) - 1);
}

/** The plan's cost as the forecast's deterministic one: fixed + rate × scheduled working hours of its own tasks. */
export function planCost(side: PlanSide): number {
  const own = new Set(side.built.own.filter((o) => o.kind === 'task').map((o) => o.id));
  let cost = 0;
  for (const e of side.plan.estimates) {
    if (!own.has(e.id)) continue;
    const hours = (side.built.durations.get(e.id) ?? 0) / 60;
    cost += Number(e.fixed_cost ?? 0) + Number(e.cost_per_hour ?? 0) * hours;
  }
  return Math.round(cost * 100) / 100;
}

export function milestoneImpact(
  before: PlanSide,
  after: PlanSide,
): ChangeRequestImpact['milestones'] {
  const finishes = (s: ScheduleSnapshot) =>
    new Map(s.items.filter((i) => i.kind === 'milestone').map((i) => [i.id, i] as const));
  const was = finishes(before.schedule);
  const now = finishes(after.schedule);
  return [...new Set([...was.keys(), ...now.keys()])].map((id) => {
    const b = was.get(id)?.earlyFinish ?? null;
    const a = now.get(id)?.earlyFinish ?? null;
    return {
      id,
      name: (now.get(id) ?? was.get(id))!.name,
      before: b,
      after: a,
      deltaWorkingDays: deltaWorkingDays(b, a),
    };
  });
}

/** Tasks critical after the change that were not before (added ones included). */
export function newlyCritical(
  before: PlanSide,
  after: PlanSide,
): ChangeRequestImpact['newlyCritical'] {
  const was = new Set(before.schedule.items.filter((i) => i.critical).map((i) => i.id));
  return after.schedule.items
    .filter((i) => i.kind === 'task' && !i.summary && i.critical && !was.has(i.id))
    .map((i) => ({ id: i.id, name: i.name }));
}

/** Person-weeks over capacity after the change that were not before. */
export function newOverAllocations(
  before: ResourceLoad,
  after: ResourceLoad,
): ChangeRequestImpact['overAllocations'] {
  const wasOver = new Set<string>();
  for (const person of before.people)
    person.weeks.forEach((w, k) => {
      if (w.overAllocated) wasOver.add(`${person.userId}|${before.weekStarts[k]}`);
    });
  const found: ChangeRequestImpact['overAllocations'] = [];
  for (const person of after.people)
    person.weeks.forEach((w, k) => {
      const week = after.weekStarts[k]!;
      if (w.overAllocated && !wasOver.has(`${person.userId}|${week}`))
        found.push({
          personId: person.userId,
          name: person.name,
          week,
          hours: w.totalLoadHours,
          capacityHours: w.capacityHours,
        });
    });
  return found;
}

/** A computed snapshot in the stored schedule's shape, for the readers that take one. */
export function asProgramSchedule(programId: string, side: PlanSide): ProgramSchedule {
  return {
    programId,
    ...side.schedule,
    inputHash: side.built.inputHash,
    computedAt: new Date(0).toISOString(),
    stale: false,
    version: 1,
  };
}
