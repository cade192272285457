import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, SEE_FIELDS_MESSAGE, type FormProblem } from '../../api/issues';
import type { TaskCreate, TaskState } from '../../api/types';
import { TASK_STATE_LABEL, TASK_STATES } from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
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
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const estimateHours = parseDecimal(estimate);
    if (estimateHours !== null && Number.isNaN(estimateHours)) {
      setProblem({
        byField: { estimateHours: 'must be a number of hours' },
        general: [SEE_FIELDS_MESSAGE],
        conflict: false,
      });
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
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(
        api.POST('/api/programs/{id}/tasks', { params: { path: { id: plan.program.id } }, body }),
      );
      reload();
      onDone();
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS));
    } finally {
      setBusy(false);
    }
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
        <Field label="Workstream" name="workstreamId" error={e.workstreamId}>
          {(c) => (
            <select {...c} value={workstreamId} onChange={(ev) => setWorkstreamId(ev.target.value)}>
              <option value="">None</option>
              {plan.workstreams.map((w) => (
                <option key={w.id} value={w.id}>
                  {w.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Milestone" name="milestoneId" error={e.milestoneId}>
          {(c) => (
            <select {...c} value={milestoneId} onChange={(ev) => setMilestoneId(ev.target.value)}>
              <option value="">None</option>
              {plan.milestones.map((m) => (
                <option key={m.id} value={m.id}>
                  {m.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Owner" name="ownerId" error={e.ownerId}>
          {(c) => (
            <select {...c} value={ownerId} onChange={(ev) => setOwnerId(ev.target.value)}>
              <option value="">Unassigned</option>
              {people.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="State" name="state" error={e.state}>
          {(c) => (
            <select {...c} value={state} onChange={(ev) => setState(ev.target.value as TaskState)}>
              {TASK_STATES.map((s) => (
                <option key={s} value={s}>
                  {TASK_STATE_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Start date" name="startDate" error={e.startDate}>
          {(c) => (
            <input
              {...c}
              type="date"
              value={startDate}
              onChange={(ev) => setStartDate(ev.target.value)}
            />
          )}
        </Field>
        <Field label="Due date" name="dueDate" error={e.dueDate}>
          {(c) => (
            <input
              {...c}
              type="date"
              value={dueDate}
              onChange={(ev) => setDueDate(ev.target.value)}
            />
          )}
        </Field>
        <Field label="Estimate (hours)" name="estimateHours" error={e.estimateHours}>
          {(c) => (
            <input
              {...c}
              type="number"
              min={0}
              step="any"
              inputMode="decimal"
              value={estimate}
              onChange={(ev) => setEstimate(ev.target.value)}
            />
          )}
        </Field>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Add task
        </button>
      </div>
    </form>
  );
}
