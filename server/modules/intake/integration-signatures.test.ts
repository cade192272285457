import { describe, expect, it } from 'vitest';
import {
  gitlabWebhookSignature,
  verifyGitlabSignature,
  verifyGitlabToken,
} from './gitlab-webhook-signature.js';
import { slackSignature, verifySlackSignature } from './slack-signature.js';

// Slack's published example ("Verifying requests from Slack"): secret, timestamp, slash-command body, signature.
const SLACK_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
const SLACK_TIMESTAMP = '1531420618';
const SLACK_BODY =
  'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
const SLACK_EXPECTED = 'v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503';
const AT_VECTOR = (Number(SLACK_TIMESTAMP) + 30) * 1000;

describe('Slack v0 signature', () => {
  const verify = (over: Partial<Parameters<typeof verifySlackSignature>[0]> = {}) =>
    verifySlackSignature({
      signingSecret: SLACK_SECRET,
      timestamp: SLACK_TIMESTAMP,
      signature: SLACK_EXPECTED,
      rawBody: SLACK_BODY,
      nowMs: AT_VECTOR,
      ...over,
    });

  it("reproduces and accepts Slack's published example vector", () => {
    expect(slackSignature(SLACK_SECRET, SLACK_TIMESTAMP, SLACK_BODY)).toBe(SLACK_EXPECTED);
    expect(verify()).toEqual({ ok: true });
  });

  it.each([
    ['a changed body', { rawBody: `${SLACK_BODY}x` }],
    ['another secret', { signingSecret: 'another-secret' }],
    ['a truncated signature', { signature: SLACK_EXPECTED.slice(0, -2) }],
    ['no signature', { signature: undefined }],
    ['no timestamp', { timestamp: undefined }],
    ['a stale timestamp (5 min + 1 s)', { nowMs: (Number(SLACK_TIMESTAMP) + 301) * 1000 }],
    ['a timestamp from the future', { nowMs: (Number(SLACK_TIMESTAMP) - 301) * 1000 }],
    ['no configured secret', { signingSecret: '' }],
  ])('refuses %s', (_, over) => {
    expect(verify(over).ok).toBe(false);
  });
});

describe('GitLab webhook verification', () => {
  it('X-Gitlab-Token: equal accepted, anything else refused', () => {
    expect(verifyGitlabToken('s3cret-token', 's3cret-token')).toEqual({ ok: true });
    expect(verifyGitlabToken('s3cret-token', 's3cret-tokeN').ok).toBe(false);
    expect(verifyGitlabToken('s3cret-token', 's3cret').ok).toBe(false);
    expect(verifyGitlabToken('s3cret-token', undefined).ok).toBe(false);
    expect(verifyGitlabToken('', '').ok).toBe(false);
  });

  // A Standard Webhooks vector computed independently: HMAC-SHA256 keyed by base64-decoded
  // "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw" over "msg_p5jXN8AQM9LWM0D4loKWxJek.1614265330.{"test": 2432232314}".
  it('webhook-signature: the Standard Webhooks example verifies; whsec_ secrets are base64', () => {
    const token = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';
    const body = '{"test": 2432232314}';
    const sig = gitlabWebhookSignature(token, 'msg_p5jXN8AQM9LWM0D4loKWxJek', '1614265330', body);
    expect(sig).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
    const base = {
      signingToken: token,
      webhookId: 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      timestamp: '1614265330',
      signatureHeader: `v1,bogus ${sig}`,
      rawBody: body,
      nowMs: 1614265330_000,
    };
    expect(verifyGitlabSignature(base)).toEqual({ ok: true });
    expect(verifyGitlabSignature({ ...base, rawBody: `${body} ` }).ok).toBe(false);
    expect(verifyGitlabSignature({ ...base, webhookId: 'msg_other' }).ok).toBe(false);
    expect(verifyGitlabSignature({ ...base, nowMs: (1614265330 + 301) * 1000 }).ok).toBe(false);
    expect(verifyGitlabSignature({ ...base, signatureHeader: undefined }).ok).toBe(false);
  });
});
