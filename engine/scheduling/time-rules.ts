import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';

/**
 * The MS Project boundary rules of README §4, as small functions the passes
 * share. `clock` is the task's duration clock (its calendar, or 24×7 for an
 * elapsed duration); `calendar` is its working calendar.
 */

/** ⊕ lag on the successor's calendar (README §3): working, negative (a lead) or elapsed. */
export function addLag(
  calendar: WorkingTime,
  t: LocalMinutes,
  minutes: number,
  elapsed: number,
): LocalMinutes {
  if (minutes === 0) return t;
  if (elapsed) return t + minutes;
  return minutes > 0 ? calendar.addWorking(t, minutes) : calendar.subtractWorking(t, -minutes);
}

/** ⊖ lag, the backward-pass mirror of `addLag`. */
export function subtractLag(
  calendar: WorkingTime,
  t: LocalMinutes,
  minutes: number,
  elapsed: number,
): LocalMinutes {
  if (minutes === 0) return t;
  if (elapsed) return t - minutes;
  return minutes > 0 ? calendar.subtractWorking(t, minutes) : calendar.addWorking(t, -minutes);
}

/**
 * Rule 1: a start sits at the next working minute. Rule 5: a zero-duration
 * task may stay at the end of a working period (or anywhere working).
 */
export function placeStart(calendar: WorkingTime, t: LocalMinutes, zero: boolean): LocalMinutes {
  if (zero && calendar.previousWorkEnd(t) === t) return t;
  return calendar.nextWorkStart(t);
}

/**
 * Rule 7: a late finish sits at a period end (Mon 08:00 → Fri 17:00). A
 * zero-duration task keeps its late finish where it is, e.g. at a period start
 * (the synthetic INDEX "local fix") or at a project finish outside its calendar.
 */
export function placeLateFinish(
  calendar: WorkingTime,
  t: LocalMinutes,
  zero: boolean,
): LocalMinutes {
  return zero ? t : calendar.previousWorkEnd(t);
}

/** Rule 2: the finish of a task starting at `start` (0 → unchanged, rule 4). */
export function finishFrom(
  clock: WorkingTime,
  start: LocalMinutes,
  duration: number,
): LocalMinutes {
  return duration === 0 ? start : clock.addWorking(start, duration);
}

/** The start of a task finishing at `finish` (0 → unchanged, rule 4). */
export function startFrom(
  clock: WorkingTime,
  finish: LocalMinutes,
  duration: number,
): LocalMinutes {
  return duration === 0 ? finish : clock.subtractWorking(finish, duration);
}

/**
 * The latest finish of a task that must start by `start`: `finishFrom`, as
 * MPXJ mirrors it. From a non-working instant (12:00 before lunch) that is
 * the same working instant as the next period start, so links still hold in
 * working time.
 */
export function lateFinishFromStart(
  clock: WorkingTime,
  start: LocalMinutes,
  duration: number,
): LocalMinutes {
  return finishFrom(clock, start, duration);
}
