import type { Queryable } from '../../db/database.js';
import type { PlanForecastInputs } from './plan-mapping.js';
import { loadEstimateRows } from '../forecasts/forecast.repository.js';
import { buildProgramForecastInput } from '../forecasts/program-forecast-input.js';
import { listRisks } from '../risks/risk.repository.js';
import type { ProgramScheduleInput } from '../schedules/schedule-input.js';

/**
 * A program's estimates, task costs and risks as a plan file writes them: read
 * as the forecast reads them, so an exported plan forecasts as the program does.
 * Without `withMoney` (the caller may not see the program's costs) the file
 * carries no task costs and no risk costs.
 */
export async function forecastInputsOfProgram(
  db: Queryable,
  programId: string,
  built: ProgramScheduleInput,
  { withMoney }: { withMoney: boolean },
): Promise<PlanForecastInputs> {
  const taskIds = built.own.filter((o) => o.kind === 'task').map((o) => o.id);
  const { input } = buildProgramForecastInput(
    built,
    await loadEstimateRows(db, taskIds),
    await listRisks(db, programId),
    { distribution: 'triangular', rankCorrelation: 0 },
  );
  return {
    estimates: input.estimates,
    costs: withMoney ? (input.costs ?? []) : [],
    risks: input.risks.map((r) => ({
      id: r.id,
      name: r.name,
      probability: r.probability,
      impact: {
        taskIds: r.taskIds,
        delay: r.delay,
        ...(r.cost === undefined || !withMoney ? {} : { cost: r.cost }),
      },
    })),
  };
}
