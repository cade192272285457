import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import type { TaskCreate, TaskState } from '../../api/types';
import { TASK_STATE_LABEL, TASK_STATES } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { DateField, DecimalField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';

const FIELDS = [
  'name',
  'workstreamId',
  'milestoneId',
  'ownerId',
  'state',
  'startDate',
  'dueDate',
  'estimateHours',
];

export function NewTaskForm({ onDone }: { onDone(): void }) {
  const { plan, people, reload } = usePlan();
  const [name, setName] = useState('');
  const [workstreamId, setWorkstreamId] = useState('');
  const [milestoneId, setMilestoneId] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [state, setState] = useState<TaskState>('todo');
  const [startDate, setStartDate] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [estimate, setEstimate] = useState('');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const estimateHours = parseDecimal(estimate);
    if (estimateHours !== null && Number.isNaN(estimateHours)) {
      setProblem(fieldProblem('estimateHours', 'Estimate must be a number of hours'));
      return;
    }
    const body: TaskCreate = {
      name: name.trim(),
      workstreamId: workstreamId || null,
      milestoneId: milestoneId || null,
      ownerId: ownerId || null,
      state,
      startDate: blankToNull(startDate),
      dueDate: blankToNull(dueDate),
      estimateHours,
    };
    await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/tasks', { params: { path: { id: plan.program.id } }, body }),
      );
      reload();
      onDone();
    });
  }

  const e = problem.byField;
  return (
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New task">
      <FormAlert messages={problem.general} />
      <div className="form-grid form-grid--4">
        <Field label="Task name" name="name" error={e.name} required className="span-2">
          {(c) => (
            <input {...c} value={name} onChange={(ev) => setName(ev.target.value)} autoFocus />
          )}
        </Field>
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
        <SelectField
          label="Milestone"
          name="milestoneId"
          error={e.milestoneId}
          value={milestoneId}
          onChange={setMilestoneId}
          emptyLabel="None"
        >
          <NamedOptions items={plan.milestones} />
        </SelectField>
        <SelectField
          label="Owner"
          name="ownerId"
          error={e.ownerId}
          value={ownerId}
          onChange={setOwnerId}
          emptyLabel="Unassigned"
        >
          <NamedOptions items={people} />
        </SelectField>
        <SelectField label="State" name="state" error={e.state} value={state} onChange={setState}>
          <VocabularyOptions values={TASK_STATES} labels={TASK_STATE_LABEL} />
        </SelectField>
        <DateField
          label="Start date"
          name="startDate"
          error={e.startDate}
          value={startDate}
          onChange={setStartDate}
        />
        <DateField
          label="Due date"
          name="dueDate"
          error={e.dueDate}
          value={dueDate}
          onChange={setDueDate}
        />
        <DecimalField
          label="Estimate (hours)"
          name="estimateHours"
          error={e.estimateHours}
          value={estimate}
          onChange={setEstimate}
          inputProps={{ min: 0 }}
        />
      </div>
      <FormActions submitLabel="Add task" busy={busy} onCancel={onDone} />
    </form>
  );
}
