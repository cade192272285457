import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['slackWebhookUrl'];

/**
 * The program's Slack channel (an incoming-webhook URL): reports are delivered there, and
 * the program's events (action items overdue, decisions needed) are posted there. Shown
 * to those who change the program only: the URL is a secret.
 */
export function ProgramSlackCard({ programId }: { programId: string }) {
  const settings = useLoad(
    () =>
      unwrap(
        api.GET('/api/programs/{id}/notification-settings', {
          params: { path: { id: programId } },
        }),
      ),
    `slack:${programId}`,
  );
  const [url, setUrl] = useState<string>();
  const [saved, setSaved] = useState(false);
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const value = url ?? settings.data?.slackWebhookUrl ?? '';

  function handleSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    void submit(async () => {
      await unwrap(
        api.PUT('/api/programs/{id}/notification-settings', {
          params: { path: { id: programId } },
          body: { slackWebhookUrl: value.trim() || null },
        }),
      );
      setSaved(true);
      settings.reload();
    });
  }

  return (
    <form className="form card" aria-label="Slack channel" onSubmit={handleSubmit} noValidate>
      <h2>Slack channel</h2>
      <FormAlert
        messages={[...problem.general, settings.problem?.message].filter((m): m is string => !!m)}
      />
      <Field
        label="Incoming-webhook URL"
        name="slackWebhookUrl"
        error={problem.byField.slackWebhookUrl}
        hint="Reports are sent here, and overdue action items and decisions needed are posted here. Leave empty to post nothing."
      >
        {(c) => (
          <input
            {...c}
            type="url"
            value={value}
            maxLength={500}
            placeholder="https://hooks.slack.com/services/…"
            onChange={(e) => {
              setUrl(e.target.value);
              setSaved(false);
            }}
          />
        )}
      </Field>
      {saved ? (
        <p role="status" className="muted">
          Saved.
        </p>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy || !settings.data}>
          {busy ? 'Saving…' : 'Save'}
        </button>
      </div>
    </form>
  );
}
