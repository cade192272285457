import type { ProgramSchedule } from '../../../contracts/schedule.schema.js';
import type { ResourceLoad } from '../../../contracts/resource-load.schema.js';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import {
  dayIndex,
  formatLocalDateTime,
  parseLocalDateTime,
  weekdayOfDay,
} from '../../../engine/calendar/local-time.js';
import { weeklyLoad, type LoadResource, type LoadWork } from '../../../engine/levelling/index.js';
import { PROJECT_CALENDAR_ID } from '../schedules/program-calendars.js';
import type { ProgramScheduleInput } from '../schedules/schedule-input.js';

const DAY = 24 * 60;
/** Two years of weeks: a longer plan's tail is cut off, not drawn. */
export const MAX_LOAD_WEEKS = 104;

/**
 * Load per person per week of a program (pure): the program's own tasks, at
 * their scheduled dates (levelled when the program is), spread over the
 * working time of each task's calendar, against each person's own working
 * hours × capacity. Weeks run Monday to Sunday on the program's clock, from
 * the week of the schedule's start to the week of its finish.
 */
export function programResourceLoad(
  built: ProgramScheduleInput,
  schedule: ProgramSchedule,
): ResourceLoad {
  const { calendars } = compileCalendars(built.input.calendars, {
    projectTimeZone: built.timeZone,
  });
  const project = calendars.get(PROJECT_CALENDAR_ID)!;
  const calendarOfTask = new Map(built.input.tasks.map((t) => [t.id, t.calendarId]));
  const items = new Map(schedule.items.filter((i) => i.kind === 'task').map((i) => [i.id, i]));
  const work: LoadWork[] = [];
  for (const a of built.assignments) {
    const item = items.get(a.taskId);
    if (!item) continue; // a task of another program that drives this one
    work.push({
      resourceId: a.resourceId,
      taskId: a.taskId,
      start: parseLocalDateTime(item.earlyStart)!,
      finish: parseLocalDateTime(item.earlyFinish)!,
      units: a.units,
      calendar: calendars.get(calendarOfTask.get(a.taskId) ?? PROJECT_CALENDAR_ID) ?? project,
    });
  }
  const working = new Set(work.map((w) => w.resourceId));
  const people = built.resources.filter((r) => working.has(r.id));
  const resources: LoadResource[] = people.map((r) => ({
    id: r.id,
    capacity: r.capacity,
    calendar: calendars.get(r.calendarId ?? PROJECT_CALENDAR_ID) ?? project,
  }));
  const start = parseLocalDateTime(schedule.start)!;
  const finish = Math.max(start, parseLocalDateTime(schedule.finish)!);
  const firstDay = dayIndex(start) - ((weekdayOfDay(dayIndex(start)) + 6) % 7);
  const first = firstDay * DAY;
  const weeks = Math.min(MAX_LOAD_WEEKS, Math.floor((finish - first) / (7 * DAY)) + 1);
  const rows = weeklyLoad(first, weeks, resources, work);
  const zoneOf = new Map(
    built.input.calendars.map((c) => [c.id, c.timeZone ?? built.timeZone] as const),
  );
  let overAllocatedWeeks = 0;
  const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;
  return {
    programId: schedule.programId,
    levelling: built.levelling,
    weekStarts: Array.from({ length: weeks }, (_, k) =>
      formatLocalDateTime(first + k * 7 * DAY).slice(0, 10),
    ),
    people: rows.map((row, i) => {
      const person = people[i]!;
      const over = new Set(row.overAllocatedWeeks);
      overAllocatedWeeks += over.size;
      return {
        userId: row.id,
        name: person.name,
        capacity: person.capacity,
        timeZone: zoneOf.get(person.calendarId ?? '') ?? built.timeZone,
        weeks: row.loadMinutes.map((load, k) => ({
          capacityHours: hours(row.capacityMinutes[k]!),
          loadHours: hours(load),
          overAllocated: over.has(k),
          taskIds: [...new Set(row.taskIds[k])],
        })),
      };
    }),
    overAllocatedWeeks,
    scheduleComputedAt: schedule.computedAt,
  };
}
