import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import type { Program } from '../../api/types';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import {
  draftOf,
  PROGRAM_FIELD_RENAMES,
  PROGRAM_FIELDS,
  programBodyOf,
  type ProgramDraft,
} from '../programs/program-draft';
import { ProgramFields } from '../programs/program-fields';
import { usePlan } from './plan-context';

/** The program's own fields, saved with the version that was read. */
export function EditProgramForm({ program, onDone }: { program: Program; onDone(): void }) {
  const { people, reload } = usePlan();
  const [draft, setDraft] = useState<ProgramDraft>(() => draftOf(program));
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const shaped = programBodyOf(draft);
    if ('problem' in shaped) return setProblem(shaped.problem);
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(
        api.PATCH('/api/programs/{id}', {
          params: { path: { id: program.id } },
          body: { ...shaped.body, version: program.version },
        }),
      );
      reload();
      onDone();
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
      aria-labelledby="edit-program-title"
    >
      <div className="card__header">
        <h2 id="edit-program-title">Edit program</h2>
      </div>
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                reload();
                onDone();
              }
            : undefined
        }
      />
      <ProgramFields
        draft={draft}
        onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))}
        errors={problem.byField}
        people={people}
        autoFocus
      />
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save changes'}
        </button>
      </div>
    </form>
  );
}
