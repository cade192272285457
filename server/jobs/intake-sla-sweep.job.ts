import type { Database, Queryable } from '../db/database.js';
import { SYSTEM_CONTEXT } from '../request-context.js';
import { managerIds } from '../modules/notifications/notification.repository.js';
import { notifyUsers } from '../modules/notifications/notify.js';
import { recordRequestEvent } from '../modules/intake/request-event.repository.js';
import { requestClocks } from '../modules/intake/request-sla.js';
import { loadSlaSettings } from '../modules/intake/request.service.js';
import {
  findRequest,
  listRequests,
  type RequestRow,
} from '../modules/intake/request.repository.js';
import { postSlackResponse } from '../modules/intake/slack-response.js';

export const INTAKE_SLA_SWEEP_JOB = 'intake_sla_sweep';
/** graphile-worker crontab line: every five minutes. */
export const INTAKE_SLA_SWEEP_CRONTAB = `*/5 * * * * ${INTAKE_SLA_SWEEP_JOB}`;

type Clock = 'first_response' | 'triage';

interface SlackNotice {
  responseUrl: string;
  text: string;
}

export interface SlaSweepResult {
  flagged: { requestId: string; clock: Clock }[];
  slackDelivered: number;
  slackFailed: number;
}

const COLUMN: Record<Clock, 'first_response_breach_flagged_at' | 'triage_breach_flagged_at'> = {
  first_response: 'first_response_breach_flagged_at',
  triage: 'triage_breach_flagged_at',
};

async function flag(tx: Queryable, row: RequestRow, clock: Clock): Promise<SlackNotice | null> {
  // Flag once: the update only succeeds for the first sweep that sees the breach.
  const r = await tx.query(
    `UPDATE intake_requests SET ${COLUMN[clock]} = now() WHERE id = $1 AND ${COLUMN[clock]} IS NULL`,
    [row.id],
  );
  if ((r.rowCount ?? 0) === 0) return null;
  const what = clock === 'first_response' ? 'first response' : 'triage decision';
  const message = `Request #${row.number} "${row.title}" is past its ${what} SLA`;
  await recordRequestEvent(tx, SYSTEM_CONTEXT, row.id, {
    kind: `sla_breached_${clock}`,
    note: message,
    actorName: 'SLA clock',
  });
  const recipients = row.assignee_id ? [row.assignee_id] : await managerIds(tx);
  await notifyUsers(tx, recipients, { requestId: row.id, kind: 'sla_breached', message });
  if (row.requester_id)
    await notifyUsers(tx, [row.requester_id], {
      requestId: row.id,
      kind: 'sla_breached',
      message: `${message}; the team has been told.`,
    });
  return row.source === 'slack' && row.slack_response_url
    ? { responseUrl: row.slack_response_url, text: `${message}. The TPM team has been alerted.` }
    : null;
}

/**
 * Finds open requests whose SLA clocks have run out, flags each breach once
 * (history line, in-app notifications to the assignee or the managers, and the
 * requester), then tells Slack requesters through their command's response_url.
 * Slack is called after the commit: a slow or failing Slack never holds a
 * transaction or loses a flag.
 */
export async function runIntakeSlaSweep(
  db: Database,
  // `nowMs` from the server clock: the job runner passes it, tests pin it.
  options: { nowMs: number; fetch?: typeof fetch; log?: { warn(msg: string): void } },
): Promise<SlaSweepResult> {
  const { nowMs } = options;
  const settings = await loadSlaSettings(db);
  const open = await listRequests(db, { states: ['new', 'acknowledged'] });
  const result: SlaSweepResult = { flagged: [], slackDelivered: 0, slackFailed: 0 };
  const notices: SlackNotice[] = [];
  for (const candidate of open) {
    const clocks = requestClocks(candidate, settings, nowMs);
    const due: Clock[] = [];
    if (clocks.firstResponse.state === 'breached' && !candidate.first_response_breach_flagged_at)
      due.push('first_response');
    if (clocks.triage.state === 'breached' && !candidate.triage_breach_flagged_at)
      due.push('triage');
    if (due.length === 0) continue;
    await db.transaction(async (tx) => {
      const row = await findRequest(tx, candidate.id);
      if (!row) return;
      for (const clock of due) {
        const notice = await flag(tx, row, clock);
        if (notice) notices.push(notice);
        result.flagged.push({ requestId: row.id, clock });
      }
    });
  }
  for (const notice of notices) {
    const sent = await postSlackResponse(notice.responseUrl, notice.text, options.fetch);
    if (sent.ok) result.slackDelivered++;
    else {
      result.slackFailed++;
      options.log?.warn(`Slack response_url notice failed: ${sent.reason}`);
    }
  }
  return result;
}
