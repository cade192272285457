import { bench, describe } from 'vitest';
import type { PlanFormat } from '../contracts/plan-transfer.schema.js';
import { runSteps } from '../interchange/stepwise.js';
import {
  largeCsv,
  largeMspdi,
  largePlan,
  largeYaml,
} from '../interchange/testing/large-plan-files.js';
import { importedPlanSteps } from '../server/modules/plan-transfer/read-plan.js';

// What a plan import does before it writes: read the file and map it onto a
// program (server/modules/plan-transfer/read-plan.ts, run straight through as
// on the worker thread), for seeded random plans of 10,000 and 40,000 rows
// (interchange/testing/large-plan-files.ts: a summary every 20 rows, ~2.5
// links a leaf). Linear reading shows as a 40k/10k time ratio near 4; the
// quadratic outline order made it ~16 (a flat 20,000-row CSV took 2.5 s).
// MSPDI stops at 10,000: a 40,000-task MSPDI is 54 MB, over the 10 MB body limit.
const TODAY = '2027-01-04';
const files = new Map<string, string>();

function file(format: PlanFormat | 'flat-csv', rows: number): string {
  const key = `${format}:${rows}`;
  let text = files.get(key);
  if (text === undefined) {
    files.clear(); // one file in the heap at a time
    if (format === 'flat-csv') {
      // No outline: every row at the top level, each after the one before (the case).
      const lines = ['Name,Duration,Predecessors,Start', 'Task 1,1d,,2027-01-04'];
      for (let i = 2; i <= rows; i++) lines.push(`Task ${i},1d,${i - 1},`);
      text = lines.join('\n');
    } else {
      const input = largePlan(rows);
      text =
        format === 'csv'
          ? largeCsv(input)
          : format === 'yaml'
            ? largeYaml(input)
            : largeMspdi(input);
    }
    files.set(key, text);
  }
  return text;
}

const read = (format: PlanFormat | 'flat-csv', rows: number) =>
  runSteps(importedPlanSteps(format === 'flat-csv' ? 'csv' : format, file(format, rows), TODAY));

const CASES: [PlanFormat | 'flat-csv', number[]][] = [
  ['flat-csv', [10_000, 40_000]],
  ['csv', [10_000, 40_000]],
  ['yaml', [10_000, 40_000]],
  ['mspdi', [2_500, 10_000]],
];

for (const [format, sizes] of CASES)
  describe(`read and map a ${format} plan`, () => {
    for (const rows of sizes)
      bench(`${rows.toLocaleString('en')} rows`, () => void read(format, rows), {
        time: 2000,
        warmupTime: 300,
        warmupIterations: 1,
        iterations: 3,
      });
  });
