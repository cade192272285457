import { createHmac, timingSafeEqual } from 'node:crypto';

/** Slack refuses to be replayed: a request older (or newer) than this is refused. */
export const SLACK_MAX_AGE_SECONDS = 5 * 60;

export type SlackVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Slack's v0 request signature: `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{raw body}`
 * keyed with the app's signing secret, compared in constant time. The raw body
 * must be exactly the bytes received (before form decoding).
 */
export function verifySlackSignature(input: {
  signingSecret: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
  nowMs: number;
}): SlackVerdict {
  if (!input.signingSecret) return { ok: false, reason: 'no Slack signing secret is configured' };
  if (!input.timestamp || !/^\d{1,12}$/.test(input.timestamp))
    return { ok: false, reason: 'X-Slack-Request-Timestamp is missing or not a Unix time' };
  if (Math.abs(input.nowMs / 1000 - Number(input.timestamp)) > SLACK_MAX_AGE_SECONDS)
    return { ok: false, reason: 'the request timestamp is more than 5 minutes away' };
  if (!input.signature?.startsWith('v0='))
    return { ok: false, reason: 'X-Slack-Signature is missing or not a v0 signature' };
  const expected = Buffer.from(slackSignature(input.signingSecret, input.timestamp, input.rawBody));
  const received = Buffer.from(input.signature);
  if (expected.length !== received.length || !timingSafeEqual(expected, received))
    return { ok: false, reason: 'the signature does not match' };
  return { ok: true };
}

/** The header value Slack would send (tests and local tools sign with it). */
export function slackSignature(signingSecret: string, timestamp: string, rawBody: string): string {
  return `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:${rawBody}`).digest('hex')}`;
}
