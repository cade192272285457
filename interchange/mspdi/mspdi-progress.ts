import type {
  TaskProgress,
  TimeSpan,
  ScheduleTask,
} from '../../engine/scheduling/schedule-input.js';
import { formatIsoDuration, parseIsoDuration } from './codes.js';
import { date, int, text, type Node } from './mspdi-xml.js';
import type { MspdiDiagnostic } from './read-mspdi.js';
import { dt, type Entry } from './write-mspdi-xml.js';

/**
 * A task's actuals in MSPDI (`ActualStart`, `ActualFinish`, `RemainingDuration`, `PercentComplete`)
 * and the engine's TaskProgress, both ways. Remaining work is in the task's own time base, as
 * MSPDI stores `RemainingDuration` like `Duration` (working minutes, or wall-clock minutes for an
 * elapsed duration). The form read is canonical: `remainingMinutes` is left out when the task is
 * done or when it equals the whole duration (the engine reads both the same way), so a plan
 * written and read back gives the same progress.
 */

/** Whole seconds, as MSPDI durations are written. */
function toSecond(minutes: number): number {
  return Math.round(minutes * 60) / 60;
}

function isDone(p: TaskProgress): p is TaskProgress & { actualFinish: number } {
  return p.actualFinish !== undefined && p.actualFinish >= p.actualStart;
}

/** The progress of a `<Task>`; undefined when it has not started. */
export function readTaskProgress(
  t: Node,
  duration: TimeSpan,
  path: string,
  diagnostics: MspdiDiagnostic[],
): TaskProgress | undefined {
  const actualStart = date(text(t, 'ActualStart'));
  const actualFinish = date(text(t, 'ActualFinish'));
  if (actualStart === null) {
    if (actualFinish !== null) {
      diagnostics.push({
        path: `${path}/ActualFinish`,
        message: 'Actual finish without an actual start: the task is imported as not started',
      });
    }
    return undefined;
  }
  if (actualFinish !== null) {
    if (actualFinish >= actualStart) return { actualStart, actualFinish };
    diagnostics.push({
      path: `${path}/ActualFinish`,
      message: 'Actual finish before the actual start: the task is imported as in progress',
    });
  }
  let remaining: number | null = null;
  const remainingText = text(t, 'RemainingDuration');
  if (remainingText !== null) {
    remaining = parseIsoDuration(remainingText);
    if (remaining === null) {
      diagnostics.push({
        path: `${path}/RemainingDuration`,
        message: `Remaining duration ${remainingText} is not a duration: % complete is used instead`,
      });
    }
  }
  const percent = int(t, 'PercentComplete');
  if (remaining === null && percent !== null) {
    remaining = duration.minutes * (1 - Math.min(100, Math.max(0, percent)) / 100);
  }
  const progress: TaskProgress = { actualStart };
  if (remaining !== null) {
    const left = toSecond(Math.max(0, remaining));
    if (left !== duration.minutes) progress.remainingMinutes = left;
  }
  return progress;
}

/**
 * % complete as MS Project shows it: the share of the duration done, a whole number; 100 only
 * for a done task (one with an actual finish), 0 for a task not started. The same rule as the
 * import's mapping onto a program task (server/modules/plan-transfer/plan-mapping.ts).
 */
export function percentComplete(task: Pick<ScheduleTask, 'duration' | 'progress'>): number {
  const p = task.progress;
  if (!p) return 0;
  if (isDone(p)) return 100;
  const total = task.duration.minutes;
  if (total <= 0) return 0; // a milestone is done only with an actual finish
  const left = Math.max(0, p.remainingMinutes ?? total);
  // An unfinished task never shows 100 % (MS Project would then mark it done).
  return Math.min(99, Math.max(0, Math.round(100 * (1 - left / total))));
}

/** The `<Task>` fields after the slack and before `ConstraintType`, in schema order. */
export function progressEntries(task: ScheduleTask): Entry[] {
  const p = task.progress;
  if (!p) return [];
  const total = task.duration.minutes;
  const done = isDone(p);
  const left = done ? 0 : Math.max(0, p.remainingMinutes ?? total);
  return [
    ['PercentComplete', percentComplete(task)],
    ['ActualStart', dt(p.actualStart)],
    ['ActualFinish', done ? dt(p.actualFinish) : undefined],
    ['ActualDuration', formatIsoDuration(Math.max(0, total - left))],
    ['RemainingDuration', formatIsoDuration(left)],
  ];
}
