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
import type { ExternalDependency, ExternalDependencyUpdate } from './raid-types';
import {
  DEPENDENCY_KIND_LABEL,
  DEPENDENCY_STATUS_LABEL,
  EXTERNAL_DEPENDENCY_KINDS,
  EXTERNAL_DEPENDENCY_STATUSES,
} from './raid-vocabulary';
import type { RaidReferences } from './use-raid-references';

const FIELDS = [
  'title',
  'description',
  'kind',
  'party',
  'teamId',
  'needByDate',
  'status',
  'ownerId',
  'taskIds',
];

/** Adds an external dependency, or (given one) edits it; an edit sends only what changed. */
export function ExternalDependencyForm({
  programId,
  refs,
  dependency,
  onDone,
  onReload,
}: {
  programId: string;
  refs: RaidReferences;
  dependency?: ExternalDependency;
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  const d = dependency;
  const [title, setTitle] = useState(d?.title ?? '');
  const [description, setDescription] = useState(d?.description ?? '');
  const [kind, setKind] = useState<ExternalDependency['kind']>(d?.kind ?? 'team');
  const [party, setParty] = useState(d?.party ?? '');
  const [teamId, setTeamId] = useState(d?.teamId ?? '');
  const [needByDate, setNeedByDate] = useState(d?.needByDate ?? '');
  const [status, setStatus] = useState<ExternalDependency['status']>(d?.status ?? 'pending');
  const [ownerId, setOwnerId] = useState(d?.ownerId ?? '');
  const [taskIds, setTaskIds] = useState<string[]>(d ? [...d.taskIds] : []);
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return setProblem(fieldProblem('title', 'Title is required.'));
    const fields = {
      title: title.trim(),
      description: description.trim(),
      kind,
      party: party.trim(),
      teamId: blankToNull(teamId),
      needByDate: blankToNull(needByDate),
      status,
      ownerId: blankToNull(ownerId),
    };
    await submit(async () => {
      if (d) {
        const body: ExternalDependencyUpdate = { version: d.version };
        for (const [k, v] of Object.entries(fields) as [keyof typeof fields, never][])
          if (v !== d[k]) body[k] = v;
        if ([...taskIds].sort().join() !== [...d.taskIds].sort().join()) body.taskIds = taskIds;
        await unwrap(
          api.PATCH('/api/external-dependencies/{id}', { params: { path: { id: d.id } }, body }),
        );
      } else {
        await unwrap(
          api.POST('/api/programs/{id}/external-dependencies', {
            params: { path: { id: programId } },
            body: { ...fields, taskIds },
          }),
        );
      }
      onDone(true);
    });
  }

  return (
    <form
      className="form raid-form"
      aria-label={d ? `Edit external dependency ${d.title}` : 'Add external dependency'}
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
        label="Kind"
        name="kind"
        value={kind}
        onChange={setKind}
        error={problem.byField.kind}
      >
        <VocabularyOptions values={EXTERNAL_DEPENDENCY_KINDS} labels={DEPENDENCY_KIND_LABEL} />
      </SelectField>
      <Field
        label="Party"
        name="party"
        error={problem.byField.party}
        hint="The team or vendor, by name"
      >
        {(c) => (
          <input {...c} value={party} maxLength={200} onChange={(e) => setParty(e.target.value)} />
        )}
      </Field>
      <SelectField
        label="Waymark team"
        name="teamId"
        value={teamId}
        onChange={setTeamId}
        emptyLabel="None"
        error={problem.byField.teamId}
      >
        <NamedOptions items={refs.teams} />
      </SelectField>
      <DateField
        label="Needed by"
        name="needByDate"
        value={needByDate}
        onChange={setNeedByDate}
        error={problem.byField.needByDate}
      />
      <SelectField
        label="Status"
        name="status"
        value={status}
        onChange={setStatus}
        error={problem.byField.status}
      >
        <VocabularyOptions values={EXTERNAL_DEPENDENCY_STATUSES} labels={DEPENDENCY_STATUS_LABEL} />
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
      <LinkedItemsField
        label="Tasks waiting on it"
        name="taskIds"
        items={refs.tasks}
        value={taskIds}
        onChange={setTaskIds}
        error={problem.byField.taskIds}
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
        submitLabel={d ? 'Save dependency' : 'Add dependency'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={() => onDone(false)}
      />
    </form>
  );
}
