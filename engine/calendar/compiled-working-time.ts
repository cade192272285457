import type { WorkingInterval } from './calendar-definition.js';
import { formatLocalDateTime, MINUTES_PER_DAY, type LocalMinutes } from './local-time.js';
import type { WorkingTime } from './working-time.js';

/** How far (in days) a search for working time goes before giving up: 100 years. */
export const SEARCH_HORIZON_DAYS = 36_525;

/** The window never spans more than this many days unless one call needs it; past it, it restarts. */
const MAX_WINDOW_DAYS = 4 * SEARCH_HORIZON_DAYS;

/** Initial margin (days) around the first day asked for. */
const INITIAL_MARGIN_DAYS = 400;

/** Thrown when a calendar has no working time within the search horizon. */
export class NoWorkingTimeError extends Error {
  constructor(
    readonly calendarId: string,
    from: LocalMinutes,
    direction: 'forward' | 'backward',
  ) {
    super(
      `Calendar "${calendarId}" has no (or not enough) working time within ${SEARCH_HORIZON_DAYS / 365.25} years ${
        direction === 'forward' ? 'after' : 'before'
      } ${formatLocalDateTime(from)}`,
    );
    this.name = 'NoWorkingTimeError';
  }
}

/**
 * A calendar resolved to plain data: the working periods of each weekday
 * (0 = Sunday) and of the exception days (day index → periods). Periods are
 * sorted, disjoint, non-adjacent, within [0, 1440].
 */
export interface ResolvedCalendar {
  id: string;
  week: WorkingInterval[][];
  exceptionDays: Map<number, WorkingInterval[]>;
  /**
   * When the calendar's hours are in another zone than the project clock:
   * minutes to add to the calendar's local times of a day (by the calendar's
   * day index) to get project-local times. See time-zone.ts `dailyShift`.
   */
  shift?: (day: number) => number;
}

