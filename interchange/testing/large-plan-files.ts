import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import { schedulePlan } from '../../engine/scheduling/schedule-plan.js';
import { randomPlan } from '../../engine/scheduling/testing/random-plan.js';
import { writeCsvPlan } from '../csv/write-csv-plan.js';
import { writeMspdi } from '../mspdi/write-mspdi.js';
import { writePlanFile } from '../plan-file/write-plan-file.js';

/**
 * Seeded random plans of `rows` tasks (a summary every 20 rows, ~2.5 links
 * per leaf: engine/scheduling/testing/random-plan.ts) and their files in each
 * import format, for the large-import tests and benchmarks. Each file is made
 * only when asked for: a 40,000-task MSPDI is 54 MB.
 */
export function largePlan(rows: number, seed = 20_271_213): ScheduleInput {
  const input = randomPlan(rows, seed);
  // Waymark schedules on its own standard calendar; 60 years of holidays would only pad the files.
  return { ...input, calendars: [{ ...input.calendars[0]!, exceptions: [] }] };
}

/** Without a schedule: the reader takes the project start from the first row's Start. */
export function largeCsv(input: ScheduleInput): string {
  const [header, first, ...rest] = writeCsvPlan(input).split('\r\n');
  const cells = first!.split(',');
  cells[5] = '2027-01-04T08:00';
  return [header, cells.join(','), ...rest].join('\r\n');
}

export function largeYaml(input: ScheduleInput): string {
  return writePlanFile(input, { name: `Large plan of ${input.tasks.length} rows` });
}

export function largeMspdi(input: ScheduleInput): string {
  return writeMspdi(input, schedulePlan(input), { name: 'Large plan', title: 'Large plan' });
}
