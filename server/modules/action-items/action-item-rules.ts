import type {
  ActionItemSourceKind,
  ActionItemStatus,
} from '../../../contracts/action-item.schema.js';
import type { Issue } from '../../../contracts/common.schema.js';

/** Open and due before today (both `YYYY-MM-DD`, so they compare as strings). */
export function isActionItemOverdue(
  status: ActionItemStatus,
  dueDate: string | null,
  today: string,
): boolean {
  return status === 'open' && dueDate !== null && dueDate < today;
}

/** The day after `day` (`YYYY-MM-DD`), across months and leap years. */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The reminder an open item is owed today: due tomorrow, or overdue (each sent once). */
export function reminderDue(
  item: {
    status: ActionItemStatus;
    dueDate: string | null;
    dueNotified: boolean;
    overdueNotified: boolean;
  },
  today: string,
): 'due' | 'action_overdue' | null {
  if (item.status !== 'open' || item.dueDate === null) return null;
  if (isActionItemOverdue(item.status, item.dueDate, today))
    return item.overdueNotified ? null : 'action_overdue';
  if (item.dueDate === nextDay(today) && !item.dueNotified) return 'due';
  return null;
}

/**
 * completedAt follows the status: set (to `now`) when an item becomes done, kept
 * while it stays done, cleared when it leaves done.
 */
export function completedAtAfter(
  before: { status: ActionItemStatus; completedAt: string | null },
  status: ActionItemStatus,
  now: string,
): string | null {
  if (status !== 'done') return null;
  return before.status === 'done' ? before.completedAt : now;
}

/** A source is named exactly when the item is not manual. */
export function sourceIssues(sourceKind: ActionItemSourceKind, sourceId: string | null): Issue[] {
  if (sourceKind === 'manual' && sourceId !== null)
    return [
      {
        path: 'body.sourceId',
        code: 'invalid',
        message: 'must be left out for a manual item: name a sourceKind too',
      },
    ];
  if (sourceKind !== 'manual' && sourceId === null)
    return [
      {
        path: 'body.sourceId',
        code: 'required',
        message: `names the ${sourceKind.replace('_', ' ')} the item came from`,
      },
    ];
  return [];
}
