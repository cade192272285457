import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { DateField } from '../../components/input-fields';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { LinkedItemsField } from './linked-items-field';
import type { ProgramIssue, ProgramIssueUpdate } from './raid-types';
import {
  ESCALATION_LABEL,
  ESCALATION_LEVELS,
  ISSUE_SEVERITIES,
  ISSUE_STATUS_LABEL,
  ISSUE_STATUSES,
  SEVERITY_LABEL,
} from './raid-vocabulary';
import type { RaidReferences } from './use-raid-references';

const FIELDS = [
  'title',
  'description',
  'severity',
  'ownerId',
  'dueDate',
  'status',
  'escalationLevel',
  'taskIds',
  'riskIds',
];

const sameList = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join() === [...b].sort().join();

/** Adds an issue, or (given one) edits it; an edit sends only what changed, with its version. */
export function RaidIssueForm({
  programId,
  refs,
  issue,
  onDone,
  onReload,
}: {
  programId: string;
  refs: RaidReferences;
  issue?: ProgramIssue;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const [title, setTitle] = useState(issue?.title ?? '');
  const [description, setDescription] = useState(issue?.description ?? '');
  const [severity, setSeverity] = useState<ProgramIssue['severity']>(issue?.severity ?? 'medium');
  const [ownerId, setOwnerId] = useState(issue?.ownerId ?? '');
  const [dueDate, setDueDate] = useState(issue?.dueDate ?? '');
  const [status, setStatus] = useState<ProgramIssue['status']>(issue?.status ?? 'open');
  const [escalationLevel, setEscalationLevel] = useState<ProgramIssue['escalationLevel']>(
    issue?.escalationLevel ?? 'none',
  );
  const [taskIds, setTaskIds] = useState<string[]>(issue ? [...issue.taskIds] : []);
  const [riskIds, setRiskIds] = useState<string[]>(issue ? [...issue.riskIds] : []);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem(fieldProblem('title', 'Title is required.'));
    const fields = {
      title: title.trim(),
      description: description.trim(),
      severity,
      ownerId: blankToNull(ownerId),
      dueDate: blankToNull(dueDate),
      status,
      escalationLevel,
    };
    await submit(async () => {
      if (issue) {
        const body: ProgramIssueUpdate = { version: issue.version };
        for (const [k, v] of Object.entries(fields) as [keyof typeof fields, never][])
          if (v !== issue[k]) body[k] = v;
        if (!sameList(taskIds, issue.taskIds)) body.taskIds = taskIds;
        if (!sameList(riskIds, issue.riskIds)) body.riskIds = riskIds;
        await unwrap(api.PATCH('/api/issues/{id}', { params: { path: { id: issue.id } }, body }));
      } else {
        await unwrap(
          api.POST('/api/programs/{id}/issues', {
            params: { path: { id: programId } },
            body: { ...fields, taskIds, riskIds },
          }),
        );
      }
      onDone(true);
    });
  }

  return (
    <form
      className="form raid-form"
      aria-label={issue ? `Edit issue ${issue.title}` : 'Add issue'}
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone(false)}
      noValidate
    >
      <Field label="Title" name="title" error={problem.byField.title} required>
        {(c) => (
          <input {...c} value={title} maxLength={300} onChange={(e) => setTitle(e.target.value)} />
        )}
      </Field>
      <Field label="Description" name="description" error={problem.byField.description}>
        {(c) => (
          <textarea
            {...c}
            value={description}
            maxLength={5000}
            rows={2}
            onChange={(e) => setDescription(e.target.value)}
          />
        )}
      </Field>
      <SelectField
        label="Severity"
        name="severity"
        value={severity}
        onChange={setSeverity}
        error={problem.byField.severity}
      >
        <VocabularyOptions values={ISSUE_SEVERITIES} labels={SEVERITY_LABEL} />
      </SelectField>
      <SelectField
        label="Status"
        name="status"
        value={status}
        onChange={setStatus}
        error={problem.byField.status}
      >
        <VocabularyOptions values={ISSUE_STATUSES} labels={ISSUE_STATUS_LABEL} />
      </SelectField>
      <SelectField
        label="Escalation"
        name="escalationLevel"
        value={escalationLevel}
        onChange={setEscalationLevel}
        error={problem.byField.escalationLevel}
      >
        <VocabularyOptions values={ESCALATION_LEVELS} labels={ESCALATION_LABEL} />
      </SelectField>
      <SelectField
        label="Owner"
        name="ownerId"
        value={ownerId}
        onChange={setOwnerId}
        emptyLabel="Nobody yet"
        error={problem.byField.ownerId}
      >
        <NamedOptions items={refs.people} />
      </SelectField>
      <DateField
        label="Due"
        name="dueDate"
        value={dueDate}
        onChange={setDueDate}
        error={problem.byField.dueDate}
      />
      <LinkedItemsField
        label="Blocks tasks"
        name="taskIds"
        items={refs.tasks}
        value={taskIds}
        onChange={setTaskIds}
        error={problem.byField.taskIds}
      />
      <LinkedItemsField
        label="Related risks"
        name="riskIds"
        items={refs.risks}
        value={riskIds}
        onChange={setRiskIds}
        error={problem.byField.riskIds}
      />
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onDone(false);
              }
            : undefined
        }
      />
      <FormActions
        submitLabel={issue ? 'Save issue' : 'Add issue'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