/** Sorts, clips to [0, 1440], drops empty periods and merges overlapping or touching ones. */
export function normalizeIntervals(intervals: readonly WorkingInterval[]): WorkingInterval[] {
  const sorted = intervals
    .map((i) => ({ from: Math.max(0, i.from), to: Math.min(MINUTES_PER_DAY, i.to) }))
    .filter((i) => Number.isFinite(i.from) && Number.isFinite(i.to) && i.to > i.from)
    .sort((a, b) => a.from - b.from);
  const out: WorkingInterval[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && i.from <= last.to) last.to = Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

/**
 * Working-time arithmetic over a lazily built window of days.
 *
 * For the days [lo, hi) the window holds every working period as absolute
 * local minutes (`starts`, `ends`, sorted; a period never crosses midnight, so
 * 24-hour days simply touch), the working minutes before each period
 * (`cumBefore`, from the window's first day) and, per day, the index of its
 * first period (`dayFirst`). W(t), the working minutes from the window start
 * to t, is then O(1) (scan of t's day), and add/subtract find the period
 * holding W(t) ± m by guessing its index from the weekly pattern (exact for
 * regular weeks) and then galloping + bisecting on `cumBefore`: O(1) for
 * regular calendars and O(log n) in the span at worst, whatever its length.
 * The window grows geometrically in either direction when a call leaves it,
 * so rebuilding is amortised O(1) per day. Searches give up after
 * SEARCH_HORIZON_DAYS with `NoWorkingTimeError`.
 *
 * Conventions: negative amounts run the other way (addWorking(t, -m) =
 * subtractWorking(t, m)); fractional minutes are kept as they are.
 */
export class CompiledWorkingTime implements WorkingTime {
  readonly id: string;
  private readonly week: WorkingInterval[][];
  private readonly exceptions: Map<number, WorkingInterval[]>;
  private readonly shift: ((day: number) => number) | undefined;
  /** Working minutes in one plain week (no exceptions). */
  private readonly weekMinutes: number;
  /** Mean length of a weekly working period: turns minutes into a guess of periods spanned. */
  private readonly meanPeriod: number;
  /** False when neither the week nor any exception has working time: every search fails at once. */
  readonly hasWorkingTime: boolean;

  private lo = 0;
  private hi = 0;
  private count = 0;
  private starts = new Float64Array(0);
  private ends = new Float64Array(0);
  private cumBefore = new Float64Array(1);
  private dayFirst = new Int32Array(1);

  constructor(calendar: ResolvedCalendar) {
    this.id = calendar.id;
    this.shift = calendar.shift;
    this.week = Array.from({ length: 7 }, (_, d) => normalizeIntervals(calendar.week[d] ?? []));
    this.exceptions = new Map();
    for (const [day, intervals] of calendar.exceptionDays) {
      this.exceptions.set(day, normalizeIntervals(intervals));
    }
    this.weekMinutes = this.week.reduce((s, day) => s + minutesOf(day), 0);
    const periods = this.week.reduce((s, day) => s + day.length, 0);
    this.meanPeriod = periods > 0 ? this.weekMinutes / periods : Number.POSITIVE_INFINITY;
    this.hasWorkingTime =
      this.weekMinutes > 0 || [...this.exceptions.values()].some((day) => day.length > 0);
  }

  // ---- public API -------------------------------------------------------

  nextWorkStart(t: LocalMinutes): LocalMinutes {
    this.requireWork(t, 'forward');
    this.cover(dayOf(t), dayOf(t));
    let j = this.firstEndAfter(t);
    while (j === this.count) {
      this.growForward(t, 1);
      j = this.firstEndAfter(t);
    }
    const s = this.starts[j]!;
    return s > t ? s : t;
  }

  previousWorkEnd(t: LocalMinutes): LocalMinutes {
    this.requireWork(t, 'backward');
    this.cover(dayOf(t), dayOf(t));
    let j = this.firstEndAfter(t);
    if (j < this.count && this.starts[j]! < t) return t;
    while (j === 0) {
      this.growBackward(t);
      j = this.firstEndAfter(t);
      if (j < this.count && this.starts[j]! < t) return t;
    }
    return this.ends[j - 1]!;
  }

  addWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (!Number.isFinite(minutes)) throw new RangeError(`Not a number of minutes: ${minutes}`);
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    this.requireWork(t, 'forward');
    this.cover(dayOf(t), dayOf(t));
    let j = this.firstEndAfter(t);
    let target = this.workBeforeAt(t, j) + minutes;
    while (this.cumBefore[this.count]! < target) {
      this.growForward(t, target - this.cumBefore[this.count]!);
      j = this.firstEndAfter(t);
      target = this.workBeforeAt(t, j) + minutes;
    }
    // The period whose end reaches the target: first i with cumBefore[i + 1] >= target.
    const guess = j + Math.floor(minutes / this.meanPeriod);
    const i = this.firstReaching(guess, target, false);
    return this.starts[i]! + (target - this.cumBefore[i]!);
  }

  subtractWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (!Number.isFinite(minutes)) throw new RangeError(`Not a number of minutes: ${minutes}`);
    if (minutes < 0) return this.addWorking(t, -minutes);
    this.requireWork(t, 'backward');
    this.cover(dayOf(t), dayOf(t));
    let j = this.firstEndAfter(t);
    let target = this.workBeforeAt(t, j) - minutes;
    while (target < 0) {
      this.growBackward(t, -target);
      j = this.firstEndAfter(t);
      target = this.workBeforeAt(t, j) - minutes;
    }
    // The period whose end passes the target: first i with cumBefore[i + 1] > target.
    const guess = j - Math.floor(minutes / this.meanPeriod);
    const i = this.firstReaching(guess, target, true);
    return this.starts[i]! + (target - this.cumBefore[i]!);
  }

  workingBetween(a: LocalMinutes, b: LocalMinutes): number {
    if (a === b || !this.hasWorkingTime) return 0;
    if (b < a) return -this.workingBetween(b, a);
    this.cover(dayOf(a), dayOf(b));
    return this.workBefore(b) - this.workBefore(a);
  }

  isWorking(t: LocalMinutes): boolean {
    if (!this.hasWorkingTime) return false;
    this.cover(dayOf(t), dayOf(t));
    const j = this.firstEndAfter(t);
    return j < this.count && this.starts[j]! <= t;
  }

  /** The working periods of one day (day index) on the project clock, after exceptions and any zone shift. */
  dayIntervals(day: number): readonly WorkingInterval[] {
    if (!this.shift) return this.localDayIntervals(day);
    // Periods of the calendar's days around it, moved to the project clock and clipped to this day.
    const out: WorkingInterval[] = [];
    for (let d = day - 2; d <= day + 2; d++) {
      const intervals = this.localDayIntervals(d);
      if (intervals.length === 0) continue;
      const offset = (d - day) * MINUTES_PER_DAY + this.shift(d);
      for (const iv of intervals) {
        const from = iv.from + offset;
        const to = iv.to + offset;
        if (to > 0 && from < MINUTES_PER_DAY) out.push({ from, to });
      }
    }
    return normalizeIntervals(out);
  }

  /** The working periods of one of the calendar's own days, after exceptions, in its own hours. */
  localDayIntervals(day: number): readonly WorkingInterval[] {
    return this.exceptions.get(day) ?? this.week[((day % 7) + 11) % 7]!;
  }

  // ---- window -----------------------------------------------------------

  private requireWork(t: LocalMinutes, direction: 'forward' | 'backward'): void {
    if (!this.hasWorkingTime) throw new NoWorkingTimeError(this.id, t, direction);
  }

  /** Index of the first period ending after t (this.count when none in the window); t's day must be in the window. */
  private firstEndAfter(t: LocalMinutes): number {
    const k = Math.floor(t / MINUTES_PER_DAY) - this.lo;
    let j = this.dayFirst[k]!;
    const end = this.dayFirst[k + 1]!;
    const ends = this.ends;
    while (j < end && ends[j]! <= t) j++;
    return j;
  }

  /**
   * First period i with cumBefore[i + 1] >= target (> target when `strict`);
   * the last period must qualify. Starts at `guess` (where the weekly pattern
   * says the answer lies, usually exact) and gallops then bisects from there:
   * O(1) for regular calendars, O(log n) in the worst case.
   */
  private firstReaching(guess: number, target: number, strict: boolean): number {
    const cum = this.cumBefore;
    const last = this.count - 1;
    const ok = (i: number): boolean => (strict ? cum[i + 1]! > target : cum[i + 1]! >= target);
    let i = guess < 0 ? 0 : guess > last ? last : guess;
    let lo: number;
    let hi: number;
    let step = 1;
    if (ok(i)) {
      hi = i;
      lo = i - 1;
      while (lo >= 0 && ok(lo)) {
        hi = lo;
        lo -= step;
        step *= 2;
      }
      lo = lo < 0 ? 0 : lo + 1;
    } else {
      lo = i + 1;
      hi = lo;
      while (!ok(hi)) {
        lo = hi + 1;
        hi = Math.min(last, hi + step);
        step *= 2;
      }
    }
    while (lo < hi) {
      i = (lo + hi) >>> 1;
      if (ok(i)) hi = i;
      else lo = i + 1;
    }
    return lo;
  }

  /** Working minutes from the window start to t; t's day must be in the window. */
  private workBefore(t: LocalMinutes): number {
    return this.workBeforeAt(t, this.firstEndAfter(t));
  }

  /** `workBefore(t)` when j = firstEndAfter(t) is known. */
  private workBeforeAt(t: LocalMinutes, j: number): number {
    if (j === this.count) return this.cumBefore[j]!;
    const s = this.starts[j]!;
    return this.cumBefore[j]! + (t > s ? t - s : 0);
  }

  /** Makes the window hold the days [first, last]. */
  private cover(first: number, last: number): void {
    if (first >= this.lo && last < this.hi) return;
    if (!Number.isFinite(first) || !Number.isFinite(last)) {
      throw new RangeError(`Not an instant: ${first * MINUTES_PER_DAY}`);
    }
    if (this.hi === this.lo) {
      this.rebuild(first - INITIAL_MARGIN_DAYS, last + 1 + INITIAL_MARGIN_DAYS);
      return;
    }
    const size = this.hi - this.lo;
    let lo = this.lo;
    let hi = this.hi;
    if (first < lo) lo = Math.min(first - INITIAL_MARGIN_DAYS, lo - size);
    if (last >= hi) hi = Math.max(last + 1 + INITIAL_MARGIN_DAYS, hi + size);
    if (hi - lo > MAX_WINDOW_DAYS && last - first < MAX_WINDOW_DAYS / 2) {
      // Far from what was built: start afresh rather than fill the gap.
      lo = first - INITIAL_MARGIN_DAYS;
      hi = last + 1 + INITIAL_MARGIN_DAYS;
    }
    this.rebuild(lo, hi);
  }

  /** Extends the window forward so that, hopefully, `missing` more working minutes fit after t. */
  private growForward(t: LocalMinutes, missing: number): void {
    const limit = dayOf(t) + SEARCH_HORIZON_DAYS;
    if (this.hi > limit) throw new NoWorkingTimeError(this.id, t, 'forward');
    const perDay = this.weekMinutes / 7;
    const estimate = perDay > 0 ? Math.ceil(missing / perDay) + 14 : SEARCH_HORIZON_DAYS;
    const wanted = this.hi + Math.max(estimate, this.hi - this.lo);
    this.cover(dayOf(t), Math.min(wanted, limit + 1));
  }

  /** Extends the window backward so that, hopefully, `missing` more working minutes fit before t. */
  private growBackward(t: LocalMinutes, missing = 1): void {
    const limit = dayOf(t) - SEARCH_HORIZON_DAYS;
    if (this.lo < limit) throw new NoWorkingTimeError(this.id, t, 'backward');
    const perDay = this.weekMinutes / 7;
    const estimate = perDay > 0 ? Math.ceil(missing / perDay) + 14 : SEARCH_HORIZON_DAYS;
    const wanted = this.lo - Math.max(estimate, this.hi - this.lo);
    this.cover(Math.max(wanted, limit - 1), dayOf(t));
  }

  private rebuild(lo: number, hi: number): void {
    let n = 0;
    for (let d = lo; d < hi; d++) n += this.dayIntervals(d).length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const cumBefore = new Float64Array(n + 1);
    const dayFirst = new Int32Array(hi - lo + 1);
    let i = 0;
    let cum = 0;
    for (let d = lo; d < hi; d++) {
      dayFirst[d - lo] = i;
      const base = d * MINUTES_PER_DAY;
      for (const iv of this.dayIntervals(d)) {
        starts[i] = base + iv.from;
        ends[i] = base + iv.to;
        cumBefore[i] = cum;
        cum += iv.to - iv.from;
        i++;
      }
    }
    dayFirst[hi - lo] = n;
    cumBefore[n] = cum;
    this.lo = lo;
    this.hi = hi;
    this.count = n;
    this.starts = starts;
    this.ends = ends;
    this.cumBefore = cumBefore;
    this.dayFirst = dayFirst;
  }
}

function dayOf(t: LocalMinutes): number {
  return Math.floor(t / MINUTES_PER_DAY);
}

function minutesOf(intervals: readonly WorkingInterval[]): number {
  return intervals.reduce((s, i) => s + (i.to - i.from), 0);
}

/**
 * The 24×7 clock of elapsed durations and lags: every minute works, periods
 * never end, so a finish is simply t + minutes.
 */
export const ELAPSED_TIME: WorkingTime = {
  id: 'elapsed',
  nextWorkStart: (t) => t,
  previousWorkEnd: (t) => t,
  addWorking: (t, minutes) => t + minutes,
  subtractWorking: (t, minutes) => t - minutes,
  workingBetween: (a, b) => b - a,
  isWorking: () => true,
};
