import type { Task } from '../../../contracts/task.schema.js';
import { parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import { ValidationError } from '../../domain-errors.js';
import type { Issue } from '../../../contracts/common.schema.js';

/** What a write says about progress (body fields; absent = not named). */
export interface ProgressInput {
  state?: Task['state'];
  actualStart?: string | null;
  actualFinish?: string | null;
  percentComplete?: number;
  remainingHours?: number | null;
}

/** A task's stored progress (null for a task being created). */
export interface StoredProgress {
  state: Task['state'];
  actual_start: string | null;
  actual_finish: string | null;
  percent_complete: number;
  remaining_hours: number | null;
}

export interface ProgressColumns {
  actual_start: string | null;
  actual_finish: string | null;
  percent_complete: number;
  remaining_hours: number | null;
}

/**
 * The progress a write leaves behind, by MS Project's habits:
 * - moving to in_progress fills the actual start from the clock, moving to
 *   done fills both actuals and makes it 100% — each unless given;
 * - moving back to todo clears the actuals and the percent unless given;
 *   leaving done for in_progress clears the actual finish;
 * - a task created done without a percent is 100%.
 * Refused, naming the field: an actual finish without an actual start or
 * before it; an actual date after the status date (on it is fine); done
 * below 100%; an actual date that is not a real date. Pure: `now` is the
 * clock's time on the program's clock and `statusDate` the one in force.
 */
export function resolveProgress(
  stored: StoredProgress | null,
  input: ProgressInput,
  now: string,
  statusDate: string,
): ProgressColumns {
  const before: StoredProgress = stored ?? {
    state: 'todo',
    actual_start: null,
    actual_finish: null,
    percent_complete: 0,
    remaining_hours: null,
  };
  const state = input.state ?? before.state;
  const moved = stored === null ? input.state !== undefined : state !== before.state;
  const given = <K extends keyof ProgressInput>(k: K) => input[k] !== undefined;

  let actualStart = given('actualStart') ? input.actualStart! : before.actual_start;
  let actualFinish = given('actualFinish') ? input.actualFinish! : before.actual_finish;
  let percent = input.percentComplete ?? before.percent_complete;
  let remaining = given('remainingHours') ? input.remainingHours! : before.remaining_hours;
  const filled = new Set<'actualStart' | 'actualFinish'>();

  if (moved && state === 'in_progress') {
    if (!given('actualStart') && actualStart === null) {
      actualStart = now;
      filled.add('actualStart');
    }
    if (!given('actualFinish')) actualFinish = null;
  } else if (moved && state === 'done') {
    if (!given('actualStart') && actualStart === null) {
      actualStart = now;
      filled.add('actualStart');
    }
    if (!given('actualFinish') && actualFinish === null) {
      actualFinish = actualStart !== null && actualStart > now ? actualStart : now;
      filled.add('actualFinish');
    }
    if (!given('percentComplete')) percent = 100;
    if (!given('remainingHours')) remaining = null;
  } else if (moved && state === 'todo') {
    if (!given('actualStart')) actualStart = null;
    if (!given('actualFinish')) actualFinish = null;
    if (!given('percentComplete')) percent = 0;
    if (!given('remainingHours')) remaining = null;
  }

  const issues: Issue[] = [];
  const issue = (field: string, code: string, message: string) =>
    issues.push({ path: `body.${field}`, code, message });
  for (const [field, value] of [
    ['actualStart', actualStart],
    ['actualFinish', actualFinish],
  ] as const) {
    if (value === null) continue;
    if (parseLocalDateTime(value) === null) {
      issue(field, 'invalid', 'is not a real date and time');
      continue;
    }
    const changed = given(field) || filled.has(field);
    if (changed && value.slice(0, 10) > statusDate)
      issue(
        field,
        'after_status_date',
        filled.has(field)
          ? `would be now (${value}), after the program's status date ${statusDate}; give it, or move the status date`
          : `is after the program's status date ${statusDate}: actuals report the past`,
      );
  }
  if (actualFinish !== null && actualStart === null)
    issue('actualFinish', 'needs_actual_start', 'needs an actual start');
  else if (actualFinish !== null && actualStart !== null && actualFinish < actualStart)
    issue('actualFinish', 'before_actual_start', `is before the actual start ${actualStart}`);
  if (state === 'done' && percent < 100)
    issue('percentComplete', 'done_needs_100', 'must be 100 for a done task');
  if (issues.length) throw new ValidationError(issues);
  return {
    actual_start: actualStart,
    actual_finish: actualFinish,
    percent_complete: percent,
    remaining_hours: remaining,
  };
}

/** Hours left: the stored figure, or the duration less the share done. */
export function remainingHoursOf(
  durationHours: number,
  percentComplete: number,
  stored: number | null,
): number {
  if (stored !== null) return stored;
  return Math.round(durationHours * (1 - percentComplete / 100) * 100) / 100;
}
