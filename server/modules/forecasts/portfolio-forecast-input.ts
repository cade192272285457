import { createHash } from 'node:crypto';
import type { CalendarDefinition } from '../../../engine/calendar/calendar-definition.js';
import type { ForecastInput } from '../../../engine/forecasting/forecast-input.js';
import type { ScheduleTask } from '../../../engine/scheduling/index.js';
import {
  buildNetworkScheduleInput,
  type ProgramScheduleInput,
  type ScheduleRows,
} from '../schedules/schedule-input.js';
import {
  buildProgramForecastInput,
  type EstimateRow,
  type ForecastRunSettings,
  type RiskRow,
} from './program-forecast-input.js';

/**
 * How a portfolio (several programs) becomes one forecast input (pure): the
 * programs' combined network (`buildNetworkScheduleInput`: every item of every
 * program, links between them inside; the clock is the first program's zone),
 * with estimates, all their risks and task costs as for one program
 * (`buildProgramForecastInput`). Then, per program with items, a zero-duration
 * synthetic milestone `program-finish:<id>` on a 24×7 clock that each of its
 * leaves (items with no successor in the same program) precedes FS: the
 * engine's per-milestone P-dates of it are that program's finish distribution.
 */
export const PROGRAM_FINISH_PREFIX = 'program-finish:';
// 2: the synthetic finishes run on a 24×7 clock.
const MAPPING_VERSION = 'waymark-portfolio-forecast-input/2';

/**
 * The synthetic finishes' calendar: every minute works, so a finish sits
 * exactly at its program's latest finish (a team's 19:00 finish is not moved
 * to the program calendar's next morning), as the program's schedule reports it.
 */
const FINISH_CLOCK: CalendarDefinition = {
  id: 'program-finish-clock',
  name: 'Program finish (24×7)',
  week: Object.fromEntries([0, 1, 2, 3, 4, 5, 6].map((d) => [d, [{ from: 0, to: 1440 }]])),
  exceptions: [],
};

export interface PortfolioProgram {
  id: string;
  name: string;
}

export function programFinishId(programId: string): string {
  return PROGRAM_FINISH_PREFIX + programId;
}

export function isProgramFinishId(id: string): boolean {
  return id.startsWith(PROGRAM_FINISH_PREFIX);
}

function withProgramFinishes(
  built: ProgramScheduleInput,
  programs: readonly PortfolioProgram[],
): ProgramScheduleInput {
  const programOf = new Map(built.own.map((o) => [o.id, o.programId]));
  // An item with a successor in its own program is not where that program ends.
  const hasOwnSuccessor = new Set<string>();
  for (const task of built.input.tasks)
    for (const link of task.predecessors)
      if (programOf.get(link.predecessorId) === programOf.get(task.id) && programOf.has(task.id))
        hasOwnSuccessor.add(link.predecessorId);
  const finishes: ScheduleTask[] = [];
  const durations = new Map(built.durations);
  for (const program of programs) {
    const leaves = built.own
      .filter((o) => o.programId === program.id && !hasOwnSuccessor.has(o.id))
      .map((o) => o.id);
    if (leaves.length === 0) continue;
    const id = programFinishId(program.id);
    durations.set(id, 0);
    finishes.push({
      id,
      name: `${program.name} finish`,
      duration: { kind: 'working', minutes: 0 },
      milestone: true,
      calendarId: FINISH_CLOCK.id,
      predecessors: leaves.map((predecessorId) => ({
        predecessorId,
        type: 'FS' as const,
        lag: { kind: 'working' as const, minutes: 0 },
      })),
    });
  }
  const inputHash = createHash('sha256')
    .update(MAPPING_VERSION)
    .update(built.inputHash)
    .update(JSON.stringify(programs))
    .digest('hex');
  return {
    ...built,
    input: {
      ...built.input,
      calendars: [...built.input.calendars, FINISH_CLOCK],
      tasks: [...built.input.tasks, ...finishes],
    },
    durations,
    inputHash,
  };
}

export function buildPortfolioForecastInput(
  programs: readonly PortfolioProgram[],
  rows: ScheduleRows,
  estimateRows: readonly EstimateRow[],
  risks: readonly RiskRow[],
  settings: ForecastRunSettings & { today: string },
): { input: ForecastInput; inputHash: string; programs: PortfolioProgram[] } {
  const network = buildNetworkScheduleInput(
    programs.map((p) => p.id),
    rows,
    settings.today,
  );
  const built = withProgramFinishes(network, programs);
  const withItems = new Set(built.own.map((o) => o.programId));
  return {
    ...buildProgramForecastInput(built, estimateRows, risks, settings),
    programs: programs.filter((p) => withItems.has(p.id)),
  };
}
