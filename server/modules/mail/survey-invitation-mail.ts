import { formatInstantUtc, html, type ComposedMail } from './account-link-mail.js';

/** What a survey invitation says; the link's secret travels only inside `url`. */
export interface SurveyInvitationMailFacts {
  to: { email: string; name: string };
  surveyTitle: string;
  programName: string | null;
  url: string;
  expiresAt: string;
  anonymous: boolean;
}

/** A short request for feedback: what it is about, the link, how long it works. */
export function composeSurveyInvitationMail(facts: SurveyInvitationMailFacts): ComposedMail {
  const about = facts.programName ? ` about ${facts.programName}` : '';
  const expires = formatInstantUtc(facts.expiresAt);
  const privacy = facts.anonymous
    ? 'Your answers are anonymous: they are not linked to your e-mail address.'
    : 'Your answers are linked to your e-mail address so the team can follow up.';
  const subject = `Your feedback${about}: ${facts.surveyTitle}`;
  const text = [
    'Hello,',
    '',
    `We would value your feedback${about}. The survey "${facts.surveyTitle}" takes about two minutes and needs no account:`,
    '',
    facts.url,
    '',
    `The link works once and expires on ${expires}. ${privacy}`,
    '',
  ].join('\n');
  const body = html`<p>Hello,</p>
    <p>
      We would value your feedback${about}. The survey “${facts.surveyTitle}” takes about two
      minutes and needs no account.
    </p>
    <p><a href="${facts.url}">Answer the survey</a></p>
    <p>Or copy this address into your browser: ${facts.url}</p>
    <p>The link works once and expires on ${expires}. ${privacy}</p>`;
  return { subject, text, html: `<!doctype html>\n<html><body>\n${body}\n</body></html>\n` };
}
