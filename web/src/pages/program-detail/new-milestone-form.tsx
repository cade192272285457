import { useState, type FormEvent } from 'react';
import type { Milestone, MilestoneCreate } from '../../api/types';
import { MILESTONE_STATE_LABEL, MILESTONE_STATES } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'dueDate', 'workstreamId', 'state', 'description', 'criteria'];

/** A milestone and, optionally, its success criteria (one per line) in one request. */
export function NewMilestoneForm({ onDone }: { onDone(): void }) {
  const { plan, reload } = usePlan();
  const [name, setName] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [workstreamId, setWorkstreamId] = useState('');
  const [state, setState] = useState<Milestone['state']>('planned');
  const [description, setDescription] = useState('');
  const [criteria, setCriteria] = useState('');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const body: MilestoneCreate = {
      name: name.trim(),
      dueDate: blankToNull(dueDate),
      workstreamId: workstreamId || null,
      state,
    };
    if (description.trim()) body.description = description.trim();
    const lines = criteria
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
    if (lines.length > 0) body.criteria = lines.map((line) => ({ description: line }));
    await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/milestones', {
          params: { path: { id: plan.program.id } },
          body,
        }),
      );
      reload();
      onDone();
    });
  }

  const e = problem.byField;
  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New milestone">
      <FormAlert messages={problem.general} />
      <div className="form-grid form-grid--3">
        <Field label="Milestone name" name="name" error={e.name} required>
          {(c) => (
            <input {...c} value={name} onChange={(ev) => setName(ev.target.value)} autoFocus />
          )}
        </Field>
        <DateField
          label="Due date"
          name="dueDate"
          error={e.dueDate}
          value={dueDate}
          onChange={setDueDate}
        />
        <SelectField
          label="Workstream"
          name="workstreamId"
          error={e.workstreamId}
          value={workstreamId}
          onChange={setWorkstreamId}
          emptyLabel="None"
        >
          <NamedOptions items={plan.workstreams} />
        </SelectField>
        <SelectField label="State" name="state" error={e.state} value={state} onChange={setState}>
          <VocabularyOptions values={MILESTONE_STATES} labels={MILESTONE_STATE_LABEL} />
        </SelectField>
        <Field label="Description" name="description" error={e.description} className="span-2">
          {(c) => (
            <input {...c} value={description} onChange={(ev) => setDescription(ev.target.value)} />
          )}
        </Field>
        <Field
          label="Success criteria"
          name="criteria"
          error={e.criteria}
          hint="One per line; each becomes a checklist item."
          className="span-3"
        >
          {(c) => (
            <textarea
              {...c}
              rows={3}
              value={criteria}
              onChange={(ev) => setCriteria(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <FormActions submitLabel="Add milestone" busy={busy} onCancel={onDone} />
    </form>
  );
}
