import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { SEND_TRIGGER_LABEL, type Survey, type SurveyCreate } from './survey-types';

const FIELDS = ['title', 'programId', 'anonymous', 'sendTrigger', 'recipients'];
const TRIGGERS = Object.keys(SEND_TRIGGER_LABEL) as Survey['sendTrigger'][];

/** Addresses typed one per line or separated by commas. */
export const emailsOf = (text: string) =>
  text
    .split(/[\s,;]+/)
    .map((e) => e.trim())
    .filter(Boolean);

/** Makes a survey with the default questions; it opens on the survey's page. */
export function SurveyForm({
  programs,
  onDone,
}: {
  programs: { id: string; name: string }[];
  onDone(saved: boolean): void;
}) {
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [programId, setProgramId] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sendTrigger, setSendTrigger] = useState<Survey['sendTrigger']>('manual');
  const [recipients, setRecipients] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: SurveyCreate = {
      title: title.trim(),
      programId: programId || null,
      anonymous,
      sendTrigger,
      recipients: emailsOf(recipients),
    };
    await submit(async () => {
      const made = await unwrap(api.POST('/api/surveys', { body }));
      onDone(true);
      navigate(`/surveys/${made.id}`);
    });
  }

  return (
    <form
      className="form form--panel"
      aria-label="New survey"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <FormAlert messages={problem.general} />
      <p className="muted">
        It asks satisfaction, communication and responsiveness on a 1–5 scale, and for a comment;
        you can change the wording and add questions afterwards.
      </p>
      <div className="form-grid">
        <Field label="Title" name="title" error={problem.byField.title} required>
          {(c) => (
            <input
              {...c}
              value={title}
              maxLength={300}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </Field>
        <SelectField
          label="Program"
          name="programId"
          value={programId}
          onChange={setProgramId}
          emptyLabel="Portfolio (no program)"
          error={problem.byField.programId}
        >
          <NamedOptions items={programs} />
        </SelectField>
        <SelectField
          label="Send by itself"
          name="sendTrigger"
          value={sendTrigger}
          onChange={(v) => setSendTrigger(v as Survey['sendTrigger'])}
          error={problem.byField.sendTrigger}
        >
          {TRIGGERS.map((t) => (
            <option key={t} value={t}>
              {SEND_TRIGGER_LABEL[t]}
            </option>
          ))}
        </SelectField>
        <Field
          label="Recipients of automatic sending"
          name="recipients"
          error={problem.byField.recipients}
          hint="E-mail addresses, one per line."
        >
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={recipients}
              onChange={(e) => setRecipients(e.target.value)}
            />
          )}
        </Field>
        <Field
          label="Anonymous"
          name="anonymous"
          error={problem.byField.anonymous}
          hint="Answers are not linked to who was invited."
        >
          {(c) => (
            <input
              {...c}
              type="checkbox"
              checked={anonymous}
              onChange={(e) => setAnonymous(e.target.checked)}
            />
          )}
        </Field>
      </div>
      <FormActions
        submitLabel="Create survey"
        busyLabel="Creating…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
