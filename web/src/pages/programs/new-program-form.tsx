import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import type { Program } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
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
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);
  const people = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'people');

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const shaped = programBodyOf(draft);
    if ('problem' in shaped) return setProblem(shaped.problem);
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      onCreated(await unwrap(api.POST('/api/programs', { body: shaped.body })));
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), PROGRAM_FIELDS, PROGRAM_FIELD_RENAMES));
    } finally {
      setBusy(false);
    }
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
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create program'}
        </button>
      </div>
    </form>
  );
}
