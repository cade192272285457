import { afterAll, bench, describe } from 'vitest';
import { compileCalendars } from '../engine/calendar/compile-calendar.js';
import { formatLocalDateTime } from '../engine/calendar/local-time.js';
import type { WorkingTime } from '../engine/calendar/working-time.js';
import type { ScheduleInput } from '../engine/scheduling/schedule-input.js';
import { schedulePlan } from '../engine/scheduling/schedule-plan.js';
import { linkCount, randomPlan } from '../engine/scheduling/testing/random-plan.js';

// The whole CPM schedule (graph, topological order, forward and backward
// passes, slack, summary roll-up, result rows) of seeded random plans of 1k,
// 10k and 50k rows on the standard calendar with holidays (their shape:
// engine/scheduling/testing/random-plan.ts). Calendars are compiled once per
// plan, outside the timed part, as a server would cache them; the second case
// compiles them inside.
const SIZES = [1_000, 10_000, 50_000];
const SEED = 20_271_104;

const MB = 1024 * 1024;
const notes: string[] = [];

// One plan at a time: each is built on the first (warm-up) call of its group
// and dropped when the next size is built, so a bigger plan's objects never
// sit in the heap (and slow the garbage collector) while a smaller one is timed.
interface Loaded {
  size: number;
  input: ScheduleInput;
  calendars: Map<string, WorkingTime>;
}
let loaded: Loaded | null = null;

function load(size: number): Loaded {
  if (loaded?.size === size) return loaded;
  loaded = null;
  const input = randomPlan(size, SEED);
  const calendars = compileCalendars(input.calendars).calendars;
  // Memory: the heap in use right after one run (the plan, its compiled
  // calendars and the result all alive), and the process RSS high-water mark.
  const result = schedulePlan(input, { calendars });
  const heap = process.memoryUsage().heapUsed;
  const leaves = result.tasks.filter((t) => !t.summary);
  notes.push(
    `${size} rows: ${leaves.length} leaves, ${linkCount(input)} links, finish ${formatLocalDateTime(result.finish)}, ` +
      `${leaves.filter((t) => t.critical).length} critical, ${result.diagnostics.length} diagnostics; ` +
      `heap in use ${(heap / MB).toFixed(0)} MB, max rss so far ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`,
  );
  loaded = { size, input, calendars };
  return loaded;
}

for (const size of SIZES) {
  const options =
    size >= 50_000 ? { time: 5000, warmupTime: 1000 } : { time: 3000, warmupTime: 500 };
  describe(`schedulePlan, ${size.toLocaleString('en')} rows`, () => {
    bench(
      'schedule (calendars compiled beforehand)',
      () => {
        const { input, calendars } = load(size);
        schedulePlan(input, { calendars });
      },
      options,
    );
    bench(
      'compile calendars + schedule',
      () => {
        schedulePlan(load(size).input);
      },
      options,
    );
  });
}

afterAll(() => {
  for (const line of notes) console.log(line);
});
