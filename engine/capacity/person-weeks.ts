import { dailyShift } from '../calendar/time-zone.js';
import { dayNumber, formatDayNumber, isoWeekday, mondayOf } from './calendar-day.js';
import type {
  AllocationLoad,
  AssignmentLoad,
  CapacityOptions,
  DateRange,
  LoadContribution,
  PersonCalendar,
  PersonDay,
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

type LoadKind = 'allocation' | 'assignment';

/**
 * A person's inputs prepared once; `visitDay` answers one of their working
 * days. Weeks, single days and levelling's reservations all read days from
 * here, so every view of a person's load counts the same minutes.
 */
class PersonLoadModel {
  readonly dayMinutes: number;
  private readonly workingDays: Set<number>;
  private readonly standardWeekMinutes: number;
  private readonly holidays: Set<number>;
  private readonly timeOff: DaySpan[];
  private readonly allocations: { a: AllocationLoad; span: DaySpan }[];
  private readonly assignments: { a: AssignmentLoad; span: DaySpan; perDay: number | null }[];

  constructor(
    private readonly person: PersonCalendar,
    allocations: readonly AllocationLoad[],
    assignments: readonly AssignmentLoad[],
    holidays: readonly string[],
  ) {
    this.dayMinutes = person.workingHoursEndMinutes - person.workingHoursStartMinutes;
    this.workingDays = new Set(person.workingDays);
    this.standardWeekMinutes = this.dayMinutes * this.workingDays.size;
    this.holidays = new Set(holidays.map(dayNumber));
    this.timeOff = person.timeOff.map((r) => spanOf(r.from, r.to));
    this.allocations = allocations.map((a) => ({ a, span: spanOf(a.from, a.to) }));
    this.assignments = assignments.map((a) => {
      const span = spanOf(a.start, a.finish);
      // Known work is shared by the working days it can fall on (holidays are
      // skipped by every calendar); without a working day it loads nothing.
      let perDay: number | null = null;
      if (a.workMinutes !== undefined) {
        let days = 0;
        for (let d = span.from; d <= span.to; d++) if (this.loadsOn(d)) days++;
        perDay = days > 0 ? a.workMinutes / days : 0;
      }
      return { a, span, perDay };
    });
  }

  isWorkingDay(day: number): boolean {
    return this.dayMinutes > 0 && this.workingDays.has(isoWeekday(day));
  }

  private loadsOn(day: number): boolean {
    return this.isWorkingDay(day) && !this.holidays.has(day);
  }

  isHoliday(day: number): boolean {
    return this.holidays.has(day);
  }

  isOff(day: number): boolean {
    return !this.holidays.has(day) && this.timeOff.some((s) => covers(s, day));
  }

  capacityOf(day: number): number {
    return this.isHoliday(day) || this.isOff(day) ? 0 : this.dayMinutes * this.person.capacityShare;
  }

  /** Calls `visit` with each program's minutes on a working day (none on a holiday). */
  visitDay(
    day: number,
    visit: (programId: string | null, kind: LoadKind, minutes: number) => void,
  ) {
    if (this.holidays.has(day)) return;
    const base = this.dayMinutes;
    for (const { a, span } of this.allocations) {
      if (!covers(span, day)) continue;
      const minutes =
        a.percent !== null
          ? (a.percent / 100) * this.person.capacityShare * base
          : ((a.hoursPerWeek ?? 0) * 60 * base) / this.standardWeekMinutes;
      visit(a.programId, 'allocation', minutes);
    }
    for (const { a, span, perDay } of this.assignments)
      if (covers(span, day)) visit(a.programId, 'assignment', perDay ?? a.units * base);
  }
}

class WeekAccumulator {
  nominal = 0;
  holiday = 0;
  timeOff = 0;
  capacity = 0;
  readonly byProgram = new Map<string | null, LoadContribution>();

  add(programId: string | null, kind: LoadKind, minutes: number) {
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
 * - a task assignment loads its units of each working day from start to finish,
 *   or, when its working minutes are known (a scheduled task), those minutes
 *   shared evenly by the working days it spans;
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
  const model = new PersonLoadModel(person, allocations, assignments, options.holidays);
  const dayMinutes = model.dayMinutes;
  const shift = dailyShift(person.timeZone, options.referenceTimeZone);
  const weeks = Array.from({ length: weekCount }, () => new WeekAccumulator());
  // Reference-clock minutes counted: the whole weeks, or the window inside them.
  const lastDay = first + weekCount * 7;
  const countFrom = Math.max(first, options.window ? dayNumber(options.window.from) : first) * 1440;
  const countTo =
    Math.min(lastDay, options.window ? dayNumber(options.window.to) + 1 : lastDay) * 1440;

  for (let day = first - SCAN_MARGIN_DAYS; day < lastDay + SCAN_MARGIN_DAYS; day++) {
    if (!model.isWorkingDay(day)) continue;
    const start = Math.max(countFrom, day * 1440 + person.workingHoursStartMinutes + shift(day));
    const end = Math.min(countTo, day * 1440 + person.workingHoursEndMinutes + shift(day));
    if (end <= start) continue;
    const isHoliday = model.isHoliday(day);
    const isOff = model.isOff(day);
    const capacity = model.capacityOf(day);

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
      model.visitDay(day, (programId, kind, minutes) =>
        week.add(programId, kind, minutes * fraction),
      );
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

/** A person's capacity and load summed over a range of reference-zone days (weeks cut to it). */
export function computePersonLoadBetween(
  person: PersonCalendar,
  allocations: readonly AllocationLoad[],
  assignments: readonly AssignmentLoad[],
  options: Omit<CapacityOptions, 'firstWeek' | 'weekCount' | 'window'> & { range: DateRange },
): { capacityMinutes: number; loadMinutes: number; weeks: PersonWeek[] } {
  const from = dayNumber(options.range.from);
  const to = dayNumber(options.range.to);
  const first = mondayOf(from);
  const weeks =
    to < from
      ? []
      : computePersonWeeks(person, allocations, assignments, {
          ...options,
          firstWeek: formatDayNumber(first),
          weekCount: Math.floor((to - first) / 7) + 1,
          window: options.range,
        });
  return {
    capacityMinutes: weeks.reduce((s, w) => s + w.capacityMinutes, 0),
    loadMinutes: weeks.reduce((s, w) => s + w.loadMinutes, 0),
    weeks,
  };
}

/**
 * A person's working days from `from` to `to` (their own dates), each with its
 * capacity and its load by program: the same minutes the weeks add up.
 */
export function computePersonDays(
  person: PersonCalendar,
  allocations: readonly AllocationLoad[],
  assignments: readonly AssignmentLoad[],
  options: { range: DateRange; holidays: readonly string[] },
): PersonDay[] {
  const model = new PersonLoadModel(person, allocations, assignments, options.holidays);
  const out: PersonDay[] = [];
  const last = dayNumber(options.range.to);
  for (let day = dayNumber(options.range.from); day <= last; day++) {
    if (!model.isWorkingDay(day)) continue;
    const byProgram = new Map<string | null, LoadContribution>();
    model.visitDay(day, (programId, kind, minutes) => {
      let c = byProgram.get(programId);
      if (!c)
        byProgram.set(programId, (c = { programId, allocationMinutes: 0, assignmentMinutes: 0 }));
      if (kind === 'allocation') c.allocationMinutes += minutes;
      else c.assignmentMinutes += minutes;
    });
    out.push({
      date: formatDayNumber(day),
      workingMinutes: model.dayMinutes,
      holiday: model.isHoliday(day),
      timeOff: model.isOff(day),
      capacityMinutes: model.capacityOf(day),
      contributions: [...byProgram.values()],
    });
  }
  return out;
}
