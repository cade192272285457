import type { AccountLinkPurpose } from '../../../contracts/account.schema.js';

/** What an invitation or reset e-mail says; the link's secret travels only inside `url`. */
export interface AccountLinkMailFacts {
  purpose: AccountLinkPurpose;
  to: { email: string; name: string };
  /** The admin who made the link. */
  sentBy: string;
  url: string;
  expiresAt: string;
}

export interface ComposedMail {
  subject: string;
  text: string;
  html: string;
}

const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** `2026-12-14T03:47:12Z` → `14 Dec 2026 03:47 UTC`, as the web writes instants. */
export function formatInstantUtc(iso: string): string {
  const at = new Date(iso);
  const hm = at.toISOString().slice(11, 16);
  return `${at.getUTCDate()} ${MONTHS[at.getUTCMonth()]} ${at.getUTCFullYear()} ${hm} UTC`;
}

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** A template whose every interpolation is escaped: names come from people, not from us. */
export function html(strings: TemplateStringsArray, ...values: string[]): string {
  return strings.reduce(
    (out, s, i) =>
      out + s + (i < values.length ? values[i]!.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]!) : ''),
    '',
  );
}

/**
 * The message for an invitation or password-reset link: who sent it, the link, and
 * when it stops working. Plain text first; the HTML says the same.
 */
export function composeAccountLinkMail(facts: AccountLinkMailFacts): ComposedMail {
  const expires = formatInstantUtc(facts.expiresAt);
  const invitation = facts.purpose === 'invitation';
  const subject = invitation
    ? `${facts.sentBy} invited you to Waymark`
    : 'Set a new Waymark password';
  const opening = invitation
    ? `${facts.sentBy} invited you to Waymark. Open this link to set your password and sign in:`
    : `${facts.sentBy} made you a link to set a new Waymark password. Open it to choose one:`;
  const closing = invitation
    ? 'If you did not expect this invitation, you can ignore this e-mail.'
    : 'Setting a new password signs you out everywhere else. If you did not ask for this, tell your Waymark admin.';
  const text = [
    `Hello ${facts.to.name},`,
    '',
    opening,
    '',
    facts.url,
    '',
    `The link works once and expires on ${expires}.`,
    closing,
    '',
  ].join('\n');
  const body = html`<p>Hello ${facts.to.name},</p>
    <p>${opening}</p>
    <p><a href="${facts.url}">${invitation ? 'Accept the invitation' : 'Set a new password'}</a></p>
    <p>Or copy this address into your browser: ${facts.url}</p>
    <p>The link works once and expires on ${expires}.<br />${closing}</p>`;
  return {
    subject,
    text,
    html: `<!doctype html>\n<html><body>\n${body}\n</body></html>\n`,
  };
}
