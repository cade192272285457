import { dailyShift } from '../calendar/time-zone.js';
import { dayNumber, formatDayNumber, isoWeekday, mondayOf } from './calendar-day.js';
import type {
  AllocationLoad,
  AssignmentLoad,
  CapacityOptions,
  LoadContribution,
  PersonCalendar,
  PersonWeek,
  WeekStatus,
} from './capacity-types.js';

const EPSILON = 1e-9;
const DEFAULT_UNDER_USE_RATIO = 0.5;
/** Zone offsets differ by at most 26 hours, so a local day lands within two days of itself. */
const SCAN_MARGIN_DAYS = 2;

interface DaySpan {
  from: number;
  to: number;
}

function spanOf(from: string, to: string | null): DaySpan {
  return { from: dayNumber(from), to: to === null ? Number.POSITIVE_INFINITY : dayNumber(to) };
}

function covers(span: DaySpan, day: number): boolean {
  return span.from <= day && day <= span.to;
}

class WeekAccumulator {
  nominal = 0;
  holiday = 0;
  timeOff = 0;
  capacity = 0;
  readonly byProgram = new Map<string | null, LoadContribution>();

  add(programId: string | null, kind: 'allocation' | 'assignment', minutes: number) {
    let c = this.byProgram.get(programId);
    if (!c) {
      c = { programId, allocationMinutes: 0, assignmentMinutes: 0 };
      this.byProgram.set(programId, c);
    }
    if (kind === 'allocation') c.allocationMinutes += minutes;
    else c.assignmentMinutes += minutes;
  }
}

/** What one program (or run work) loads a week with: its allocation, or its tasks when they need more. */
export function programLoad(c: LoadContribution): number {
  return Math.max(c.allocationMinutes, c.assignmentMinutes);
}

function statusOf(load: number, capacity: number, underUse: number): WeekStatus {
  if (capacity <= EPSILON) return load > EPSILON ? 'over' : 'unavailable';
  const ratio = load / capacity;
  if (ratio > 1 + EPSILON) return 'over';
  return ratio < underUse ? 'under' : 'ok';
}

/**
 * A person's capacity and load per week.
 *
 * Each working day of the person (in their own zone and dates) is placed on the
 * reference zone's clock, and its minutes are counted in the reference week(s)
 * they fall in: for someone in Tokyo on a Los Angeles week, Monday morning is
 * still Sunday, so it belongs to the week before.
 *
 * The rules:
 * - capacity = working minutes − organization holidays − the person's time off, × capacity share;
 * - a percent allocation loads that percent of the capacity share of each working
 *   day that is not a holiday; an hours-per-week allocation loads its hours spread
 *   over the working days of a standard week (a four-day week carries a quarter a day);
 * - a task assignment loads its units of each working day from start to finish;
 * - an allocation reserves time for its program and task assignments on that
 *   program draw from it: a program loads a week by the larger of the two, so
 *   planning by allocation and by task never counts the same hours twice;
 * - holidays carry no load (programs plan around them), but time off does: the
 *   commitment stands while the person is away, which is what over-books them.
 * Allocations and tasks that cover only part of a week load only the days they cover.
 */
export function computePersonWeeks(
  person: PersonCalendar,
  allocations: readonly AllocationLoad[],
  assignments: readonly AssignmentLoad[],
  options: CapacityOptions,
): PersonWeek[] {
  const first = mondayOf(dayNumber(options.firstWeek));
  const weekCount = options.weekCount;
  const dayMinutes = person.workingHoursEndMinutes - person.workingHoursStartMinutes;
  const workingDays = new Set(person.workingDays);
  const standardWeekMinutes = dayMinutes * workingDays.size;
  const holidays = new Set(options.holidays.map(dayNumber));
  const timeOff = person.timeOff.map((r) => spanOf(r.from, r.to));
  const allocationSpans = allocations.map((a) => ({ a, span: spanOf(a.from, a.to) }));
  const assignmentSpans = assignments.map((a) => ({ a, span: spanOf(a.start, a.finish) }));
  const shift = dailyShift(person.timeZone, options.referenceTimeZone);
  const weeks = Array.from({ length: weekCount }, () => new WeekAccumulator());

  const lastDay = first + weekCount * 7;
  for (let day = first - SCAN_MARGIN_DAYS; day < lastDay + SCAN_MARGIN_DAYS; day++) {
    if (dayMinutes <= 0 || !workingDays.has(isoWeekday(day))) continue;
    const start = day * 1440 + person.workingHoursStartMinutes + shift(day);
    const end = start + dayMinutes;
    const isHoliday = holidays.has(day);
    const isOff = !isHoliday && timeOff.some((s) => covers(s, day));
    const loadBase = isHoliday ? 0 : dayMinutes;
    const capacity = isHoliday || isOff ? 0 : dayMinutes * person.capacityShare;

    // The working interval may straddle a reference-week boundary: split it.
    for (let cursor = start; cursor < end;) {
      const refDay = Math.floor(cursor / 1440);
      const weekIndex = Math.floor((refDay - first) / 7);
      const weekEnd = (first + (weekIndex + 1) * 7) * 1440;
      const pieceEnd = Math.min(end, weekEnd);
      const fraction = (pieceEnd - cursor) / dayMinutes;
      cursor = pieceEnd;
      if (weekIndex < 0 || weekIndex >= weekCount) continue;
      const week = weeks[weekIndex]!;
      week.nominal += dayMinutes * fraction;
      if (isHoliday) week.holiday += dayMinutes * fraction;
      if (isOff) week.timeOff += dayMinutes * fraction;
      week.capacity += capacity * fraction;
      if (loadBase === 0) continue;
      for (const { a, span } of allocationSpans) {
        if (!covers(span, day)) continue;
        const minutes =
          a.percent !== null
            ? (a.percent / 100) * person.capacityShare * loadBase
            : ((a.hoursPerWeek ?? 0) * 60 * loadBase) / standardWeekMinutes;
        week.add(a.programId, 'allocation', minutes * fraction);
      }
      for (const { a, span } of assignmentSpans) {
        if (covers(span, day)) week.add(a.programId, 'assignment', a.units * loadBase * fraction);
      }
    }
  }

  const underUse = options.underUseRatio ?? DEFAULT_UNDER_USE_RATIO;
  return weeks.map((w, i) => {
    const contributions = [...w.byProgram.values()]
      .filter((c) => c.allocationMinutes + c.assignmentMinutes > EPSILON)
      .sort(
        (x, y) =>
          y.allocationMinutes + y.assignmentMinutes - (x.allocationMinutes + x.assignmentMinutes) ||
          String(x.programId).localeCompare(String(y.programId)),
      );
    const load = contributions.reduce((s, c) => s + programLoad(c), 0);
    return {
      weekStart: formatDayNumber(first + i * 7),
      nominalMinutes: w.nominal,
      holidayMinutes: w.holiday,
      timeOffMinutes: w.timeOff,
      capacityMinutes: w.capacity,
      loadMinutes: load,
      loadRatio: w.capacity > EPSILON ? load / w.capacity : null,
      status: statusOf(load, w.capacity, underUse),
      contributions,
    };
  });
}
