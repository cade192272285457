import type { Database } from '../db/database.js';
import { reminderDue } from '../modules/action-items/action-item-rules.js';
import {
  findActionItem,
  itemsOwingReminders,
  type ActionItemRow,
} from '../modules/action-items/action-item.repository.js';
import { recipient } from '../modules/notifications/notification.repository.js';
import { notify } from '../modules/notifications/notify.js';
import { announceInSlack } from './slack-post.job.js';

export const ACTION_ITEM_SWEEP_JOB = 'action_item_sweep';
/** graphile-worker crontab line: every fifteen minutes (reminders are by the day). */
export const ACTION_ITEM_SWEEP_CRONTAB = `*/15 * * * * ${ACTION_ITEM_SWEEP_JOB}`;

const COLUMN = { due: 'due_notified_at', action_overdue: 'overdue_notified_at' } as const;

export interface ActionItemSweepResult {
  reminded: { itemId: string; kind: 'due' | 'action_overdue' }[];
}

const reminderOf = (row: ActionItemRow) =>
  reminderDue(
    {
      status: row.status,
      dueDate: row.due_date,
      dueNotified: row.due_notified_at !== null,
      overdueNotified: row.overdue_notified_at !== null,
    },
    row.local_today,
  );

/**
 * Tells owners of open action items that one is due tomorrow or overdue, once
 * each ("today" is the program's, or the owner's for a portfolio item, read at
 * `now` from the injected clock), and posts overdue ones to the program's and the
 * owner's team's Slack. One transaction per item: the flag, the notification and
 * the queued e-mail and Slack posts commit together or not at all.
 */
export async function runActionItemSweep(db: Database, now: Date): Promise<ActionItemSweepResult> {
  const result: ActionItemSweepResult = { reminded: [] };
  for (const candidate of await itemsOwingReminders(db, now)) {
    if (!reminderOf(candidate)) continue;
    await db.transaction(async (tx) => {
      await tx.query('SELECT 1 FROM action_items WHERE id = $1 FOR UPDATE', [candidate.id]);
      const row = await findActionItem(tx, now, candidate.id);
      const kind = row && reminderOf(row);
      if (!row || !kind) return; // changed meanwhile
      await tx.query(`UPDATE action_items SET ${COLUMN[kind]} = $2 WHERE id = $1`, [row.id, now]);
      const where = row.program_name ? ` (${row.program_name})` : '';
      const message =
        kind === 'due'
          ? `Your action item "${row.title}"${where} is due tomorrow, ${row.due_date}.`
          : `Your action item "${row.title}"${where} is overdue: it was due ${row.due_date}.`;
      await notify(tx, {
        userId: row.owner_id,
        kind,
        subjectKind: 'action_item',
        subjectId: row.id,
        programId: row.program_id,
        message,
        link: '/action-items',
      });
      if (kind === 'action_overdue') {
        const owner = await recipient(tx, row.owner_id);
        await announceInSlack(tx, {
          programId: row.program_id,
          teamId: owner?.team_id ?? null,
          text: `Action item overdue${where}: "${row.title}", owned by ${row.owner_name}, was due ${row.due_date}.`,
        });
      }
      result.reminded.push({ itemId: row.id, kind });
    });
  }
  return result;
}
