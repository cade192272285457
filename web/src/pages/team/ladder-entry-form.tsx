import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';

/** What a ladder entry's form holds: a name, its words, and (competencies) a place in the order. */
export interface LadderEntryDraft {
  name: string;
  text: string;
  sortOrder?: string;
}

interface LadderEntryFormProps {
  /** The form's accessible name, e.g. "Edit level Senior TPM". */
  label: string;
  /** The API's name for the words: a track's and a competency's `description`, a level's `summary`. */
  textField: 'description' | 'summary';
  textLabel: string;
  initial: LadderEntryDraft;
  submitLabel: string;
  /** Sends what was typed; a rejection is shown under its field. */
  send(draft: LadderEntryDraft): Promise<void>;
  onCancel(): void;
  /** Someone else saved first: fetch the ladder again. */
  onReload(): void;
}

/** A track, level or competency's name and description, as typed by an admin. */
export function LadderEntryForm({
  label,
  textField,
  textLabel,
  initial,
  submitLabel,
  send,
  onCancel,
  onReload,
}: LadderEntryFormProps) {
  const [draft, setDraft] = useState(initial);
  const set = (patch: Partial<LadderEntryDraft>) => setDraft((d) => ({ ...d, ...patch }));
  const { problem, setProblem, busy, submit } = useFormSubmission(['name', 'text', 'sortOrder'], {
    [textField]: 'text',
  });

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!draft.name.trim()) return setProblem(fieldProblem('name', 'Name is required.'));
    await submit(() => send({ ...draft, name: draft.name.trim(), text: draft.text.trim() }));
  }

  const e = problem.byField;
  return (
    <form
      className="form form--panel ladder-entry-form"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={label}
    >
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onCancel();
              }
            : undefined
        }
      />
      <div className="form-row">
        <TextField
          label="Name"
          name="name"
          error={e.name}
          required
          value={draft.name}
          onChange={(name) => set({ name })}
          inputProps={{ autoFocus: true, maxLength: 120 }}
        />
        <TextField
          label={textLabel}
          name="text"
          error={e.text}
          value={draft.text}
          onChange={(text) => set({ text })}
          inputProps={{ maxLength: 2000 }}
        />
        {draft.sortOrder !== undefined ? (
          <DecimalField
            label="Order"
            name="sortOrder"
            error={e.sortOrder}
            className="field--narrow"
            hint="Lower comes first"
            value={draft.sortOrder}
            onChange={(sortOrder) => set({ sortOrder })}
            inputProps={{ min: 0, max: 1000 }}
          />
        ) : null}
      </div>
      <FormActions submitLabel={submitLabel} busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
