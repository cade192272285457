import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import type { ResourceLoad } from '../../../contracts/resource-load.schema.js';
import {
  computePersonWeeks,
  dayNumber,
  formatDayNumber,
  mondayOf,
  programLoad,
  type AssignmentLoad,
} from '../../../engine/capacity/index.js';
import { hours, toCapacityCell } from '../capacity/capacity-cells.js';
import type { LoadInputs } from '../capacity/person-load-inputs.js';
import type { ProgramScheduleInput } from '../schedules/schedule-input.js';

/** Two years of weeks: a longer plan's tail is cut off, not drawn. */
export const MAX_LOAD_WEEKS = 104;

/** Weeks (Monday to Sunday on the program's clock) from the schedule's start to its finish. */
export function resourceLoadWindow(schedule: ProgramSchedule): {
  firstWeek: string;
  weekCount: number;
} {
  const first = mondayOf(dayNumber(schedule.start.slice(0, 10)));
  const last = Math.max(first, dayNumber(schedule.finish.slice(0, 10)));
  return {
    firstWeek: formatDayNumber(first),
    weekCount: Math.min(MAX_LOAD_WEEKS, Math.floor((last - first) / 7) + 1),
  };
}

/**
 * This program's open assignments at the schedule's dates (levelled when the
 * program is), with their working minutes: what the capacity loader reads
 * from a stored schedule, taken from the one just computed.
 */
export function scheduledAssignments(
  built: ProgramScheduleInput,
  schedule: ProgramSchedule,
  closedTaskIds: ReadonlySet<string> = new Set(),
): (AssignmentLoad & { resourceId: string })[] {
  // Done and cancelled work loads nobody any more, as in the capacity loader.
  const items = new Map(
    schedule.items
      .filter((i) => i.kind === 'task' && i.progress !== 'done' && !closedTaskIds.has(i.id))
      .map((i) => [i.id, i]),
  );
  return built.assignments.flatMap((a) => {
    const item = items.get(a.taskId);
    if (!item) return []; // a task of another program that drives this one
    return [
      {
        resourceId: a.resourceId,
        taskId: a.taskId,
        programId: schedule.programId,
        start: item.earlyStart.slice(0, 10),
        finish: item.earlyFinish.slice(0, 10),
        units: a.units,
        workMinutes: item.durationMinutes * a.units,
      },
    ];
  });
}

/**
 * Load per person per week of a program (pure): each person assigned to its
 * tasks, with everything they carry — this program's tasks at their scheduled
 * dates, their tasks and allocations on other programs, run work — counted by
 * engine/capacity exactly as the capacity heatmap counts it, on weeks of the
 * program's clock. Over-booked means the total is above their capacity.
 */
export function programResourceLoad(
  built: ProgramScheduleInput,
  schedule: ProgramSchedule,
  load: LoadInputs,
  programNames: Map<string, string>,
  closedTaskIds: ReadonlySet<string> = new Set(),
): ResourceLoad {
  const window = resourceLoadWindow(schedule);
  const mine = scheduledAssignments(built, schedule, closedTaskIds);
  const ownTasks = new Set(mine.map((a) => a.taskId));
  const inputs = new Map(load.people.map((p) => [p.person.id, p]));
  const order = [...new Set(built.resources.map((r) => r.id))];
  const people = order.filter((id) => mine.some((a) => a.resourceId === id) && inputs.has(id));
  const first = dayNumber(window.firstWeek);
  const weekStarts = Array.from({ length: window.weekCount }, (_, k) =>
    formatDayNumber(first + k * 7),
  );
  let overAllocatedWeeks = 0;
  return {
    programId: schedule.programId,
    levelling: built.levelling,
    weekStarts,
    people: people.map((id) => {
      const { person, calendar, allocations, assignments } = inputs.get(id)!;
      const own = mine.filter((a) => a.resourceId === id);
      // The stored schedule the loader read may be older than this one: ours wins.
      const others = assignments.filter((a) => !ownTasks.has(a.taskId));
      const weeks = computePersonWeeks(calendar, allocations, [...others, ...own], {
        firstWeek: window.firstWeek,
        weekCount: window.weekCount,
        holidays: load.holidays,
        referenceTimeZone: built.timeZone,
      });
      return {
        userId: id,
        name: person.name,
        capacity: Number(person.capacity),
        timeZone: person.time_zone,
        weeks: weeks.map((w, k) => {
          const here = w.contributions.find((c) => c.programId === schedule.programId);
          const elsewhere = w.contributions
            .filter((c) => c.programId !== schedule.programId)
            .reduce((s, c) => s + programLoad(c), 0);
          const over = w.status === 'over';
          if (over) overAllocatedWeeks++;
          const weekEnd = formatDayNumber(first + k * 7 + 6);
          return {
            capacityHours: hours(w.capacityMinutes),
            loadHours: hours(here?.assignmentMinutes ?? 0),
            otherLoadHours: hours(elsewhere),
            totalLoadHours: hours(w.loadMinutes),
            overAllocated: over,
            taskIds: [
              ...new Set(
                own
                  .filter((a) => a.start <= weekEnd && a.finish >= w.weekStart)
                  .map((a) => a.taskId),
              ),
            ],
            programs: toCapacityCell(w, programNames).programs,
          };
        }),
      };
    }),
    overAllocatedWeeks,
    scheduleComputedAt: schedule.computedAt,
  };
}
