import type { Forecast, ProgramRisk } from '../../../contracts/forecast.schema.js';
import type { Program } from '../../../contracts/program.schema.js';
import type { Task } from '../../../contracts/task.schema.js';
import type { ProgramSight } from './program-sight.js';

/*
 * Budgets and costs for those who may not see them (ProgramSight.canSeeMoney):
 * the amounts become null, as the schemas document ("null: not set, or hidden
 * from you"). The rest of the record stays as it is.
 */

export const programMoneyFor = (sight: ProgramSight, p: Program): Program =>
  sight.canSeeMoney(p.id) ? p : { ...p, budgetCents: null };

export const taskMoneyFor = (sight: ProgramSight, t: Task): Task =>
  sight.canSeeMoney(t.programId) ? t : { ...t, fixedCost: null, costPerHour: null };

export const riskMoneyFor = (sight: ProgramSight, r: ProgramRisk): ProgramRisk =>
  sight.canSeeMoney(r.programId) ? r : { ...r, cost: null };

/** A forecast's cost is the sum over all its programs: hidden if any one program's money is. */
export function forecastMoneyFor(sight: ProgramSight, f: Forecast): Forecast {
  if (!f.result || sight.canSeeMoneyOfAll(f.programIds)) return f;
  return { ...f, result: { ...f.result, cost: null, jointConfidence: [] } };
}
