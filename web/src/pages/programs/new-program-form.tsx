import { useState, type FormEvent } from 'react';
import type { Program } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { useFormSubmission } from '../../components/use-form-submission';
import {
  draftOf,
  PROGRAM_FIELD_RENAMES,
  PROGRAM_FIELDS,
  programBodyOf,
  type ProgramDraft,
} from './program-draft';
import { ProgramFields } from './program-fields';

interface Props {
  onCreated(program: Program): void;
  onCancel(): void;
}

/** Only the name is required; everything else can be filled in as the program takes shape. */
export function NewProgramForm({ onCreated, onCancel }: Props) {
  const [draft, setDraft] = useState<ProgramDraft>(() => draftOf());
  const { problem, setProblem, busy, submit } = useFormSubmission(
    PROGRAM_FIELDS,
    PROGRAM_FIELD_RENAMES,
  );
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const shaped = programBodyOf(draft);
    if ('problem' in shaped) return setProblem(shaped.problem);
    await submit(async () => {
      onCreated(await unwrap(api.POST('/api/programs', { body: shaped.body })));
    });
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="new-program-title"
    >
      <div className="card__header">
        <h2 id="new-program-title">New program</h2>
        <p className="muted">Only the name is required.</p>
      </div>
      <FormAlert messages={problem.general} />
      <ProgramFields
        draft={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={problem.byField}
        people={people.data ?? []}
        autoFocus
      />
      <FormActions
        submitLabel="Create program"
        busyLabel="Creating…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
