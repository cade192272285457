import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField } from '../../components/input-fields';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { SIZE_GUESSES } from '../../../../contracts/intake.schema';
import {
  SIZE_LABEL,
  type IntakeRequest,
  type RequestCreate,
  type RequestTemplate,
} from './intake-types';

const FIELDS = [
  'title',
  'problem',
  'desiredOutcome',
  'teams',
  'businessValue',
  'deadline',
  'sizeGuess',
  'links',
  'tags',
] as const;
type Key = (typeof FIELDS)[number];
type Draft = Record<Exclude<Key, 'sizeGuess'>, string> & {
  sizeGuess: RequestCreate['sizeGuess'] & string;
};

const EMPTY: Draft = {
  title: '',
  problem: '',
  desiredOutcome: '',
  teams: '',
  businessValue: '',
  deadline: '',
  sizeGuess: 'unknown',
  links: '',
  tags: '',
};

const list = (text: string, separator: RegExp) =>
  text
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);

function bodyOf(d: Draft): RequestCreate {
  return {
    title: d.title.trim(),
    problem: d.problem,
    desiredOutcome: d.desiredOutcome,
    businessValue: d.businessValue,
    teams: list(d.teams, /,/),
    tags: list(d.tags, /,/),
    links: list(d.links, /\s+/),
    deadline: d.deadline || null,
    sizeGuess: d.sizeGuess,
    source: 'web',
  };
}

/** The intake template as a form: each field with the help text the TPM managers wrote for it. */
export function SubmitRequestForm({
  template,
  onSubmitted,
  onCancel,
}: {
  template: RequestTemplate;
  onSubmitted(request: IntakeRequest): void;
  onCancel(): void;
}) {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const e = problem.byField;
  const meta = (key: Key, fallback: string) => {
    const f = template.fields.find((x) => x.key === key);
    return { label: f?.label ?? fallback, hint: f?.help ?? '' };
  };
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const text = (
    key: Exclude<Key, 'sizeGuess' | 'deadline'>,
    fallback: string,
    rows: number,
    required = false,
  ) => {
    const m = meta(key, fallback);
    return (
      <Field
        label={m.label}
        name={key}
        hint={m.hint}
        error={e[key]}
        required={required}
        className="span-2"
      >
        {(c) =>
          rows === 1 ? (
            <input {...c} value={draft[key]} onChange={(ev) => set({ [key]: ev.target.value })} />
          ) : (
            <textarea
              {...c}
              rows={rows}
              value={draft[key]}
              onChange={(ev) => set({ [key]: ev.target.value })}
            />
          )
        }
      </Field>
    );
  };

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () =>
      onSubmitted(await unwrap(api.POST('/api/requests', { body: bodyOf(draft) }))),
    );
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="submit-request-title"
    >
      <div className="card__header">
        <h2 id="submit-request-title">Ask the TPM team</h2>
      </div>
      <p className="muted submit-request__intro">{template.intro}</p>
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        {text('title', 'Title', 1, true)}
        {text('problem', 'Problem', 3)}
        {text('desiredOutcome', 'Desired outcome', 3)}
        {text('teams', 'Teams and functions involved', 1)}
        {text('businessValue', 'Why it matters', 2)}
        <DateField
          label={meta('deadline', 'Deadline').label}
          hint={meta('deadline', '').hint}
          name="deadline"
          error={e.deadline}
          value={draft.deadline}
          onChange={(deadline) => set({ deadline })}
        />
        <SelectField
          label={meta('sizeGuess', 'Size guess').label}
          hint={meta('sizeGuess', '').hint}
          name="sizeGuess"
          error={e.sizeGuess}
          value={draft.sizeGuess}
          onChange={(sizeGuess) => set({ sizeGuess })}
        >
          <VocabularyOptions values={SIZE_GUESSES} labels={SIZE_LABEL} />
        </SelectField>
        {text('links', 'Links', 2)}
        <Field
          label="Skills or domains needed"
          name="tags"
          hint="Comma-separated, e.g. payments, data platform. Helps route the request."
          error={e.tags}
          className="span-2"
        >
          {(c) => (
            <input {...c} value={draft.tags} onChange={(ev) => set({ tags: ev.target.value })} />
          )}
        </Field>
      </div>
      <FormActions
        submitLabel="Submit request"
        busyLabel="Submitting…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
