import { html, type ComposedMail } from './account-link-mail.js';

export interface NotificationMailFacts {
  to: { email: string; name: string };
  kind: string;
  message: string;
  /** A path of the web app, or null. */
  link: string | null;
}

const SUBJECT_MAX = 120;

/**
 * The e-mail of one notification: its message as the subject (shortened) and the
 * body, with the full address of the page to open when Waymark knows its own URL.
 */
export function composeNotificationMail(
  facts: NotificationMailFacts,
  publicUrl: string | undefined,
): ComposedMail {
  const subject =
    facts.message.length > SUBJECT_MAX
      ? `${facts.message.slice(0, SUBJECT_MAX - 1)}…`
      : facts.message;
  const where = facts.link ? `${(publicUrl ?? '').replace(/\/$/, '')}${facts.link}` : null;
  const footer =
    'You receive this because of your notification preferences in Waymark; change them on your home page.';
  return {
    subject: `Waymark: ${subject}`,
    text: [
      `Hello ${facts.to.name},`,
      '',
      facts.message,
      ...(where ? ['', `Open: ${where}`] : []),
      '',
      footer,
    ].join('\n'),
    html:
      html`<p>Hello ${facts.to.name},</p>
        <p>${facts.message}</p>` +
      (where ? html`<p><a href="${where}">Open in Waymark</a></p>` : '') +
      html`<p>${footer}</p>`,
  };
}
