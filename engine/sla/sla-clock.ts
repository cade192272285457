import type { LocalMinutes } from '../calendar/local-time.js';
import type { WorkingTime } from '../calendar/working-time.js';
import { compileTeamCalendar, type TeamCalendar } from './team-calendar.js';
import { instantToZoneLocal, zoneLocalToInstant } from './zoned-instant.js';

/** A span during which the clock does not run (waiting on the requester); `toMs` null = still waiting. */
export interface SlaPause {
  fromMs: number;
  toMs: number | null;
}

export interface SlaClockInput {
  calendar: TeamCalendar;
  /** When the clock started (the request arrived), any zone. */
  startedAtMs: number;
  targetHours: number;
  pauses?: readonly SlaPause[];
  /** When the target was met by an explicit action (first response, triage decision); absent = not yet. */
  metAtMs?: number | null;
  /** The instant the clock is read at (the caller's "now"; the engine has no clock). */
  atMs: number;
  /** The calendar already compiled (`compileTeamCalendar`), when many clocks share it. */
  working?: WorkingTime;
  /** Below this many working minutes left, an open clock is `due_soon`. Default: a quarter of the target. */
  dueSoonMinutes?: number;
}

export type SlaState = 'on_track' | 'due_soon' | 'paused' | 'breached' | 'met' | 'met_late';

export interface SlaClock {
  /** Due instant; null while paused with no end (the due time is not known until the clock resumes). */
  dueAtMs: number | null;
  /** Working minutes left at `atMs` (or at `metAtMs` when met); negative = working minutes overdue. */
  workingMinutesLeft: number;
  breached: boolean;
  state: SlaState;
}

/**
 * The SLA clock: `targetHours` of the team's working time, counted from
 * `startedAtMs`, not counting working time inside pauses. The due instant is
 * the end of the last working minute needed (Friday 16:00, not Monday 08:00).
 * Being exactly at the due instant is not a breach.
 */
export function readSlaClock(input: SlaClockInput): SlaClock {
  if (!(input.targetHours >= 0) || !Number.isFinite(input.targetHours))
    throw new RangeError('targetHours must be a finite number ≥ 0');
  const zone = input.calendar.timeZone;
  const working = input.working ?? compileTeamCalendar(input.calendar);
  const local = (ms: number): LocalMinutes => instantToZoneLocal(ms, zone);
  const start = local(input.startedAtMs);
  const target = Math.round(input.targetHours * 60);
  const pauses = mergePauses(
    (input.pauses ?? []).map((p) => ({
      from: Math.max(start, local(p.fromMs)),
      to: p.toMs === null ? null : local(p.toMs),
    })),
  );

  const dueLocal = dueOnWorkingTime(working, start, target, pauses);
  const dueAtMs = dueLocal === null ? null : zoneLocalToInstant(dueLocal, zone);
  const metAt = input.metAtMs ?? null;
  const readAt = metAt ?? input.atMs;
  const counted = countedMinutes(working, start, local(readAt), pauses);
  const workingMinutesLeft = target - counted;
  const breached = dueAtMs !== null && readAt > dueAtMs;
  const dueSoon = input.dueSoonMinutes ?? Math.ceil(target / 4);
  const pausedNow =
    metAt === null &&
    pauses.some((p) => p.from <= local(readAt) && (p.to === null || local(readAt) < p.to));

  let state: SlaState;
  if (metAt !== null) state = breached ? 'met_late' : 'met';
  else if (breached) state = 'breached';
  else if (pausedNow) state = 'paused';
  else state = workingMinutesLeft <= dueSoon ? 'due_soon' : 'on_track';
  return { dueAtMs, workingMinutesLeft, breached, state };
}

interface LocalPause {
  from: LocalMinutes;
  to: LocalMinutes | null;
}

/** Sorted, non-overlapping pauses; an open pause swallows everything after it. */
function mergePauses(pauses: LocalPause[]): LocalPause[] {
  const sorted = pauses
    .filter((p) => p.to === null || p.to > p.from)
    .sort((a, b) => a.from - b.from);
  const merged: LocalPause[] = [];
  for (const p of sorted) {
    const last = merged[merged.length - 1];
    if (last && (last.to === null || p.from <= last.to)) {
      last.to = last.to === null || p.to === null ? null : Math.max(last.to, p.to);
    } else merged.push({ ...p });
  }
  return merged;
}

/** Local due minute, or null when the clock stops in an open pause before reaching the target. */
function dueOnWorkingTime(
  working: WorkingTime,
  start: LocalMinutes,
  target: number,
  pauses: readonly LocalPause[],
): LocalMinutes | null {
  if (target === 0) return start;
  let cursor = start;
  let remaining = target;
  for (const pause of pauses) {
    if (pause.from > cursor) {
      const available = working.workingBetween(cursor, pause.from);
      if (available >= remaining) return working.addWorking(cursor, remaining);
      remaining -= available;
    }
    if (pause.to === null) return null;
    cursor = Math.max(cursor, pause.to);
  }
  return working.addWorking(cursor, remaining);
}

/** Working minutes in [start, at) outside pauses; 0 when at ≤ start. */
function countedMinutes(
  working: WorkingTime,
  start: LocalMinutes,
  at: LocalMinutes,
  pauses: readonly LocalPause[],
): number {
  if (at <= start) return 0;
  let total = working.workingBetween(start, at);
  for (const p of pauses) {
    const from = Math.max(p.from, start);
    const to = Math.min(p.to ?? at, at);
    if (to > from) total -= working.workingBetween(from, to);
  }
  return total;
}
