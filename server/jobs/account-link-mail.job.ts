import type { Clock } from '../clock/clock.js';
import type { Queryable } from '../db/database.js';
import {
  composeAccountLinkMail,
  type AccountLinkMailFacts,
} from '../modules/mail/account-link-mail.js';
import type { MailSender } from '../modules/mail/mail-sender.js';

export const ACCOUNT_LINK_MAIL_JOB = 'account_link_mail';

/**
 * Attempts before graphile-worker gives up; its back-off (e^attempt seconds) spreads
 * them over about half an hour, which rides out an SMTP server's restart.
 */
export const ACCOUNT_LINK_MAIL_ATTEMPTS = 8;

export interface AccountLinkMailPayload extends AccountLinkMailFacts {
  linkId: string;
}

/**
 * Queues the e-mail inside the transaction that made the link, so it is sent exactly
 * when the link exists. Keyed by person: a newer link replaces a mail not yet sent.
 * The payload holds the link (the secret is stored nowhere else) until the job ends.
 */
export async function enqueueAccountLinkMail(
  tx: Queryable,
  userId: string,
  payload: AccountLinkMailPayload,
): Promise<void> {
  await tx.query(
    `SELECT graphile_worker.add_job($1, $2::json, job_key := $3, max_attempts := $4)`,
    [
      ACCOUNT_LINK_MAIL_JOB,
      JSON.stringify(payload),
      `${ACCOUNT_LINK_MAIL_JOB}:${userId}`,
      ACCOUNT_LINK_MAIL_ATTEMPTS,
    ],
  );
}

interface MailLog {
  info(msg: string): void;
  warn(msg: string): void;
}

const WHAT: Record<AccountLinkMailPayload['purpose'], string> = {
  invitation: 'invitation',
  password_reset: 'password-reset link',
};

/**
 * Sends one link, unless it was used, replaced or expired meanwhile (a retry must not
 * deliver a dead link). A failure throws, so the queue tries again later.
 */
export async function runAccountLinkMail(
  deps: { db: Queryable; clock: Clock; sender: MailSender | null; log: MailLog },
  payload: AccountLinkMailPayload,
): Promise<void> {
  const what = `the ${WHAT[payload.purpose]} for ${payload.to.email}`;
  const r = await deps.db.query<{ open: boolean }>(
    'SELECT closed_at IS NULL AND expires_at > $2 AS open FROM account_links WHERE id = $1',
    [payload.linkId, deps.clock()],
  );
  if (!r.rows[0]?.open) {
    deps.log.info(`[mail] not sending ${what}: the link was used, replaced or expired`);
    return;
  }
  if (!deps.sender) {
    deps.log.warn(`[mail] not sending ${what}: WAYMARK_SMTP_URL is no longer set`);
    return;
  }
  await deps.sender.send(payload.to, composeAccountLinkMail(payload));
  deps.log.info(`[mail] e-mailed ${what}`);
}
