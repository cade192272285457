import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAIL_FROM, mailSettings } from './config.js';

describe('WAYMARK_SMTP_URL, WAYMARK_MAIL_FROM', () => {
  it('is off without an SMTP URL', () => {
    expect(mailSettings({})).toBeNull();
    expect(mailSettings({ WAYMARK_SMTP_URL: '  ' })).toBeNull();
  });

  it('takes smtp:// and smtps:// URLs, with a default sender', () => {
    expect(mailSettings({ WAYMARK_SMTP_URL: 'smtp://u:p@mail.example.com:587' })).toEqual({
      smtpUrl: 'smtp://u:p@mail.example.com:587',
      from: DEFAULT_MAIL_FROM,
    });
    expect(
      mailSettings({
        WAYMARK_SMTP_URL: 'smtps://mail.example.com',
        WAYMARK_MAIL_FROM: 'Ops Team <ops@example.com>',
      })?.from,
    ).toBe('Ops Team <ops@example.com>');
    expect(
      mailSettings({ WAYMARK_SMTP_URL: 'smtps://mail.example.com', WAYMARK_MAIL_FROM: 'a@b.c' })
        ?.from,
    ).toBe('a@b.c');
  });

  it('names the variable, and never repeats the password, when the URL is wrong', () => {
    for (const bad of ['http://u:hunter2@mail.example.com', 'u:hunter2@mail', 'smtp://']) {
      const call = () => mailSettings({ WAYMARK_SMTP_URL: bad });
      expect(call).toThrow(ConfigError);
      expect(call).toThrow(/^WAYMARK_SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
      expect(call).not.toThrow(/hunter2/);
    }
  });

  it('refuses a sender that is not one address, and a sender without a server', () => {
    for (const bad of ['Waymark', 'a@b.c, d@e.f', 'Waymark <nobody>']) {
      expect(() =>
        mailSettings({ WAYMARK_SMTP_URL: 'smtp://mail.example.com', WAYMARK_MAIL_FROM: bad }),
      ).toThrow(/^WAYMARK_MAIL_FROM must be one e-mail address/);
    }
    expect(() => mailSettings({ WAYMARK_MAIL_FROM: 'a@b.c' })).toThrow(
      /^WAYMARK_MAIL_FROM is set but WAYMARK_SMTP_URL is not/,
    );
  });
});
