import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import { schedulePlan } from '../../engine/scheduling/schedule-plan.js';
import { randomPlan } from '../../engine/scheduling/testing/random-plan.js';
import { writeCsvPlan } from '../csv/csv-plan.js';
import { writeMspdi } from '../mspdi/write-mspdi.js';
import { writePlanFile } from '../plan-file/write-plan-file.js';

/**
 * One seeded random plan of `rows` tasks (a summary every 20 rows, ~2.5 links
 * per leaf: engine/scheduling/testing/random-plan.ts) written in each import
 * format, for the large-import tests and benchmarks. Written without a
 * schedule: the CSV gets its project start from the first row's Start.
 */
export function largePlanFiles(
  rows: number,
  seed = 20_271_213,
): { input: ScheduleInput; csv: string; yaml: string; mspdi: string } {
  const input = randomPlan(rows, seed);
  // Waymark schedules on its own standard calendar; the 60 years of holidays would only pad the files.
  const plain: ScheduleInput = {
    ...input,
    calendars: [{ ...input.calendars[0]!, exceptions: [] }],
  };
  const csv = writeCsvPlan(plain);
  // The reader takes the project start from the earliest Start: give the first row one.
  const [header, first, ...rest] = csv.split('\r\n');
  const cells = first!.split(',');
  cells[5] = '2027-01-04T08:00';
  return {
    input: plain,
    csv: [header, cells.join(','), ...rest].join('\r\n'),
    yaml: writePlanFile(plain, { name: `Large plan of ${rows} rows` }),
    mspdi: writeMspdi(plain, schedulePlan(plain), { name: 'Large plan', title: 'Large plan' }),
  };
}
