import { describe, expect, it } from 'vitest';
import { composeAccountLinkMail, formatInstantUtc } from './account-link-mail.js';

const FACTS = {
  purpose: 'invitation' as const,
  to: { email: 'ada@example.test', name: 'Ada Lovelace' },
  sentBy: 'Grace Hopper',
  url: 'https://waymark.example.com/invitation#wml_abc',
  expiresAt: '2026-12-14T03:47:12.345Z',
};

describe('formatInstantUtc', () => {
  it('writes an instant the way the web does', () => {
    expect(formatInstantUtc('2026-12-07T03:47:12.345Z')).toBe('7 Dec 2026 03:47 UTC');
    expect(formatInstantUtc('2027-01-01T00:00:00Z')).toBe('1 Jan 2027 00:00 UTC');
  });
});

describe('composeAccountLinkMail', () => {
  it('says who invited them, the link and when it expires', () => {
    const mail = composeAccountLinkMail(FACTS);
    expect(mail.subject).toBe('Grace Hopper invited you to Waymark');
    expect(mail.text).toContain('Hello Ada Lovelace,');
    expect(mail.text).toContain('Grace Hopper invited you');
    expect(mail.text).toContain('\nhttps://waymark.example.com/invitation#wml_abc\n');
    expect(mail.text).toContain('expires on 14 Dec 2026 03:47 UTC');
    expect(mail.html).toContain('<a href="https://waymark.example.com/invitation#wml_abc">');
  });

  it('words a reset link as a reset', () => {
    const mail = composeAccountLinkMail({ ...FACTS, purpose: 'password_reset' });
    expect(mail.subject).toBe('Set a new Waymark password');
    expect(mail.text).toContain('set a new Waymark password');
    expect(mail.text).not.toContain('invited');
  });

  it('escapes names in the HTML, and keeps them as written in the text', () => {
    const mail = composeAccountLinkMail({
      ...FACTS,
      to: { email: 'x@example.test', name: '<script>alert("x")</script> & Co' },
      sentBy: `O'Brien <b>`,
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
    expect(mail.html).toContain('O&#39;Brien &lt;b&gt;');
    expect(mail.text).toContain('Hello <script>alert("x")</script> & Co,');
  });
});
