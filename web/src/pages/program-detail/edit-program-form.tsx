import { useState, type FormEvent } from 'react';
import type { Program } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
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
  // Only here, not on the new-program form: a program nobody has reported on is as of today.
  const [statusDate, setStatusDate] = useState(program.statusDate ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(
    [...PROGRAM_FIELDS, 'statusDate'],
    PROGRAM_FIELD_RENAMES,
  );

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const shaped = programBodyOf(draft);
    if ('problem' in shaped) return setProblem(shaped.problem);
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/programs/{id}', {
          params: { path: { id: program.id } },
          body: {
            ...shaped.body,
            // Sent only when changed: the schedule page sets it too, and an edit of the
            // name should not carry back a status date read before that.
            ...(blankToNull(statusDate) !== program.statusDate
              ? { statusDate: blankToNull(statusDate) }
              : {}),
            version: program.version,
          },
        }),
      );
      reload();
      onDone();
    });
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
      >
        <DateField
          label="Status date"
          name="statusDate"
          error={problem.byField.statusDate}
          hint="The first day not yet reported; empty = today on the program's clock"
          value={statusDate}
          onChange={setStatusDate}
        />
      </ProgramFields>
      <FormActions submitLabel="Save changes" busyLabel="Saving…" busy={busy} onCancel={onDone} />
    </form>
  );
}
