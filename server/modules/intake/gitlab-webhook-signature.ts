import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const GITLAB_SIGNATURE_MAX_AGE_SECONDS = 5 * 60;

export type GitlabVerdict = { ok: true } | { ok: false; reason: string };

/** Constant-time string equality that leaks neither content nor length (both sides hashed first). */
function sameSecret(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb) && a.length === b.length;
}

/** `X-Gitlab-Token`: GitLab sends the webhook's secret token as is. */
export function verifyGitlabToken(configured: string, received: string | undefined): GitlabVerdict {
  if (!configured) return { ok: false, reason: 'no GitLab webhook token is configured' };
  if (!received) return { ok: false, reason: 'X-Gitlab-Token is missing' };
  return sameSecret(configured, received)
    ? { ok: true }
    : { ok: false, reason: 'X-Gitlab-Token does not match' };
}

/**
 * The HMAC key of a signing token: Standard Webhooks secrets (`whsec_…`) are
 * base64 after the prefix; any other token is used as its UTF-8 bytes.
 */
function signingKey(token: string): Buffer {
  return token.startsWith('whsec_')
    ? Buffer.from(token.slice('whsec_'.length), 'base64')
    : Buffer.from(token, 'utf8');
}

/** `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`. */
export function gitlabWebhookSignature(
  token: string,
  webhookId: string,
  timestamp: string,
  rawBody: string,
): string {
  const digest = createHmac('sha256', signingKey(token))
    .update(`${webhookId}.${timestamp}.${rawBody}`)
    .digest('base64');
  return `v1,${digest}`;
}

/**
 * The signed-webhook scheme (Standard Webhooks, as GitLab sends it when a
 * signing token is set): `webhook-signature` holds one or more space-separated
 * `v1,<base64>` entries; one must match. The timestamp must be within 5 minutes.
 */
export function verifyGitlabSignature(input: {
  signingToken: string;
  webhookId: string | undefined;
  timestamp: string | undefined;
  signatureHeader: string | undefined;
  rawBody: string;
  nowMs: number;
}): GitlabVerdict {
  if (!input.webhookId) return { ok: false, reason: 'webhook-id is missing' };
  if (!input.timestamp || !/^\d{1,12}$/.test(input.timestamp))
    return { ok: false, reason: 'webhook-timestamp is missing or not a Unix time' };
  if (Math.abs(input.nowMs / 1000 - Number(input.timestamp)) > GITLAB_SIGNATURE_MAX_AGE_SECONDS)
    return { ok: false, reason: 'webhook-timestamp is more than 5 minutes away' };
  if (!input.signatureHeader) return { ok: false, reason: 'webhook-signature is missing' };
  const expected = Buffer.from(
    gitlabWebhookSignature(input.signingToken, input.webhookId, input.timestamp, input.rawBody),
  );
  const match = input.signatureHeader
    .split(' ')
    .map((s) => Buffer.from(s.trim()))
    .some((received) => received.length === expected.length && timingSafeEqual(received, expected));
  return match ? { ok: true } : { ok: false, reason: 'no webhook-signature entry matches' };
}
