import { existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { afterAll, bench, describe } from 'vitest';
import type { PlanChange } from '../contracts/change-request.schema.js';
import { seededRandom } from '../engine/scheduling/testing/random-plan.js';
import {
  applyPlanChanges,
  type ApplyClock,
  type PlanCopy,
} from '../server/modules/change-requests/apply-plan-changes.js';
import { planSide, type SideContext } from '../server/modules/change-requests/impact-model.js';
import { impactMonteCarlo } from '../server/modules/change-requests/impact-monte-carlo.js';
import type { ScheduleRows } from '../server/modules/schedules/schedule-input.js';

// The figure: the impact of a change request on a 2,000-task program,
// CPM plus Monte Carlo (5,000 iterations) before and after, ≤ 2 s on this
// 2-core machine; the CPM part alone ≤ 50 ms. The path is the service's
// (server/modules/change-requests/change-request-impact.ts) without the
// database: rows → apply the changes (pure) → both sides built and scheduled
// → both forecasts on worker threads with the same seed. The plan: 2,000
// tasks and 40 milestones, ~1.5 links per task, a third of the tasks on one
// of 12 team calendars in three time zones, every task with a three-point
// estimate and an hourly rate, 10 risks on 5 tasks each.
//
// Worker threads need the compiled worker: `npx tsc -p tsconfig.build.json`
// (or `npm run build`) first; without it the Monte Carlo runs in this thread.
const TASKS = 2_000;
const MILESTONES = 40;
const TEAMS = 12;
const ITERATIONS = 5_000;
const P = '00000000-0000-4000-8000-000000000001';
const id = (kind: number, n: number) =>
  `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`;
const workerFile = new URL('../dist/runtime/forecast-workers/forecast-worker.js', import.meta.url);
const haveWorkers = existsSync(fileURLToPath(workerFile));

function plan(): PlanCopy {
  const random = seededRandom(20_261_207);
  const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/Dublin'];
  const teams = Array.from({ length: TEAMS }, (_, k) => ({
    id: id(1, k),
    name: `Team ${k}`,
    time_zone: zones[k % zones.length]!,
    working_hours_start: 480,
    working_hours_end: 960,
    working_days: [1, 2, 3, 4, 5],
  }));
  const tasks = Array.from({ length: TASKS }, (_, k) => ({
    id: id(3, k),
    program_id: P,
    name: `Task ${k}`,
    estimate_hours: 4 + Math.floor(random() * 10) * 8,
    start_date: null,
    due_date: null,
    state: 'todo',
    team_id: k % 3 === 0 ? teams[k % TEAMS]!.id : null,
    milestone_id: id(4, Math.min(MILESTONES - 1, Math.floor((k * MILESTONES) / TASKS))),
  }));
  const dependencies = new Map<string, ScheduleRows['dependencies'][number]>();
  for (let k = 1; k < TASKS; k++)
    for (let l = 0; l < 1 + Math.floor(random() * 2); l++) {
      const from = Math.max(0, k - 1 - Math.floor(random() * 40));
      dependencies.set(`${from}>${k}`, {
        predecessor_id: id(3, from),
        successor_id: id(3, k),
        type: 'FS',
        lag_minutes: 0,
      });
    }
  return {
    rows: {
      programs: [{ id: P, start_date: '2027-01-04', time_zone: 'America/Los_Angeles' }],
      tasks,
      milestones: Array.from({ length: MILESTONES }, (_, k) => ({
        id: id(4, k),
        program_id: P,
        name: `Milestone ${k}`,
        due_date: null,
      })),
      dependencies: [...dependencies.values()],
      teams,
      holidays: [{ day: '2027-05-31', name: 'Holiday' }],
    },
    estimates: tasks.map((t) => ({
      id: t.id,
      state: 'todo',
      estimate_optimistic_hours: t.estimate_hours * 0.8,
      estimate_pessimistic_hours: t.estimate_hours * 1.6,
      fixed_cost: null,
      cost_per_hour: 120,
    })),
    budgetCents: 100_000_000,
    dependencyEnds: new Map(),
  };
}

const copy = plan();
const context: SideContext = {
  programId: P,
  today: '2027-01-04',
  risks: Array.from({ length: 10 }, (_, r) => ({
    id: id(5, r),
    program_id: P,
    title: `Risk ${r}`,
    probability: 0.1 + 0.05 * r,
    delay_hours: 40,
    cost: 5000,
    task_ids: [0, 1, 2, 3, 4].map((k) => id(3, (r * 397 + k * 211) % TASKS)),
    version: 1,
    created_at: new Date(0),
    updated_at: new Date(0),
  })),
  settings: { iterations: ITERATIONS, seed: 16, distribution: 'triangular', rankCorrelation: 0 },
  reservations: [],
};
const clock: ApplyClock = { programId: P, now: '2027-01-04T09:00:00', statusDate: '2027-01-04' };
// A typical request: 20 estimates raised, a new link, a task added, a milestone moved.
const changes: PlanChange[] = [
  ...Array.from({ length: 20 }, (_, k): PlanChange => ({
    kind: 'update_task',
    taskId: id(3, k * 97),
    estimateHours: 120,
  })),
  { kind: 'add_dependency', predecessorId: id(3, 500), successorId: id(3, 1500) },
  { kind: 'add_task', name: 'Security review', estimateHours: 160, milestoneId: id(4, 20) },
  { kind: 'move_milestone', milestoneId: id(4, 39), date: '2028-01-14' },
];

const settings = context.settings;
const file = haveWorkers ? workerFile : null;
// Each run a seed of its own: the impact keeps results of plans it has seen (impact-monte-carlo.ts).
let run = 0;
const cold = () => ({ ...settings, seed: settings.seed + ++run });

const loads: number[] = [];
const secondRequestMs: number[] = [];
afterAll(() => {
  const [one] = loadavg();
  console.log(
    `change-request impact: ${TASKS} tasks, ${ITERATIONS} iterations per side, workers ${haveWorkers ? 'on' : 'off (no compiled worker)'}, load average ${one?.toFixed(2)} (during: ${loads.map((l) => l.toFixed(1)).join(', ')}); second request's Monte Carlo part: ${secondRequestMs.map((ms) => ms.toFixed(0)).join(', ')} ms`,
  );
});

describe('change-request impact on a 2,000-task program', () => {
  bench(
    'CPM: one side (rows → input → schedule → forecast input)',
    () => {
      planSide(copy, context);
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'CPM part: apply the changes + both sides scheduled',
    () => {
      planSide(copy, context);
      planSide(applyPlanChanges(copy, changes, clock), context);
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'whole impact: both sides + Monte Carlo 5,000 iterations each, same seed',
    async () => {
      loads.push(loadavg()[0]!);
      const before = planSide(copy, context);
      const after = planSide(applyPlanChanges(copy, changes, clock), context);
      const fresh = cold();
      // Both sides at once, as the service does (change-request-impact.ts).
      await Promise.all([
        impactMonteCarlo(before, fresh, '2027-12-31', file),
        impactMonteCarlo(after, fresh, '2027-12-31', file),
      ]);
    },
    { iterations: 5, warmupIterations: 1 },
  );
  bench(
    'a second request on the same plan: its "before" forecast kept, only "after" runs',
    async () => {
      loads.push(loadavg()[0]!);
      const fresh = cold();
      const before = planSide(copy, context);
      await impactMonteCarlo(before, fresh, '2027-12-31', file);
      const after = planSide(applyPlanChanges(copy, changes, clock), context);
      const start = performance.now();
      await Promise.all([
        impactMonteCarlo(before, fresh, '2027-12-31', file),
        impactMonteCarlo(after, fresh, '2027-12-31', file),
      ]);
      secondRequestMs.push(performance.now() - start);
    },
    { iterations: 3, warmupIterations: 0 },
  );
});
