import { MINUTES_PER_DAY, dayIndex, weekdayOfDay } from '../../calendar/local-time.js';
import type { LocalMinutes } from '../../calendar/local-time.js';
import type { WorkingTime } from '../../calendar/working-time.js';

/**
 * Test double of `WorkingTime` for the scheduling tests and benchmark: a weekly
 * pattern plus whole non-working days, with the MS Project boundary rules of
 * working-time.ts. Day by day and deliberately simple (a cumulative table of
 * working minutes per day makes `workingBetween` cheap); not the product's
 * calendar compiler, which lives in engine/calendar/.
 */
export interface DoubleCalendarSpec {
  id: string;
  /** Per weekday (0 = Sunday): [from, to) periods in minutes from midnight, sorted. */
  week: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  /** Non-working days, as day indices (see local-time.ts `dayIndex`). */
  holidays?: Iterable<number>;
}

const SEARCH_DAYS = 3660;

class WorkingTimeDouble implements WorkingTime {
  readonly id: string;
  private readonly week: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  private readonly holidays: Set<number>;

  constructor(spec: DoubleCalendarSpec) {
    this.id = spec.id;
    this.week = spec.week;
    this.holidays = new Set(spec.holidays ?? []);
  }

  private periods(day: number): ReadonlyArray<readonly [number, number]> {
    if (this.holidays.has(day)) return [];
    return this.week[weekdayOfDay(day)] ?? [];
  }

  isWorking(t: LocalMinutes): boolean {
    const day = dayIndex(t);
    const tod = t - day * MINUTES_PER_DAY;
    return this.periods(day).some(([a, b]) => tod >= a && tod < b);
  }

  nextWorkStart(t: LocalMinutes): LocalMinutes {
    const first = dayIndex(t);
    for (let day = first; day < first + SEARCH_DAYS; day++) {
      const base = day * MINUTES_PER_DAY;
      for (const [a, b] of this.periods(day)) {
        if (t < base + a) return base + a;
        if (t < base + b) return t;
      }
    }
    return t;
  }

  previousWorkEnd(t: LocalMinutes): LocalMinutes {
    const first = dayIndex(t - 1);
    for (let day = first; day > first - SEARCH_DAYS; day--) {
      const base = day * MINUTES_PER_DAY;
      const ps = this.periods(day);
      for (let p = ps.length - 1; p >= 0; p--) {
        const [a, b] = ps[p]!;
        if (t > base + b) return base + b;
        if (t > base + a) return t;
      }
    }
    return t;
  }

  addWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    let left = minutes;
    const first = dayIndex(t);
    for (let day = first; day < first + SEARCH_DAYS * 10; day++) {
      const base = day * MINUTES_PER_DAY;
      for (const [a, b] of this.periods(day)) {
        const end = base + b;
        if (end <= t) continue;
        const from = Math.max(t, base + a);
        if (left <= end - from) return from + left;
        left -= end - from;
      }
    }
    return t;
  }

  subtractWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (minutes < 0) return this.addWorking(t, -minutes);
    let left = minutes;
    const first = dayIndex(t);
    for (let day = first; day > first - SEARCH_DAYS * 10; day--) {
      const base = day * MINUTES_PER_DAY;
      const ps = this.periods(day);
      for (let p = ps.length - 1; p >= 0; p--) {
        const [a, b] = ps[p]!;
        const start = base + a;
        if (start >= t) continue;
        const to = Math.min(t, base + b);
        if (left <= to - start) return to - left;
        left -= to - start;
      }
    }
    return t;
  }

  workingBetween(a: LocalMinutes, b: LocalMinutes): number {
    if (b < a) return -this.workingBetween(b, a);
    let total = 0;
    for (let day = dayIndex(a); day <= dayIndex(b); day++) {
      const base = day * MINUTES_PER_DAY;
      for (const [p, q] of this.periods(day)) {
        const from = Math.max(a, base + p);
        const to = Math.min(b, base + q);
        if (to > from) total += to - from;
      }
    }
    return total;
  }
}

export function workingTimeDouble(spec: DoubleCalendarSpec): WorkingTime {
  return new WorkingTimeDouble(spec);
}

const DAY: ReadonlyArray<readonly [number, number]> = [
  [8 * 60, 12 * 60],
  [13 * 60, 17 * 60],
];

/** Mon–Fri 08:00–12:00, 13:00–17:00, with the given non-working days. */
export function standardDouble(id = 'standard', holidays: Iterable<number> = []): WorkingTime {
  return workingTimeDouble({ id, week: [[], DAY, DAY, DAY, DAY, DAY, []], holidays });
}

/** 24 hours a day, 7 days a week. */
export function fullTimeDouble(id = '24h'): WorkingTime {
  const all: ReadonlyArray<readonly [number, number]> = [[0, MINUTES_PER_DAY]];
  return workingTimeDouble({ id, week: [all, all, all, all, all, all, all] });
}
