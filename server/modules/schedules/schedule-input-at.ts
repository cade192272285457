import type { Clock } from '../../clock/clock.js';
import { programToday } from '../../clock/program-clock.js';
import {
  buildProgramScheduleInput,
  DEFAULT_TIME_ZONE,
  type ProgramScheduleInput,
  type ScheduleRows,
} from './schedule-input.js';

/**
 * A program's engine input as of the clock's now: "today" (the start of a
 * program without a start date, and the status date when none is set) is
 * today on the program's own clock, so every reader builds the same input.
 */
export function buildProgramScheduleInputAt(
  programId: string,
  rows: ScheduleRows,
  clock: Clock,
): ProgramScheduleInput {
  const zone = rows.programs.find((p) => p.id === programId)?.time_zone ?? DEFAULT_TIME_ZONE;
  return buildProgramScheduleInput(programId, rows, programToday(clock, zone));
}
