import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { useFormSubmission } from '../../components/use-form-submission';
import { emailsOf } from './survey-form';
import type { Survey, SurveyInvitationList } from './survey-types';

const FIELDS = ['emails'];

/** Invites by e-mail and shows each link to copy (they are shown once: only their hash is kept). */
export function SurveyInvite({ survey, onInvited }: { survey: Survey; onInvited(): void }) {
  const [emails, setEmails] = useState('');
  const [sent, setSent] = useState<SurveyInvitationList | null>(null);
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      const list = await unwrap(
        api.POST('/api/surveys/{id}/invitations', {
          params: { path: { id: survey.id } },
          body: { emails: emailsOf(emails) },
        }),
      );
      setSent(list);
      setEmails('');
      onInvited();
    });
  }

  return (
    <section className="card" aria-label="Invite">
      <div className="card__header">
        <h2>Invite stakeholders</h2>
      </div>
      <form className="form" onSubmit={handleSubmit} noValidate aria-label="Invite by e-mail">
        <FormAlert messages={problem.general} />
        <Field
          label="E-mail addresses"
          name="emails"
          error={problem.byField.emails}
          hint="One per line. Each person gets their own link; it works once, for 30 days."
          required
        >
          {(c) => (
            <textarea {...c} rows={3} value={emails} onChange={(e) => setEmails(e.target.value)} />
          )}
        </Field>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Making links…' : 'Make links'}
          </button>
        </div>
      </form>
      {sent ? (
        <div className="survey-links" data-testid="survey-links">
          <p className="muted">
            {sent.emailed
              ? 'The links were e-mailed. They are shown here once; copy any you want to pass on yourself.'
              : 'E-mail is not set up, so pass these links on yourself. They are shown only now.'}{' '}
            They expire on {formatInstant(sent.items[0]?.expiresAt)}.
          </p>
          <ul className="survey-links__list">
            {sent.items.map((item) => (
              <li key={item.token}>
                <span className="survey-links__email">{item.email}</span>
                <input
                  className="survey-links__url"
                  readOnly
                  value={item.url}
                  aria-label={`Link for ${item.email}`}
                  onFocus={(e) => e.target.select()}
                />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
