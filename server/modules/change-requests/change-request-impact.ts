import type { ChangeRequestImpact, PlanChange } from '../../../contracts/change-request.schema.js';
import type { ResourceLoad } from '../../../contracts/resource-load.schema.js';
import { dayNumber, formatDayNumber } from '../../../engine/capacity/index.js';
import type { Clock } from '../../clock/clock.js';
import type { Database } from '../../db/database.js';
import { loadPersonLoadInputs } from '../capacity/person-load-inputs.js';
import {
  programResourceLoad,
  resourceLoadWindow,
  scheduledAssignments,
} from '../resource-load/program-resource-load.js';
import { applyPlanChanges } from './apply-plan-changes.js';
import {
  asProgramSchedule,
  deltaWorkingDays,
  milestoneImpact,
  newlyCritical,
  newOverAllocations,
  planCost,
  planHashOf,
  planSide,
  type PlanSide,
} from './impact-model.js';
import { impactMonteCarlo } from './impact-monte-carlo.js';
import { loadPlanState, type PlanState } from './plan-state.repository.js';

/** Each side's load per person-week, over the weeks of both schedules. */
async function resourceLoads(
  db: Database,
  state: PlanState,
  before: PlanSide,
  after: PlanSide,
): Promise<[ResourceLoad, ResourceLoad]> {
  const programId = state.context.programId;
  const closedOf = (side: PlanSide) =>
    new Set(
      side.plan.rows.tasks
        .filter((t) => t.state === 'done' || t.state === 'cancelled')
        .map((t) => t.id),
    );
  const schedules = [before, after].map((s) => asProgramSchedule(programId, s));
  const personIds = [
    ...new Set(
      [before, after].flatMap((side, k) =>
        scheduledAssignments(side.built, schedules[k]!, closedOf(side)).map((a) => a.resourceId),
      ),
    ),
  ];
  const empty = (side: PlanSide, k: number) =>
    programResourceLoad(side.built, schedules[k]!, { people: [], holidays: [] }, new Map());
  if (personIds.length === 0) return [empty(before, 0), empty(after, 1)];
  const windows = schedules.map(resourceLoadWindow);
  const from = windows.map((w) => w.firstWeek).sort()[0]!;
  const to = formatDayNumber(
    Math.max(...windows.map((w) => dayNumber(w.firstWeek) + w.weekCount * 7)),
  );
  const load = await db.transaction((tx) => loadPersonLoadInputs(tx, { personIds }, { from, to }));
  return [
    programResourceLoad(before.built, schedules[0]!, load, new Map(), closedOf(before)),
    programResourceLoad(after.built, schedules[1]!, load, new Map(), closedOf(after)),
  ];
}

/** The plan as it stands and its hash: what a decision checks the stored impact against. */
export async function currentPlan(
  db: Database,
  clock: Clock,
  programId: string,
  changes: readonly PlanChange[],
): Promise<{ state: PlanState; before: PlanSide; planHash: string }> {
  const state = await db.transaction((tx) => loadPlanState(tx, programId, clock, changes));
  const before = planSide(state.plan, state.context);
  return { state, before, planHash: planHashOf(before, state.context, state.targetDate) };
}

/**
 * The impact of `changes` on the program's plan, computed on a copy: both
 * sides built and scheduled with the same day, calendars and outside load,
 * the Monte Carlo run on both with the same settings and seed, and diffed.
 */
export async function computeChangeRequestImpact(
  db: Database,
  clock: Clock,
  programId: string,
  changes: readonly PlanChange[],
): Promise<ChangeRequestImpact> {
  const { state, before, planHash } = await currentPlan(db, clock, programId, changes);
  const after = planSide(applyPlanChanges(state.plan, changes, state.clock), state.context);
  const settings = state.context.settings;
  // Both sides at once: each side's pool leaves a core idle while it starts and
  // while its last odd block runs (5,000 iterations = 5 blocks on 2 threads).
  const [mcBefore, mcAfter] = await Promise.all([
    impactMonteCarlo(before, settings, state.targetDate),
    impactMonteCarlo(after, settings, state.targetDate),
  ]);
  const [loadBefore, loadAfter] = await resourceLoads(db, state, before, after);
  return {
    finish: { before: before.schedule.finish, after: after.schedule.finish },
    finishDeltaWorkingDays: deltaWorkingDays(before.schedule.finish, after.schedule.finish),
    milestones: milestoneImpact(before, after),
    p80: { before: mcBefore.p80, after: mcAfter.p80 },
    targetDate: state.targetDate,
    targetProbability: { before: mcBefore.targetProbability, after: mcAfter.targetProbability },
    pCurve: { before: mcBefore.pCurve, after: mcAfter.pCurve },
    forecast: {
      iterations: settings.iterations,
      seed: settings.seed,
      distribution: settings.distribution,
    },
    cost: { before: planCost(before), after: planCost(after) },
    budget: { before: before.plan.budgetCents, after: after.plan.budgetCents },
    overAllocations: newOverAllocations(loadBefore, loadAfter),
    newlyCritical: newlyCritical(before, after),
    computedAt: clock().toISOString(),
    planHash,
  };
}
