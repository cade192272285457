import type { ScheduleLevelling, ScheduleSnapshot } from '../../../contracts/schedule.schema.js';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import { levelPlan, type Reservation } from '../../../engine/levelling/index.js';
import { schedulePlan } from '../../../engine/scheduling/index.js';
import { toScheduleSnapshot, type ProgramScheduleInput } from './schedule-input.js';

/**
 * Runs the engine on a program's input (pure): the CPM schedule, levelled
 * against people's capacity when the program asks for it. Calendars are
 * compiled once on the program's clock so team and person hours in other
 * zones are shifted onto it. `reservations` are the load its people carry
 * outside the program (server/modules/capacity/outside-load.ts): levelling
 * treats it as capacity already used.
 */
export function computeProgramSchedule(
  built: ProgramScheduleInput,
  reservations: readonly Reservation[] = [],
): ScheduleSnapshot {
  const { calendars } = compileCalendars(built.input.calendars, {
    projectTimeZone: built.timeZone,
  });
  if (built.levelling === 'none')
    return toScheduleSnapshot(built, schedulePlan(built.input, { calendars }));
  const unlevelled = schedulePlan(built.input, { calendars });
  const levelled = levelPlan(
    built.input,
    built.resources,
    built.assignments,
    { withinSlackOnly: built.levelling === 'within_slack', reservations },
    calendars,
  );
  const before = new Map(unlevelled.tasks.map((t) => [t.id, t.earlyStart]));
  const after = new Map(levelled.result.tasks.map((t) => [t.id, t.earlyStart]));
  const names = new Map(built.resources.map((r) => [r.id, r.name]));
  // The engine's reasons quote ids; people read names.
  const labels = new Map<string, string>([
    ...built.input.tasks.map((t) => [t.id, t.name] as const),
    ...names,
  ]);
  const readable = (reason: string) =>
    reason.replace(/"([0-9a-f-]{36})"/g, (quoted, id: string) =>
      labels.has(id) ? `"${labels.get(id)}"` : quoted,
    );
  // Items of other programs that drive this one are scheduled too, but not listed.
  const own = new Set(built.own.map((i) => i.id));
  const levelling: ScheduleLevelling = {
    mode: built.levelling,
    delays: levelled.delays
      .filter((d) => own.has(d.taskId))
      .map((d) => ({
        itemId: d.taskId,
        resourceId: d.resourceId,
        resourceName: names.get(d.resourceId) ?? d.resourceId,
        delayMinutes: d.delayMinutes,
        unlevelledStart: formatLocalDateTime(before.get(d.taskId) ?? built.input.start),
        levelledStart: formatLocalDateTime(after.get(d.taskId) ?? built.input.start),
        reason: readable(d.reason),
      })),
    unresolved: levelled.unresolved
      .filter((u) => own.has(u.taskId))
      .map((u) => ({
        itemId: u.taskId,
        resourceIds: u.resourceIds,
        cause: u.cause,
        reason: readable(u.reason),
      })),
  };
  return toScheduleSnapshot(built, levelled.result, levelling);
}
