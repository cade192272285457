import type { Decision } from '../../../contracts/decision.schema.js';
import { announceInSlack } from '../../jobs/slack-post.job.js';
import type { Queryable } from '../../db/database.js';
import type { RequestContext } from '../../request-context.js';
import { recipient } from '../notifications/notification.repository.js';
import { notify } from '../notifications/notify.js';

/**
 * A proposed decision names who is to decide it (`decidedById`): they are told
 * (kind `decision_needed`) when it is created naming them, or when it is handed
 * to them, unless they did it themselves; the program's and their team's Slack
 * hear of it too. Runs in the transaction of the write.
 */
export async function tellDecider(
  tx: Queryable,
  ctx: RequestContext,
  after: Decision,
  before: Decision | null,
): Promise<void> {
  const decider = after.decidedById;
  if (after.status !== 'proposed' || !decider || decider === ctx.actor?.id) return;
  if (before && before.decidedById === decider && before.status === 'proposed') return;
  const by = after.neededBy ? `, needed by ${after.neededBy}` : '';
  const where = after.programName ? ` (${after.programName})` : '';
  await notify(tx, {
    userId: decider,
    kind: 'decision_needed',
    subjectKind: 'decision',
    subjectId: after.id,
    programId: after.programId,
    message: `${ctx.actor?.name ?? 'Someone'} needs your decision on "${after.title}"${where}${by}.`,
    link: after.programId ? `/programs/${after.programId}/governance` : '/governance',
  });
  const person = await recipient(tx, decider);
  await announceInSlack(tx, {
    programId: after.programId,
    teamId: person?.team_id ?? null,
    text: `Decision needed${where}: "${after.title}" from ${after.decidedByName ?? 'its decider'}${by}.`,
  });
}
