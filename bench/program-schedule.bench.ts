import { bench, describe } from 'vitest';
import type { LoadInputs } from '../server/modules/capacity/person-load-inputs.js';
import { programResourceLoad } from '../server/modules/resource-load/program-resource-load.js';
import { computeProgramSchedule } from '../server/modules/schedules/compute-program-schedule.js';
import {
  buildProgramScheduleInput,
  type ScheduleRows,
} from '../server/modules/schedules/schedule-input.js';
import { seededRandom } from '../engine/scheduling/testing/random-plan.js';

// The product's path for one program at the inline limit (2,000 items): rows as
// the repository loads them → engine input (team and person calendars in three
// time zones, holidays) → CPM schedule, or levelled schedule → weekly resource
// load. It backs INLINE_SCHEDULE_LIMIT in server/modules/schedules/schedule.service.ts:
// below it a read recomputes in the request.
const TASKS = 1_900;
const MILESTONES = 100;
const PEOPLE = 60;
const TEAMS = 12;
const P = '00000000-0000-4000-8000-000000000001';
const id = (kind: number, n: number) =>
  `00000000-0000-4000-8${String(kind).padStart(3, '0')}-${String(n).padStart(12, '0')}`;

function rows(levelling: 'none' | 'beyond_slack'): ScheduleRows {
  const random = seededRandom(20_261_123);
  const zones = ['America/Los_Angeles', 'America/New_York', 'Europe/Dublin'];
  const hours = (k: number) => ({
    time_zone: zones[k % zones.length]!,
    working_hours_start: 480,
    working_hours_end: 960,
    working_days: [1, 2, 3, 4, 5],
  });
  const teams = Array.from({ length: TEAMS }, (_, k) => ({
    id: id(1, k),
    name: `Team ${k}`,
    ...hours(k),
  }));
  const people = Array.from({ length: PEOPLE }, (_, k) => ({
    id: id(2, k),
    name: `Person ${k}`,
    capacity: k % 5 === 0 ? 0.5 : 1,
    ...hours(k),
  }));
  const tasks = Array.from({ length: TASKS }, (_, k) => ({
    id: id(3, k),
    program_id: P,
    name: `Task ${k}`,
    estimate_hours: 4 + Math.floor(random() * 10) * 8,
    start_date: null,
    due_date: null,
    state: 'todo',
    team_id: k % 3 === 0 ? null : teams[k % TEAMS]!.id,
  }));
  const milestones = Array.from({ length: MILESTONES }, (_, k) => ({
    id: id(4, k),
    program_id: P,
    name: `Milestone ${k}`,
    due_date: null,
  }));
  const dependencies = [];
  for (let k = 1; k < TASKS; k++) {
    const links = 1 + Math.floor(random() * 2);
    for (let l = 0; l < links; l++) {
      const from = Math.max(0, k - 1 - Math.floor(random() * 40));
      dependencies.push({
        predecessor_id: id(3, from),
        successor_id: id(3, k),
        type: 'FS' as const,
        lag_minutes: 0,
      });
    }
  }
  for (let m = 0; m < MILESTONES; m++)
    dependencies.push({
      predecessor_id: id(3, Math.floor(((m + 1) * TASKS) / MILESTONES) - 1),
      successor_id: id(4, m),
      type: 'FS' as const,
      lag_minutes: 0,
    });
  const unique = new Map(dependencies.map((d) => [`${d.predecessor_id}>${d.successor_id}`, d]));
  return {
    programs: [{ id: P, start_date: '2027-01-04', time_zone: 'America/Los_Angeles', levelling }],
    tasks,
    milestones,
    dependencies: [...unique.values()],
    teams,
    people,
    assignments: tasks.map((t, k) => ({
      task_id: t.id,
      user_id: people[k % PEOPLE]!.id,
      units: 1,
    })),
    holidays: [
      { day: '2027-01-18', name: 'Holiday' },
      { day: '2027-05-31', name: 'Holiday' },
    ],
  };
}

const plain = rows('none');
const levelled = rows('beyond_slack');

// What the capacity loader would answer for these people: their own hours, nothing elsewhere.
const load: LoadInputs = {
  holidays: (levelled.holidays ?? []).map((h) => h.day),
  people: (levelled.people ?? []).map((p) => ({
    person: {
      id: p.id,
      name: p.name,
      team_name: null,
      level_name: null,
      grade: null,
      time_zone: p.time_zone,
      working_hours_start: p.working_hours_start,
      working_hours_end: p.working_hours_end,
      working_days: p.working_days,
      capacity: String(p.capacity),
    },
    calendar: {
      timeZone: p.time_zone,
      workingHoursStartMinutes: p.working_hours_start,
      workingHoursEndMinutes: p.working_hours_end,
      workingDays: p.working_days,
      capacityShare: Number(p.capacity),
      timeOff: [],
    },
    allocations: [],
    assignments: [],
  })),
};

describe('a 2,000-item program in the product (rows → schedule → weekly load)', () => {
  bench(
    'CPM schedule',
    () => {
      computeProgramSchedule(buildProgramScheduleInput(P, plain, '2027-01-01'));
    },
    { iterations: 10, warmupIterations: 2 },
  );
  bench(
    'levelled schedule + weekly resource load',
    () => {
      const built = buildProgramScheduleInput(P, levelled, '2027-01-01');
      const snapshot = computeProgramSchedule(built);
      programResourceLoad(
        built,
        {
          programId: P,
          ...snapshot,
          inputHash: built.inputHash,
          computedAt: '2027-01-01T00:00:00.000Z',
          stale: false,
          version: 1,
        },
        load,
        new Map([[P, 'Bench']]),
      );
    },
    { iterations: 10, warmupIterations: 2 },
  );
});
