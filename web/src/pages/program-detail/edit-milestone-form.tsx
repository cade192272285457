import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { Milestone, MilestoneUpdate } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, formatDatesIn } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'dueDate', 'workstreamId', 'description'];

/**
 * A milestone's name, date, workstream and description; its state keeps its own
 * control (achieving it may need a confirmation). Sends only what changed, with the
 * version read; the server then schedules the program again, and the reload shows it.
 */
export function EditMilestoneForm({ milestone, onDone }: { milestone: Milestone; onDone(): void }) {
  const { plan, reload } = usePlan();
  const [name, setName] = useState(milestone.name);
  const [dueDate, setDueDate] = useState(milestone.dueDate ?? '');
  const [workstreamId, setWorkstreamId] = useState(milestone.workstreamId ?? '');
  const [description, setDescription] = useState(milestone.description);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Said here in a sentence: the schema's own word for an empty string is validator text.
    if (!name.trim()) {
      setProblem(fieldProblem('name', 'Name is required.'));
      return;
    }
    const body: MilestoneUpdate = { version: milestone.version };
    if (name.trim() !== milestone.name) body.name = name.trim();
    if (blankToNull(dueDate) !== milestone.dueDate) body.dueDate = blankToNull(dueDate);
    if ((workstreamId || null) !== milestone.workstreamId) body.workstreamId = workstreamId || null;
    if (description.trim() !== milestone.description) body.description = description.trim();
    await submit(
      async () => {
        await unwrap(
          api.PATCH('/api/milestones/{id}', { params: { path: { id: milestone.id } }, body }),
        );
        reload();
        onDone();
      },
      (placed) => ({ ...placed, general: placed.general.map(formatDatesIn) }),
    );
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone();
  }

  const e = problem.byField;
  return (
    <form
      className="inline-form milestone__edit"
      onSubmit={handleSubmit}
      onKeyDown={handleKeyDown}
      noValidate
      aria-label={`Edit milestone ${milestone.name}`}
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
        <Field label="Milestone name" name="name" error={e.name} required className="span-2">
          {(c) => (
            <input {...c} value={name} onChange={(ev) => setName(ev.target.value)} autoFocus />
          )}
        </Field>
        <DateField
          label="Due date"
          name="dueDate"
          error={e.dueDate}
          hint="A deadline: the schedule flags it when the work runs past it"
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
        <Field label="Description" name="description" error={e.description} className="span-2">
          {(c) => (
            <input {...c} value={description} onChange={(ev) => setDescription(ev.target.value)} />
          )}
        </Field>
      </div>
      <FormActions submitLabel="Save milestone" busyLabel="Saving…" busy={busy} onCancel={onDone} />
    </form>
  );
}
