import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import type { Assumption, AssumptionUpdate } from './raid-types';
import { ASSUMPTION_STATUS_LABEL, ASSUMPTION_STATUSES } from './raid-vocabulary';
import type { Named } from './use-raid-references';
import { useFormSubmission } from '../../components/use-form-submission';

const FIELDS = ['statement', 'description', 'ownerId', 'validateBy', 'status', 'note'];

/** Adds an assumption, or (given one) edits it; an edit sends only what changed, with its version. */
export function AssumptionForm({
  programId,
  people,
  assumption,
  onDone,
  onReload,
}: {
  programId: string;
  people: readonly Named[];
  assumption?: Assumption;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [statement, setStatement] = useState(assumption?.statement ?? '');
  const [description, setDescription] = useState(assumption?.description ?? '');
  const [ownerId, setOwnerId] = useState(assumption?.ownerId ?? '');
  const [validateBy, setValidateBy] = useState(assumption?.validateBy ?? '');
  const [status, setStatus] = useState<Assumption['status']>(assumption?.status ?? 'unvalidated');
  const [note, setNote] = useState(assumption?.note ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!statement.trim()) return setProblem(fieldProblem('statement', 'Statement is required.'));
    const fields = {
      statement: statement.trim(),
      description: description.trim(),
      ownerId: blankToNull(ownerId),
      validateBy: blankToNull(validateBy),
      status,
      note: note.trim(),
    };
    await submit(async () => {
      if (assumption) {
        const body: AssumptionUpdate = { version: assumption.version };
        for (const [k, v] of Object.entries(fields) as [keyof typeof fields, never][])
          if (v !== assumption[k]) body[k] = v;
        await unwrap(
          api.PATCH('/api/assumptions/{id}', { params: { path: { id: assumption.id } }, body }),
        );
      } else {
        await unwrap(
          api.POST('/api/programs/{id}/assumptions', {
            params: { path: { id: programId } },
            body: fields,
          }),
        );
      }
      onDone(true);
    });
  }

  return (
    <form
      className="form raid-form"
      aria-label={assumption ? `Edit assumption ${assumption.statement}` : 'Add assumption'}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field label="Statement" name="statement" error={problem.byField.statement} required>
        {(c) => (
          <input
            {...c}
            value={statement}
            maxLength={500}
            onChange={(e) => setStatement(e.target.value)}
          />
        )}
      </Field>
      <Field label="Description" name="description" error={problem.byField.description}>
        {(c) => (
          <textarea
            {...c}
            value={description}
            maxLength={5000}
            rows={2}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <SelectField
        label="Owner"
        name="ownerId"
        value={ownerId}
        onChange={setOwnerId}
        emptyLabel="Nobody yet"
        error={problem.byField.ownerId}
      >
        <NamedOptions items={people} />
      </SelectField>
      <DateField
        label="Validate by"
        name="validateBy"
        value={validateBy}
        onChange={setValidateBy}
        error={problem.byField.validateBy}
      />
      <SelectField
        label="Status"
        name="status"
        value={status}
        onChange={setStatus}
        error={problem.byField.status}
      >
        <VocabularyOptions values={ASSUMPTION_STATUSES} labels={ASSUMPTION_STATUS_LABEL} />
      </SelectField>
      <Field label="Note" name="note" error={problem.byField.note} hint="What the check found">
        {(c) => (
          <textarea
            {...c}
            value={note}
            maxLength={5000}
            rows={2}
            onChange={(e) => setNote(e.target.value)}
          />
        )}
      </Field>
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onDone(false);
              }
            : undefined
        }
      />
      <FormActions
        submitLabel={assumption ? 'Save assumption' : 'Add assumption'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
