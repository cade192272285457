import { createTransport } from 'nodemailer';
import type { MailSettings } from '../../config.js';
import type { ComposedMail } from './account-link-mail.js';

export interface MailSender {
  send(to: { email: string; name: string }, mail: ComposedMail): Promise<void>;
}

/**
 * Sends through the SMTP server of `WAYMARK_SMTP_URL`. Timeouts are short because a
 * job waits on them: a server that hangs fails the attempt, and the queue retries.
 */
export function createMailSender(settings: MailSettings): MailSender {
  const transport = createTransport({
    url: settings.smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return {
    async send(to, mail) {
      await transport.sendMail({
        from: settings.from,
        to: { name: to.name, address: to.email },
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
      });
    },
  };
}
