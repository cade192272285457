import { afterAll, bench, describe } from 'vitest';
import { compileCalendars } from '../engine/calendar/compile-calendar.js';
import { formatLocalDateTime } from '../engine/calendar/local-time.js';
import type { WorkingTime } from '../engine/calendar/working-time.js';
import { levelPlan } from '../engine/levelling/level-plan.js';
import type { Assignment, LevelingResult, Resource } from '../engine/levelling/levelling-types.js';
import type { ScheduleInput } from '../engine/scheduling/schedule-input.js';
import { schedulePlan } from '../engine/scheduling/schedule-plan.js';
import { linkCount, randomPlan, seededRandom } from '../engine/scheduling/testing/random-plan.js';

// Resource levelling of a seeded plan of 5,000 leaf tasks (5,264 rows with
// their work-package summaries; shape: engine/scheduling/testing/random-plan.ts,
// ~2.5 links per leaf) and 250 resources (70% full time, 15% half time, 15% a
// pair with capacity 2), each task with work given 1–2 assignments (units 1,
// or 0.5 one time in four, never above the resource's capacity). Calendars are
// compiled once, outside the timed part. Levelled beyond slack, the mode that
// must resolve every over-allocation.
const ROWS = 5_264;
const RESOURCES = 250;
const SEED = 20_271_123;

function resourcesFor(
  input: ScheduleInput,
  seed: number,
): { resources: Resource[]; assignments: Assignment[] } {
  const random = seededRandom(seed);
  const resources: Resource[] = [];
  for (let r = 0; r < RESOURCES; r++) {
    const x = random();
    resources.push({
      id: `r${r}`,
      name: `Person ${r}`,
      capacity: x < 0.7 ? 1 : x < 0.85 ? 0.5 : 2,
    });
  }
  const parents = new Set(input.tasks.map((t) => t.parentId).filter((p) => p != null));
  const assignments: Assignment[] = [];
  for (const task of input.tasks) {
    if (parents.has(task.id) || task.duration.minutes === 0) continue;
    const count = random() < 0.5 ? 1 : 2;
    const first = Math.floor(random() * RESOURCES);
    for (let k = 0; k < count; k++) {
      const resource =
        resources[(first + k * (1 + Math.floor(random() * (RESOURCES - 1)))) % RESOURCES]!;
      const units = Math.min(random() < 0.25 ? 0.5 : 1, resource.capacity);
      assignments.push({ taskId: task.id, resourceId: resource.id, units });
    }
  }
  return { resources, assignments };
}

const input = randomPlan(ROWS, SEED);
const calendars: Map<string, WorkingTime> = compileCalendars(input.calendars).calendars;
const { resources, assignments } = resourcesFor(input, SEED);

/** Over-capacity periods found by sweeping every resource's load over the levelled dates. */
function overAllocations(out: LevelingResult): number {
  const rows = new Map(out.result.tasks.map((t) => [t.id, t]));
  const byResource = new Map<string, { t: number; d: number }[]>();
  for (const a of assignments) {
    const row = rows.get(a.taskId)!;
    if (row.finish <= row.start) continue;
    const events = byResource.get(a.resourceId) ?? [];
    events.push({ t: row.start, d: a.units }, { t: row.finish, d: -a.units });
    byResource.set(a.resourceId, events);
  }
  let over = 0;
  for (const r of resources) {
    const events = (byResource.get(r.id) ?? []).sort((x, y) => x.t - y.t || x.d - y.d);
    let load = 0;
    for (let i = 0; i < events.length; i++) {
      load += events[i]!.d;
      if (events[i + 1]?.t === events[i]!.t) continue;
      if (load > r.capacity + 1e-9) over++;
    }
  }
  return over;
}

const notes: string[] = [];
let checked = false;
let checkedWithin = false;

describe(`levelPlan, ${ROWS.toLocaleString('en')} rows / ${RESOURCES} resources`, () => {
  bench(
    'level beyond slack (CPM, serial levelling, CPM of the levelled plan)',
    () => {
      const out = levelPlan(input, resources, assignments, { withinSlackOnly: false }, calendars);
      if (!checked) {
        checked = true;
        const cpm = schedulePlan(input, { calendars });
        const leaves = out.result.tasks.filter((t) => !t.summary).length;
        const over = overAllocations(out);
        // Beyond slack with units within capacity, levelling must resolve everything.
        if (over > 0 || out.unresolved.length > 0)
          throw new Error(
            `levelling left ${over} over-allocated periods, ${out.unresolved.length} unresolved`,
          );
        notes.push(
          `${leaves} leaves, ${linkCount(input)} links, ${assignments.length} assignments, ${resources.length} resources; ` +
            `CPM finish ${formatLocalDateTime(cpm.finish)}, levelled finish ${formatLocalDateTime(out.result.finish)}; ` +
            `${out.delays.length} tasks delayed, ${out.unresolved.length} unresolved, ${out.diagnostics.length} diagnostics; ` +
            `over-allocated periods after levelling (sweep): ${over}`,
        );
      }
    },
    { time: 5000, warmupTime: 1000 },
  );
  bench(
    'level within slack only',
    () => {
      const out = levelPlan(input, resources, assignments, { withinSlackOnly: true }, calendars);
      if (!checkedWithin) {
        checkedWithin = true;
        notes.push(
          `within slack only: levelled finish ${formatLocalDateTime(out.result.finish)}, ` +
            `${out.delays.length} tasks delayed, ${out.unresolved.length} unresolved`,
        );
      }
    },
    { time: 5000, warmupTime: 1000 },
  );
});

afterAll(() => {
  for (const line of notes) console.log(line);
});
