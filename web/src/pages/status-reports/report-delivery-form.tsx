import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import type { StatusReport } from './status-report-types';

const FIELDS = ['email', 'slack'];

/**
 * Sends the report: by e-mail to the addresses typed (when the server has e-mail) and
 * to the program's Slack channel (when it has a webhook). Says where it went.
 */
export function ReportDeliveryForm({ report }: { report: StatusReport }) {
  const [addresses, setAddresses] = useState('');
  const [slack, setSlack] = useState(false);
  const [sent, setSent] = useState<string>();
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSent(undefined);
    const email = addresses
      .split(/[\s,;]+/)
      .map((a) => a.trim())
      .filter(Boolean);
    void submit(async () => {
      const delivery = await unwrap(
        api.POST('/api/status-reports/{id}/deliver', {
          params: { path: { id: report.id } },
          body: { ...(email.length ? { email } : {}), ...(slack ? { slack: true } : {}) },
        }),
      );
      const where = [
        delivery.email.length ? `e-mailed to ${delivery.email.join(', ')}` : null,
        delivery.slack ? 'posted to Slack' : null,
      ].filter(Boolean);
      setSent(where.length ? `Sent: ${where.join(' and ')}.` : 'Nothing was sent.');
    });
  }

  return (
    <form
      className="form card report-section"
      aria-label="Send the report"
      onSubmit={handleSubmit}
      noValidate
    >
      <h2>Send</h2>
      <FormAlert messages={problem.general} />
      <Field
        label="E-mail to"
        name="email"
        error={problem.byField.email}
        hint="Addresses separated by commas or spaces."
      >
        {(c) => (
          <input
            {...c}
            type="text"
            value={addresses}
            maxLength={5000}
            onChange={(e) => setAddresses(e.target.value)}
          />
        )}
      </Field>
      <label className="weekdays__option">
        <input
          type="checkbox"
          name="slack"
          checked={slack}
          onChange={(e) => setSlack(e.target.checked)}
        />
        Post it to the program&apos;s Slack channel
      </label>
      {problem.byField.slack ? (
        <p className="field__error" data-field-error="slack" role="alert">
          {problem.byField.slack}
        </p>
      ) : null}
      {sent ? (
        <p role="status" className="muted">
          {sent}
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send report'}
        </button>
      </div>
    </form>
  );
}
