import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { BaselineSummary } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import { formatLocal } from './gantt-model';

interface NameFormProps {
  label: string;
  initial: string;
  submitLabel: string;
  /** Sends the name; a rejection is shown under the field. */
  send(name: string): Promise<void>;
  onCancel(): void;
  /** Only a rename can meet a version conflict: someone renamed or deleted it first. */
  onReload?: () => void;
}

/** A baseline's name, typed once when it is saved and again when it is renamed. */
function BaselineNameForm({
  label,
  initial,
  submitLabel,
  send,
  onCancel,
  onReload,
}: NameFormProps) {
  const [name, setName] = useState(initial);
  const { problem, setProblem, busy, submit } = useFormSubmission(['name']);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) return setProblem(fieldProblem('name', 'Name is required.'));
    await submit(() => send(name.trim()));
  }

  return (
    <form
      className="baseline-form"
      aria-label={label}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
    >
      <Field label="Baseline name" name="name" error={problem.byField.name}>
        {(c) => (
          <input
            {...c}
            value={name}
            autoFocus
            maxLength={200}
            placeholder="e.g. Plan of record"
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </Field>
      <div className="baseline-form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {submitLabel}
        </button>
        <button type="button" className="button button--ghost button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
      <FormAlert
        messages={problem.byField.name ? [] : problem.general}
        onReload={problem.conflict && onReload ? onReload : undefined}
      />
    </form>
  );
}

/** "Save baseline": freezes the current schedule under a name. */
export function SaveBaseline({
  programId,
  onSaved,
}: {
  programId: string;
  onSaved(id: string): void;
}) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="button button--small" onClick={() => setOpen(true)}>
        Save baseline
      </button>
    );
  return (
    <BaselineNameForm
      label="Save baseline"
      initial=""
      submitLabel="Save"
      onCancel={() => setOpen(false)}
      send={async (name) => {
        const saved = await unwrap(
          api.POST('/api/programs/{id}/baselines', {
            params: { path: { id: programId } },
            body: { name },
          }),
        );
        setOpen(false);
        onSaved(saved.id);
      }}
    />
  );
}

type Mode = 'reading' | 'renaming' | 'deleting';

/**
 * Rename or delete the baseline being compared against. Its saved schedule never
 * changes (that is what a baseline is); only its name does, or it goes.
 */
export function BaselineActions({
  baseline,
  onChanged,
  onDeleted,
}: {
  baseline: BaselineSummary;
  /** Renamed, or found changed by someone else: the list is read again. */
  onChanged(): void;
  onDeleted(): void;
}) {
  const [mode, setMode] = useState<Mode>('reading');
  const reading = () => setMode('reading');

  if (mode === 'renaming')
    return (
      <BaselineNameForm
        label={`Rename baseline ${baseline.name}`}
        initial={baseline.name}
        submitLabel="Rename"
        onCancel={reading}
        onReload={() => {
          onChanged();
          reading();
        }}
        send={async (name) => {
          await unwrap(
            api.PATCH('/api/baselines/{id}', {
              params: { path: { id: baseline.id } },
              body: { name, version: baseline.version },
            }),
          );
          reading();
          onChanged();
        }}
      />
    );

  return (
    <>
      <div className="button-group">
        <button
          type="button"
          className="button button--ghost button--small"
          aria-label={`Rename baseline ${baseline.name}`}
          onClick={() => setMode('renaming')}
        >
          Rename
        </button>
        <button
          type="button"
          className="button button--ghost button--small button--quiet-danger"
          aria-label={`Delete baseline ${baseline.name}`}
          onClick={() => setMode('deleting')}
        >
          Delete
        </button>
      </div>
      {mode === 'deleting' ? (
        <div className="schedule-toolbar__wide">
          <DeleteConfirmation
            kind="baseline"
            name={baseline.name}
            consequence={`Its saved schedule (finish ${formatLocal(baseline.finish)}) goes with it; the plan and its current schedule stay as they are.`}
            onConfirm={async () => {
              await unwrap(
                api.DELETE('/api/baselines/{id}', {
                  params: { path: { id: baseline.id }, query: { version: baseline.version } },
                }),
              );
              reading();
              onDeleted();
            }}
            onCancel={reading}
            onReload={onChanged}
          />
        </div>
      ) : null}
    </>
  );
}
