import { CompiledWorkingTime } from '../calendar/compiled-working-time.js';
import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';

const DAY = 1440;

/**
 * A compiled calendar's working periods over a fixed window of days, laid out
 * flat (the same table `CompiledWorkingTime` builds: period starts, ends, the
 * working minutes before each, the first period of each day), with the
 * arithmetic the forward pass needs as small monomorphic methods. It is the
 * same arithmetic with the same boundary rules, minus the window management:
 * anything that would leave the window is asked of the compiled calendar
 * itself, so results never depend on the window. The forecast's hot loop runs
 * several calendar operations per task and iteration; this keeps them cheap.
 */
export class FlatCalendar {
  private readonly lo: number;
  private readonly days: number;
  private readonly count: number;
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private readonly cum: Float64Array;
  private readonly dayFirst: Int32Array;
  private readonly meanPeriod: number;

  constructor(
    readonly slow: WorkingTime,
    firstDay: number,
    lastDay: number,
  ) {
    const intervals =
      slow instanceof CompiledWorkingTime && slow.hasWorkingTime
        ? (d: number) => slow.dayIntervals(d)
        : null;
    const lo = intervals ? firstDay : 0;
    const hi = intervals ? lastDay + 1 : 0;
    let n = 0;
    for (let d = lo; d < hi; d++) n += intervals!(d).length;
    this.starts = new Float64Array(n);
    this.ends = new Float64Array(n);
    this.cum = new Float64Array(n + 1);
    this.dayFirst = new Int32Array(hi - lo + 1);
    let i = 0;
    let cum = 0;
    for (let d = lo; d < hi; d++) {
      this.dayFirst[d - lo] = i;
      for (const iv of intervals!(d)) {
        this.starts[i] = d * DAY + iv.from;
        this.ends[i] = d * DAY + iv.to;
        this.cum[i] = cum;
        cum += iv.to - iv.from;
        i++;
      }
    }
    this.dayFirst[hi - lo] = n;
    this.cum[n] = cum;
    this.lo = lo;
    this.days = hi - lo;
    this.count = n;
    this.meanPeriod = n > 0 ? cum / n : Infinity;
  }

  /** Index of the first period ending after t, or −1 when t's day is outside the window. */
  private firstEndAfter(t: LocalMinutes): number {
    const k = Math.floor(t / DAY) - this.lo;
    if (!(k >= 0 && k < this.days)) return -1;
    let j = this.dayFirst[k]!;
    const end = this.dayFirst[k + 1]!;
    const ends = this.ends;
    while (j < end && ends[j]! <= t) j++;
    return j;
  }

  nextWorkStart(t: LocalMinutes): LocalMinutes {
    const j = this.firstEndAfter(t);
    if (j < 0 || j === this.count) return this.slow.nextWorkStart(t);
    const s = this.starts[j]!;
    return s > t ? s : t;
  }

  previousWorkEnd(t: LocalMinutes): LocalMinutes {
    const j = this.firstEndAfter(t);
    if (j < 0) return this.slow.previousWorkEnd(t);
    if (j < this.count && this.starts[j]! < t) return t;
    if (j === 0) return this.slow.previousWorkEnd(t);
    return this.ends[j - 1]!;
  }

  addWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (minutes < 0) return this.subtractWorking(t, -minutes);
    const j = this.firstEndAfter(t);
    if (j < 0) return this.slow.addWorking(t, minutes);
    const cum = this.cum;
    const target = this.workBeforeAt(t, j) + minutes;
    const last = this.count - 1;
    if (!(cum[this.count]! >= target) || last < 0) return this.slow.addWorking(t, minutes);
    // The first period whose end reaches the target, from where the weekly pattern puts it.
    let i = j + Math.floor(minutes / this.meanPeriod);
    if (i > last) i = last;
    while (i > j && cum[i]! >= target) i--;
    while (cum[i + 1]! < target) i++;
    return this.starts[i]! + (target - cum[i]!);
  }

  subtractWorking(t: LocalMinutes, minutes: number): LocalMinutes {
    if (minutes === 0) return t;
    if (minutes < 0) return this.addWorking(t, -minutes);
    const j = this.firstEndAfter(t);
    if (j < 0) return this.slow.subtractWorking(t, minutes);
    const cum = this.cum;
    const target = this.workBeforeAt(t, j) - minutes;
    const last = this.count - 1;
    if (!(target >= 0) || last < 0) return this.slow.subtractWorking(t, minutes);
    // The first period whose end passes the target.
    let i = j - Math.floor(minutes / this.meanPeriod);
    if (i < 0) i = 0;
    if (i > last) i = last;
    while (i > 0 && cum[i]! > target) i--;
    while (cum[i + 1]! <= target) i++;
    return this.starts[i]! + (target - cum[i]!);
  }

  private workBeforeAt(t: LocalMinutes, j: number): number {
    if (j === this.count) return this.cum[j]!;
    const s = this.starts[j]!;
    return this.cum[j]! + (t > s ? t - s : 0);
  }
}
