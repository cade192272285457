import { afterAll, bench, describe } from 'vitest';
import { compileCalendars } from '../engine/calendar/compile-calendar.js';
import { formatLocalDateTime } from '../engine/calendar/local-time.js';
import type { WorkingTime } from '../engine/calendar/working-time.js';
import type { ScheduleInput, ScheduleTask } from '../engine/scheduling/schedule-input.js';
import type { ScheduleResult } from '../engine/scheduling/schedule-result.js';
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
  /** The same plan reported up to 40% of its span: done, in progress and unstarted work. */
  inFlight: ScheduleInput;
  calendars: Map<string, WorkingTime>;
}

/** Every leaf reported as planned up to the status date (engine/scheduling/progress.property.test.ts). */
function reportedAsPlanned(
  input: ScheduleInput,
  result: ScheduleResult,
  calendars: Map<string, WorkingTime>,
): ScheduleInput {
  const statusDate = input.start + Math.round((result.finish - input.start) * 0.4);
  const rows = new Map(result.tasks.map((t) => [t.id, t]));
  const calendar = calendars.get(input.projectCalendarId)!;
  // Every leaf gets one object shape, as a server builds its rows: a plan mixing
  // original and spread-copied objects measures V8's megamorphic property reads
  // (about 2× on the whole schedule), not the scheduler.
  const tasks = input.tasks.map((task): ScheduleTask => {
    const row = rows.get(task.id);
    if (!row || row.summary) return task;
    const { id, name, parentId, duration, milestone, predecessors } = task;
    let progress: ScheduleTask['progress'];
    if (row.earlyStart < statusDate)
      progress =
        row.earlyFinish <= statusDate
          ? { actualStart: row.earlyStart, actualFinish: row.earlyFinish }
          : {
              actualStart: row.earlyStart,
              remainingMinutes: calendar.workingBetween(statusDate, row.earlyFinish),
            };
    return { id, name, parentId, duration, milestone, predecessors, progress };
  });
  return { ...input, tasks, statusDate };
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
  const inFlight = reportedAsPlanned(input, result, calendars);
  const reported = schedulePlan(inFlight, { calendars });
  const done = inFlight.tasks.filter((t) => t.progress?.actualFinish !== undefined).length;
  const started = inFlight.tasks.filter((t) => t.progress && !t.progress.actualFinish).length;
  notes.push(
    `${size} rows in flight: ${done} done, ${started} in progress, finish ${formatLocalDateTime(reported.finish)} (as planned: ${reported.finish === result.finish})`,
  );
  loaded = { size, input, inFlight, calendars };
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
      'schedule in flight: 40% reported, status date (calendars compiled beforehand)',
      () => {
        const { inFlight, calendars } = load(size);
        schedulePlan(inFlight, { calendars });
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
