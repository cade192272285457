import type { Queryable } from '../db/database.js';
import { slackWebhooks } from '../modules/notifications/notification.repository.js';

export const SLACK_POST_JOB = 'slack_post';
export const SLACK_POST_ATTEMPTS = 5;

export interface SlackPostPayload {
  webhookUrl: string;
  text: string;
}

/**
 * Queues one post per incoming webhook of the program and of the person's team,
 * inside the transaction of the event: Slack is called by the job, after the
 * commit, so a slow or failing Slack never holds a request or loses the event.
 */
export async function announceInSlack(
  tx: Queryable,
  event: { programId: string | null; teamId: string | null; text: string },
): Promise<number> {
  const urls = await slackWebhooks(tx, event);
  for (const webhookUrl of urls)
    await tx.query(`SELECT graphile_worker.add_job($1, $2::json, max_attempts := $3)`, [
      SLACK_POST_JOB,
      JSON.stringify({ webhookUrl, text: event.text } satisfies SlackPostPayload),
      SLACK_POST_ATTEMPTS,
    ]);
  return urls.length;
}

/** Posts to the webhook; a refusal or timeout throws, so the queue retries. */
export async function runSlackPost(
  payload: SlackPostPayload,
  post: typeof fetch = fetch,
): Promise<void> {
  const response = await post(payload.webhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ text: payload.text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Slack answered HTTP ${response.status}`);
}
