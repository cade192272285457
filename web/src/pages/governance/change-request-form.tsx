import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { fieldProblem } from '../../api/issues';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DateField, DecimalField } from '../../components/input-fields';
import { parseDecimal } from '../../components/format';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import type { PlanChange } from '../change-requests/change-request-types';

/** The change kinds the form offers; the API takes more (see docs/change-requests.md). */
const CHANGE_KINDS = ['update_task', 'move_milestone', 'add_dependency'] as const;
type FormChangeKind = (typeof CHANGE_KINDS)[number];
const CHANGE_KIND_LABEL: Record<FormChangeKind, string> = {
  update_task: 'Change a task’s estimate',
  move_milestone: 'Move a milestone',
  add_dependency: 'Add a dependency',
};

const CHANGE_FIELDS = [
  'taskId',
  'estimateHours',
  'milestoneId',
  'date',
  'predecessorId',
  'successorId',
];
const FIELDS = ['title', 'reason', ...CHANGE_FIELDS, 'changes'];
// The one change is `changes[0]`: its issues go under the form's own fields.
const RENAME = Object.fromEntries(CHANGE_FIELDS.map((f) => [`changes[0].${f}`, f]));

/**
 * Raises a change request with one proposed change; on success the request's page opens,
 * with the impact the server computed.
 */
export function ChangeRequestForm({
  programId,
  onCancel,
}: {
  programId: string;
  onCancel(): void;
}) {
  const navigate = useNavigate();
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `cr-form:plan:${programId}`,
  );
  const tasks = plan.data?.tasks ?? [];
  const milestones = plan.data?.milestones ?? [];
  const items = [...tasks, ...milestones];
  const [title, setTitle] = useState('');
  const [reason, setReason] = useState('');
  const [kind, setKind] = useState<FormChangeKind>('update_task');
  const [taskId, setTaskId] = useState('');
  const [estimate, setEstimate] = useState('');
  const [milestoneId, setMilestoneId] = useState('');
  const [date, setDate] = useState('');
  const [predecessorId, setPredecessorId] = useState('');
  const [successorId, setSuccessorId] = useState('');
  const [draft, setDraft] = useState(false);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, RENAME);
  const task = tasks.find((t) => t.id === taskId);

  function change(): PlanChange | string {
    if (kind === 'update_task') {
      if (!taskId) return 'taskId';
      const hours = parseDecimal(estimate);
      return hours === null ? 'estimateHours' : { kind, taskId, estimateHours: hours };
    }
    if (kind === 'move_milestone')
      return milestoneId ? { kind, milestoneId, date: date || null } : 'milestoneId';
    if (!predecessorId) return 'predecessorId';
    if (!successorId) return 'successorId';
    return { kind, predecessorId, successorId };
  }

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem(fieldProblem('title', 'Title is required.'));
    if (!reason.trim()) return setProblem(fieldProblem('reason', 'Reason is required.'));
    const proposed = change();
    if (typeof proposed === 'string')
      return setProblem(
        fieldProblem(
          proposed,
          proposed === 'estimateHours' ? 'Estimate must be a number of hours.' : 'Choose one.',
        ),
      );
    await submit(async () => {
      const created = await unwrap(
        api.POST('/api/programs/{id}/change-requests', {
          params: { path: { id: programId } },
          body: { title: title.trim(), reason: reason.trim(), changes: [proposed], draft },
        }),
      );
      void navigate(`/programs/${programId}/change-requests/${created.id}`);
    });
  }

  return (
    <form
      className="form cr-list-form"
      aria-label="Raise change request"
      onSubmit={handleSubmit}
      noValidate
    >
      <Field label="Title" name="title" error={problem.byField.title} required>
        {(c) => (
          <input {...c} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label="Reason" name="reason" error={problem.byField.reason} required>
        {(c) => (
          <textarea
            {...c}
            value={reason}
            maxLength={10000}
            rows={2}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <SelectField label="Change" name="kind" value={kind} onChange={setKind}>
        <VocabularyOptions values={CHANGE_KINDS} labels={CHANGE_KIND_LABEL} />
      </SelectField>
      <div className="cr-list-form__change">
        {kind === 'update_task' ? (
          <>
            <SelectField
              label="Task"
              name="taskId"
              value={taskId}
              onChange={setTaskId}
              emptyLabel="Choose a task"
              error={problem.byField.taskId}
            >
              <NamedOptions items={tasks} />
            </SelectField>
            <DecimalField
              label="New estimate (hours)"
              name="estimateHours"
              value={estimate}
              onChange={setEstimate}
              hint={task ? `Now ${task.estimateHours ?? 'not set'} h` : undefined}
              error={problem.byField.estimateHours}
              inputProps={{ min: 0 }}
            />
          </>
        ) : null}
        {kind === 'move_milestone' ? (
          <>
            <SelectField
              label="Milestone"
              name="milestoneId"
              value={milestoneId}
              onChange={setMilestoneId}
              emptyLabel="Choose a milestone"
              error={problem.byField.milestoneId}
            >
              <NamedOptions items={milestones} />
            </SelectField>
            <DateField
              label="New date"
              name="date"
              value={date}
              onChange={setDate}
              error={problem.byField.date}
            />
          </>
        ) : null}
        {kind === 'add_dependency' ? (
          <>
            <SelectField
              label="Predecessor"
              name="predecessorId"
              value={predecessorId}
              onChange={setPredecessorId}
              emptyLabel="Choose what comes first"
              error={problem.byField.predecessorId}
            >
              <NamedOptions items={items} />
            </SelectField>
            <SelectField
              label="Successor"
              name="successorId"
              value={successorId}
              onChange={setSuccessorId}
              emptyLabel="Choose what waits"
              error={problem.byField.successorId}
            >
              <NamedOptions items={items} />
            </SelectField>
          </>
        ) : null}
      </div>
      <label className="cr-check">
        <input type="checkbox" checked={draft} onChange={(e) => setDraft(e.target.checked)} /> Keep
        as a draft (submit it later)
      </label>
      {problem.byField.changes ? <p className="field__error">{problem.byField.changes}</p> : null}
      <FormAlert messages={problem.general} />
      <FormActions
        submitLabel={draft ? 'Save draft' : 'Raise change request'}
        busyLabel="Computing the impact…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
