import type { Clock } from '../clock/clock.js';
import type { Queryable } from '../db/database.js';
import type { MailSender } from '../modules/mail/mail-sender.js';
import {
  composeSurveyInvitationMail,
  type SurveyInvitationMailFacts,
} from '../modules/mail/survey-invitation-mail.js';

export const SURVEY_INVITATION_MAIL_JOB = 'survey_invitation_mail';
/** As for account links: graphile-worker's back-off spreads these over about half an hour. */
export const SURVEY_INVITATION_MAIL_ATTEMPTS = 8;

export interface SurveyInvitationMailPayload extends SurveyInvitationMailFacts {
  invitationId: string;
}

/**
 * Queued in the transaction that made the invitation, so a rolled-back call sends
 * nothing. The payload holds the link (the secret is stored nowhere else) until the job ends.
 */
export async function enqueueSurveyInvitationMail(
  tx: Queryable,
  payload: SurveyInvitationMailPayload,
): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, $2::json, job_key := $3, max_attempts := $4)`,
    [
      SURVEY_INVITATION_MAIL_JOB,
      JSON.stringify(payload),
      `${SURVEY_INVITATION_MAIL_JOB}:${payload.invitationId}`,
      SURVEY_INVITATION_MAIL_ATTEMPTS,
    ],
  );
}

/** Sends one invitation unless it was answered or expired meanwhile; a failure throws, so the queue retries. */
export async function runSurveyInvitationMail(
  deps: {
    db: Queryable;
    clock: Clock;
    sender: MailSender | null;
    log: { info(msg: string): void; warn(msg: string): void };
  },
  payload: SurveyInvitationMailPayload,
): Promise<void> {
  const what = `the survey invitation for ${payload.to.email}`;
  const r = await deps.db.query<{ open: boolean }>(
    'SELECT responded_at IS NULL AND expires_at > $2 AS open FROM survey_invitations WHERE id = $1',
    [payload.invitationId, deps.clock()],
  );
  if (!r.rows[0]?.open) {
    deps.log.info(`[mail] not sending ${what}: it was answered, deleted or expired`);
    return;
  }
  if (!deps.sender) {
    deps.log.warn(`[mail] not sending ${what}: WAYMARK_SMTP_URL is no longer set`);
    return;
  }
  await deps.sender.send(payload.to, composeSurveyInvitationMail(payload));
  await deps.db.query('UPDATE survey_invitations SET emailed_at = $2 WHERE id = $1', [
    payload.invitationId,
    deps.clock(),
  ]);
  deps.log.info(`[mail] e-mailed ${what}`);
}
