import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Workstream, WorkstreamUpdate } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'description', 'leadId'];

/** Renames a workstream, or changes its description or lead; sends only what changed, with the version read. */
export function EditWorkstreamForm({
  workstream,
  onDone,
}: {
  workstream: Workstream;
  onDone(): void;
}) {
  const { people, reload } = usePlan();
  const [name, setName] = useState(workstream.name);
  const [description, setDescription] = useState(workstream.description);
  const [leadId, setLeadId] = useState(workstream.leadId ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Said here in a sentence: the schema's own word for an empty string is validator text.
    if (!name.trim()) {
      setProblem(fieldProblem('name', 'Name is required.'));
      return;
    }
    const body: WorkstreamUpdate = { version: workstream.version };
    if (name.trim() !== workstream.name) body.name = name.trim();
    if (description.trim() !== workstream.description) body.description = description.trim();
    if ((leadId || null) !== workstream.leadId) body.leadId = leadId || null;
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/workstreams/{id}', { params: { path: { id: workstream.id } }, body }),
      );
      reload();
      onDone();
    });
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone();
  }

  const e = problem.byField;
  return (
    <form
      className="inline-form"
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      noValidate
      aria-label={`Edit workstream ${workstream.name}`}
    >
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
      <div className="form-grid">
        <Field label="Workstream name" name="name" error={e.name} required>
          {(c) => (
            <input {...c} value={name} onChange={(ev) => setName(ev.target.value)} autoFocus />
          )}
        </Field>
        <SelectField
          label="Lead"
          name="leadId"
          error={e.leadId}
          value={leadId}
          onChange={setLeadId}
          emptyLabel="No lead"
        >
          <NamedOptions items={people} />
          {workstream.leadId && !people.some((p) => p.id === workstream.leadId) ? (
            <option value={workstream.leadId}>Current lead</option>
          ) : null}
        </SelectField>
        <Field label="Description" name="description" error={e.description} className="span-2">
          {(c) => (
            <input {...c} value={description} onChange={(ev) => setDescription(ev.target.value)} />
          )}
        </Field>
      </div>
      <FormActions
        submitLabel="Save workstream"
        busyLabel="Saving…"
        busy={busy}
        onCancel={onDone}
      />
    </form>
  );
}
