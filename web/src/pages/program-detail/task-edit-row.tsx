import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { fieldProblem, SEE_FIELDS_MESSAGE } from '../../api/issues';
import type { Task, TaskState, TaskUpdate } from '../../api/types';
import { TASK_CONSTRAINT_LABEL, TASK_STATE_LABEL, TASK_STATES } from '../../api/vocabulary';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, formatDatesIn, formatHours, parseDecimal } from '../../components/format';
import { DateField, DecimalField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from './plan-context';
import { TaskOutlineFields } from './task-outline-fields';

const FIELDS = [
  'name',
  'state',
  'ownerId',
  'startDate',
  'dueDate',
  'estimateHours',
  'constraintType',
  'constraintDate',
  'percentComplete',
  'actualStart',
  'actualFinish',
  'remainingHours',
  'parentTaskId',
  'deadline',
];
type ConstraintType = NonNullable<Task['constraintType']>;
const CONSTRAINT_TYPES = Object.keys(TASK_CONSTRAINT_LABEL) as ConstraintType[];

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
  const [constraintType, setConstraintType] = useState<ConstraintType | ''>(
    task.constraintType ?? '',
  );
  // datetime-local speaks YYYY-MM-DDTHH:MM; the API takes seconds too.
  const [constraintDate, setConstraintDate] = useState(task.constraintDate?.slice(0, 16) ?? '');
  const [percent, setPercent] = useState(String(task.percentComplete));
  // As first shown: a field counts as changed only when the person changed what they saw.
  const [shownActualStart] = useState(task.actualStart?.slice(0, 16) ?? '');
  const [shownActualFinish] = useState(task.actualFinish?.slice(0, 16) ?? '');
  const [actualStart, setActualStart] = useState(shownActualStart);
  const [actualFinish, setActualFinish] = useState(shownActualFinish);
  // Empty while derived, so that clearing a figure set by hand hands it back to the estimate.
  const [remaining, setRemaining] = useState(
    task.remainingHoursSet ? String(task.remainingHours) : '',
  );
  const [parentId, setParentId] = useState(task.parentTaskId ?? '');
  const [deadline, setDeadline] = useState(task.deadline?.slice(0, 16) ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  const formId = `task-edit-${task.id}`;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const estimateHours = parseDecimal(estimate);
    if (estimateHours !== null && Number.isNaN(estimateHours)) {
      // The row shows this under the estimate only: the general message is not repeated below it.
      setProblem(fieldProblem('estimateHours', 'Estimate must be a number of hours'));
      return;
    }
    const percentComplete = parseDecimal(percent);
    // Unlike an estimate, a share done is never unset: a blank cannot mean "none".
    if (percentComplete === null || Number.isNaN(percentComplete)) {
      setProblem(
        fieldProblem('percentComplete', 'Percent complete must be a number from 0 to 100'),
      );
      return;
    }
    const remainingHours = parseDecimal(remaining);
    if (remainingHours !== null && Number.isNaN(remainingHours)) {
      setProblem(fieldProblem('remainingHours', 'Remaining hours must be a number'));
      return;
    }
    const body: TaskUpdate = { version: task.version };
    if (name.trim() !== task.name) body.name = name.trim();
    if (state !== task.state) body.state = state;
    if ((ownerId || null) !== task.ownerId) body.ownerId = ownerId || null;
    if (blankToNull(startDate) !== task.startDate) body.startDate = blankToNull(startDate);
    if (blankToNull(dueDate) !== task.dueDate) body.dueDate = blankToNull(dueDate);
    if (estimateHours !== task.estimateHours) body.estimateHours = estimateHours;
    if ((constraintType || null) !== task.constraintType)
      body.constraintType = constraintType || null;
    const dated = constraintType && constraintType !== 'ALAP' && constraintDate;
    const sentDate = dated ? `${constraintDate}:00` : null;
    // Without a type the server drops the date itself; sending it would be refused.
    if (constraintType && sentDate !== task.constraintDate) body.constraintDate = sentDate;
    // Left out unless changed, so that a move to done can still make it 100%.
    if (percentComplete !== task.percentComplete) body.percentComplete = percentComplete;
    if (actualStart !== shownActualStart) body.actualStart = withSeconds(actualStart);
    if (actualFinish !== shownActualFinish) body.actualFinish = withSeconds(actualFinish);
    if ((parentId || null) !== task.parentTaskId) body.parentTaskId = parentId || null;
    if (withSeconds(deadline) !== task.deadline) body.deadline = withSeconds(deadline);
    if (remainingHours !== (task.remainingHoursSet ? task.remainingHours : null))
      body.remainingHours = remainingHours;
    await submit(
      async () => {
        await unwrap(api.PATCH('/api/tasks/{id}', { params: { path: { id: task.id } }, body }));
        reload();
        onDone();
      },
      (placed) => ({
        ...placed,
        byField: Object.fromEntries(
          Object.entries(placed.byField).map(([field, m]) => [field, formatDatesIn(m)]),
        ),
        general: placed.general.map(formatDatesIn),
      }),
    );
  }

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape') onDone();
  }

  const e = problem.byField;
  const control = { form: formId, onKeyDown: handleKeyDown };
  const columns = canWrite ? 7 : 6;
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
          <SelectField
            label="State"
            name="state"
            error={e.state}
            className="field--cell"
            selectProps={control}
            value={state}
            onChange={setState}
          >
            <VocabularyOptions values={TASK_STATES} labels={TASK_STATE_LABEL} />
          </SelectField>
        </td>
        <td>
          <SelectField
            label="Owner"
            name="ownerId"
            error={e.ownerId}
            className="field--cell"
            selectProps={control}
            value={ownerId}
            onChange={setOwnerId}
            emptyLabel="Unassigned"
          >
            <NamedOptions items={people} />
            {/* Without an option of its own, an owner missing from the list would read as Unassigned. */}
            {task.ownerId && !people.some((p) => p.id === task.ownerId) ? (
              <option value={task.ownerId}>{task.ownerName ?? 'Current owner'}</option>
            ) : null}
          </SelectField>
        </td>
        <td>
          <DateField
            label="Start date"
            name="startDate"
            error={e.startDate}
            className="field--cell"
            value={startDate}
            onChange={setStartDate}
            inputProps={control}
          />
        </td>
        <td>
          <DateField
            label="Due date"
            name="dueDate"
            error={e.dueDate}
            className="field--cell"
            value={dueDate}
            onChange={setDueDate}
            inputProps={control}
          />
        </td>
        <td className="numeric">
          <DecimalField
            label="Estimate (hours)"
            name="estimateHours"
            error={e.estimateHours}
            className="field--cell"
            value={estimate}
            onChange={setEstimate}
            inputProps={{ ...control, min: 0, className: 'input--narrow' }}
          />
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
      <tr className="table__editing">
        <td colSpan={columns}>
          <div className="task-edit__groups">
            <fieldset className="task-edit__group" data-testid="task-progress-fields">
              <legend>Progress</legend>
              <div className="form-row">
                <Field label="Percent complete" name="percentComplete" error={e.percentComplete}>
                  {(c) => (
                    <div className="input-suffix">
                      <input
                        {...c}
                        {...control}
                        type="number"
                        min={0}
                        max={100}
                        step={1}
                        inputMode="numeric"
                        value={percent}
                        onChange={(ev) => setPercent(ev.target.value)}
                      />
                      <span aria-hidden="true">%</span>
                    </div>
                  )}
                </Field>
                <Field label="Actual start" name="actualStart" error={e.actualStart}>
                  {(c) => (
                    <input
                      {...c}
                      {...control}
                      type="datetime-local"
                      value={actualStart}
                      onChange={(ev) => setActualStart(ev.target.value)}
                    />
                  )}
                </Field>
                <Field label="Actual finish" name="actualFinish" error={e.actualFinish}>
                  {(c) => (
                    <input
                      {...c}
                      {...control}
                      type="datetime-local"
                      value={actualFinish}
                      onChange={(ev) => setActualFinish(ev.target.value)}
                    />
                  )}
                </Field>
                <DecimalField
                  label="Remaining hours"
                  name="remainingHours"
                  error={e.remainingHours}
                  hint={
                    task.remainingHoursSet
                      ? 'Set by hand; empty it to derive it again'
                      : `Empty: the estimate less the share done (${formatHours(task.remainingHours)})`
                  }
                  value={remaining}
                  onChange={setRemaining}
                  inputProps={{ ...control, min: 0 }}
                />
              </div>
            </fieldset>
            <fieldset className="task-edit__group">
              <legend>Scheduling</legend>
              <div className="form-row">
                <SelectField
                  label="Scheduling constraint"
                  name="constraintType"
                  error={e.constraintType}
                  selectProps={control}
                  value={constraintType}
                  onChange={setConstraintType}
                  emptyLabel="None (as soon as possible)"
                >
                  <VocabularyOptions values={CONSTRAINT_TYPES} labels={TASK_CONSTRAINT_LABEL} />
                </SelectField>
                {constraintType && constraintType !== 'ALAP' ? (
                  <Field
                    label="Constraint date and time"
                    name="constraintDate"
                    error={e.constraintDate}
                  >
                    {(c) => (
                      <input
                        {...c}
                        {...control}
                        type="datetime-local"
                        value={constraintDate}
                        onChange={(ev) => setConstraintDate(ev.target.value)}
                      />
                    )}
                  </Field>
                ) : null}
              </div>
            </fieldset>
            <TaskOutlineFields
              task={task}
              parentId={parentId}
              onParentChange={setParentId}
              deadline={deadline}
              onDeadlineChange={setDeadline}
              errors={e}
              control={control}
            />
          </div>
        </td>
      </tr>
      {problem.general.some((m) => m !== SEE_FIELDS_MESSAGE) ? (
        <tr className="table__editing">
          <td colSpan={columns}>
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

/** datetime-local speaks YYYY-MM-DDTHH:MM; the API takes seconds too, and null for blank. */
function withSeconds(value: string): string | null {
  return value ? `${value}:00` : null;
}
