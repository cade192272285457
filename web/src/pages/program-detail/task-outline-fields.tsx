import type { KeyboardEvent } from 'react';
import type { Task } from '../../api/types';
import { Field } from '../../components/field';
import { SelectField } from '../../components/select-field';
import { usePlan } from './plan-context';
import { outlineOf, selfAndBelow } from './task-outline';

/**
 * Where a task sits in the outline (the summary task it is under) and its deadline.
 * The parent can be any other task but one below it, which would close a loop.
 */
export function TaskOutlineFields({
  task,
  parentId,
  onParentChange,
  deadline,
  onDeadlineChange,
  errors,
  control,
}: {
  task: Task;
  parentId: string;
  onParentChange(id: string): void;
  /** As a datetime-local input speaks it: YYYY-MM-DDTHH:MM, or empty. */
  deadline: string;
  onDeadlineChange(value: string): void;
  errors: Record<string, string | undefined>;
  control: { form: string; onKeyDown(event: KeyboardEvent): void };
}) {
  const { plan } = usePlan();
  const excluded = selfAndBelow(plan.tasks, task.id);
  const candidates = outlineOf(plan.tasks).filter((r) => !excluded.has(r.task.id));
  return (
    <fieldset className="task-edit__group">
      <legend>Outline</legend>
      <div className="form-row">
        <SelectField
          label="Parent task"
          name="parentTaskId"
          error={errors.parentTaskId}
          selectProps={control}
          value={parentId}
          onChange={onParentChange}
          emptyLabel="None (top of the outline)"
        >
          {candidates.map(({ task: t, depth }) => (
            <option key={t.id} value={t.id}>
              {`${'\u2003'.repeat(depth)}${t.name}`}
            </option>
          ))}
        </SelectField>
        <Field
          label="Deadline"
          name="deadline"
          error={errors.deadline}
          hint="On the program’s clock; a missed one shows as negative float"
        >
          {(c) => (
            <input
              {...c}
              {...control}
              type="datetime-local"
              value={deadline}
              onChange={(ev) => onDeadlineChange(ev.target.value)}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
