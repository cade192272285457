import { dailyShift } from '../calendar/time-zone.js';
import { dayNumber } from './calendar-day.js';
import type {
  AllocationLoad,
  AssignmentLoad,
  DateRange,
  PersonCalendar,
} from './capacity-types.js';
import { computePersonDays, programLoad } from './person-weeks.js';

/** Units of a person already in use over [start, finish), minutes on a reference clock. */
export interface ReservedSpan {
  start: number;
  finish: number;
  /** 1 = a full working day's worth (compare with the person's capacity share). */
  units: number;
}

/**
 * The load a person already carries, as units over time, for levelling one
 * program against it: the caller passes the allocations and assignments of
 * everything else (other programs, run work). Each working day's load, counted
 * exactly as the capacity weeks count it (per program the larger of allocation
 * and tasks), becomes `load ÷ working minutes` units over that whole local day,
 * placed on the reference clock; equal neighbouring days are merged.
 */
export function reservedUnits(
  person: PersonCalendar,
  allocations: readonly AllocationLoad[],
  assignments: readonly AssignmentLoad[],
  options: { range: DateRange; holidays: readonly string[]; referenceTimeZone: string },
): ReservedSpan[] {
  const shift = dailyShift(person.timeZone, options.referenceTimeZone);
  const out: ReservedSpan[] = [];
  for (const d of computePersonDays(person, allocations, assignments, options)) {
    const load = d.contributions.reduce((s, c) => s + programLoad(c), 0);
    if (load <= 0 || d.workingMinutes <= 0) continue;
    const day = dayNumber(d.date);
    const start = day * 1440 + shift(day);
    const finish = (day + 1) * 1440 + shift(day + 1);
    const units = load / d.workingMinutes;
    const last = out[out.length - 1];
    if (last && last.finish === start && Math.abs(last.units - units) < 1e-9) last.finish = finish;
    else out.push({ start, finish, units });
  }
  return out;
}
