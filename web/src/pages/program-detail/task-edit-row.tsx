import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { formProblemOf, NO_PROBLEM, SEE_FIELDS_MESSAGE, type FormProblem } from '../../api/issues';
import type { Task, TaskState, TaskUpdate } from '../../api/types';
import { TASK_STATE_LABEL, TASK_STATES } from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';
import { usePlan } from './plan-context';

const FIELDS = ['name', 'state', 'ownerId', 'startDate', 'dueDate', 'estimateHours'];

/**
 * A task row turned into inputs. Saving sends only what changed, with the version
 * that was read, so someone else's newer edit is never silently overwritten.
 */
export function TaskEditRow({ task, onDone }: { task: Task; onDone(): void }) {
  const { people, reload, canWrite } = usePlan();
  const [name, setName] = useState(task.name);
  const [state, setState] = useState<TaskState>(task.state);
  const [ownerId, setOwnerId] = useState(task.ownerId ?? '');
  const [startDate, setStartDate] = useState(task.startDate ?? '');
  const [dueDate, setDueDate] = useState(task.dueDate ?? '');
  const [estimate, setEstimate] = useState(
    task.estimateHours === null ? '' : String(task.estimateHours),
  );
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);
  const formId = `task-edit-${task.id}`;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const estimateHours = parseDecimal(estimate);
    if (estimateHours !== null && Number.isNaN(estimateHours)) {
      setProblem({
        byField: { estimateHours: 'must be a number of hours' },
        general: [],
        conflict: false,
      });
      return;
    }
    const body: TaskUpdate = { version: task.version };
    if (name.trim() !== task.name) body.name = name.trim();
    if (state !== task.state) body.state = state;
    if ((ownerId || null) !== task.ownerId) body.ownerId = ownerId || null;
    if (blankToNull(startDate) !== task.startDate) body.startDate = blankToNull(startDate);
    if (blankToNull(dueDate) !== task.dueDate) body.dueDate = blankToNull(dueDate);
    if (estimateHours !== task.estimateHours) body.estimateHours = estimateHours;
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      await unwrap(api.PATCH('/api/tasks/{id}', { params: { path: { id: task.id } }, body }));
      reload();
      onDone();
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS));
    } finally {
      setBusy(false);
    }
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone();
  }

  const e = problem.byField;
  const control = { form: formId, onKeyDown: handleKeyDown };
  return (
    <>
      <tr className="table__editing" data-testid="task-edit-row">
        <td className="table__primary">
          {/* A form cannot wrap table cells, so the inputs join it through their form attribute. */}
          <form
            id={formId}
            onSubmit={handleSubmit}
            noValidate
            aria-label={`Edit task ${task.name}`}
          />
          <Field label="Task name" name="name" error={e.name} className="field--cell">
            {(c) => (
              <input
                {...c}
                {...control}
                value={name}
                onChange={(ev) => setName(ev.target.value)}
                autoFocus
              />
            )}
          </Field>
        </td>
        <td>
          <Field label="State" name="state" error={e.state} className="field--cell">
            {(c) => (
              <select
                {...c}
                {...control}
                value={state}
                onChange={(ev) => setState(ev.target.value as TaskState)}
              >
                {TASK_STATES.map((s) => (
                  <option key={s} value={s}>
                    {TASK_STATE_LABEL[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </td>
        <td>
          <Field label="Owner" name="ownerId" error={e.ownerId} className="field--cell">
            {(c) => (
              <select
                {...c}
                {...control}
                value={ownerId}
                onChange={(ev) => setOwnerId(ev.target.value)}
              >
                <option value="">Unassigned</option>
                {people.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
                {task.ownerId && !people.some((p) => p.id === task.ownerId) ? (
                  <option value={task.ownerId}>{task.ownerName ?? 'Current owner'}</option>
                ) : null}
              </select>
            )}
          </Field>
        </td>
        <td>
          <Field label="Start date" name="startDate" error={e.startDate} className="field--cell">
            {(c) => (
              <input
                {...c}
                {...control}
                type="date"
                value={startDate}
                onChange={(ev) => setStartDate(ev.target.value)}
              />
            )}
          </Field>
        </td>
        <td>
          <Field label="Due date" name="dueDate" error={e.dueDate} className="field--cell">
            {(c) => (
              <input
                {...c}
                {...control}
                type="date"
                value={dueDate}
                onChange={(ev) => setDueDate(ev.target.value)}
              />
            )}
          </Field>
        </td>
        <td className="numeric">
          <Field
            label="Estimate (hours)"
            name="estimateHours"
            error={e.estimateHours}
            className="field--cell"
          >
            {(c) => (
              <input
                {...c}
                {...control}
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                className="input--narrow"
                value={estimate}
                onChange={(ev) => setEstimate(ev.target.value)}
              />
            )}
          </Field>
        </td>
        {canWrite ? (
          <td className="table__actions">
            <div className="button-group">
              <button
                type="submit"
                form={formId}
                className="button button--primary button--small"
                disabled={busy}
              >
                Save
              </button>
              <button type="button" className="button button--small" onClick={onDone}>
                Cancel
              </button>
            </div>
          </td>
        ) : null}
      </tr>
      {problem.general.some((m) => m !== SEE_FIELDS_MESSAGE) ? (
        <tr className="table__editing">
          <td colSpan={7}>
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
          </td>
        </tr>
      ) : null}
    </>
  );
}
