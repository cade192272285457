import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, type FormProblem } from '../../api/issues';
import type { Milestone, MilestoneCreate } from '../../api/types';
import { MILESTONE_STATE_LABEL, MILESTONE_STATES } from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
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
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

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
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(
        api.POST('/api/programs/{id}/milestones', {
          params: { path: { id: plan.program.id } },
          body,
        }),
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
    <form className="inline-form" onSubmit={handleSubmit} noValidate aria-label="New milestone">
      <FormAlert messages={problem.general} />
      <div className="form-grid form-grid--3">
        <Field label="Milestone name" name="name" error={e.name} required>
          {(c) => (
            <input {...c} value={name} onChange={(ev) => setName(ev.target.value)} autoFocus />
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
        <Field label="State" name="state" error={e.state}>
          {(c) => (
            <select
              {...c}
              value={state}
              onChange={(ev) => setState(ev.target.value as Milestone['state'])}
            >
              {MILESTONE_STATES.map((s) => (
                <option key={s} value={s}>
                  {MILESTONE_STATE_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
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
      <div className="form__actions">
        <button type="button" className="button" onClick={onDone}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          Add milestone
        </button>
      </div>
    </form>
  );
}
