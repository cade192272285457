import { useState, type FormEvent } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull } from '../../components/format';
import { TextField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { OWNER_LABEL, type Objective, type OwnerKind } from './okr-types';

/** Sets a draft objective for the period: its owner and, to cascade, the objective it serves. */
export function NewObjectiveForm({
  period,
  parents,
  mayOwnForOthers,
  onCreated,
  onCancel,
}: {
  period: string;
  parents: readonly Objective[];
  /** TPM managers and admins set organization and team objectives; others only their own. */
  mayOwnForOthers: boolean;
  onCreated(): void;
  onCancel(): void;
}) {
  const form = useFormSubmission(['title', 'description', 'ownerKind', 'teamId', 'parentId']);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [ownerKind, setOwnerKind] = useState<OwnerKind>(
    mayOwnForOthers ? 'organization' : 'person',
  );
  const [teamId, setTeamId] = useState('');
  const [parentId, setParentId] = useState('');
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const kinds: OwnerKind[] = mayOwnForOthers ? ['organization', 'team', 'person'] : ['person'];

  async function submit(ev: FormEvent) {
    ev.preventDefault();
    await form.submit(async () => {
      await unwrap(
        api.POST('/api/objectives', {
          body: {
            period,
            title: title.trim(),
            description: blankToNull(description),
            ownerKind,
            ...(ownerKind === 'team' ? { teamId: teamId || null } : {}),
            ...(parentId ? { parentId } : {}),
          },
        }),
      );
      onCreated();
    });
  }

  return (
    <form
      className="card form form--panel"
      onSubmit={(ev) => void submit(ev)}
      aria-label="New objective"
    >
      <FormAlert messages={form.problem.general} />
      <TextField
        label="Objective"
        name="title"
        required
        value={title}
        onChange={setTitle}
        error={form.problem.byField.title}
      />
      <TextField
        label="Why it matters"
        name="description"
        value={description}
        onChange={setDescription}
        error={form.problem.byField.description}
      />
      <div className="field-pair">
        <SelectField
          label="Owner"
          name="ownerKind"
          value={ownerKind}
          onChange={setOwnerKind}
          error={form.problem.byField.ownerKind}
        >
          {kinds.map((k) => (
            <option key={k} value={k}>
              {k === 'person' ? 'Me' : OWNER_LABEL[k]}
            </option>
          ))}
        </SelectField>
        {ownerKind === 'team' ? (
          <SelectField
            label="Team"
            name="teamId"
            value={teamId}
            onChange={setTeamId}
            emptyLabel="Choose a team"
            error={form.problem.byField.teamId}
          >
            <NamedOptions items={teams.data?.items ?? []} />
          </SelectField>
        ) : null}
      </div>
      <SelectField
        label="Serves"
        name="parentId"
        value={parentId}
        onChange={setParentId}
        emptyLabel="No parent objective"
        hint="An objective of the same quarter that this one cascades from"
        error={form.problem.byField.parentId}
      >
        <NamedOptions items={parents.map((p) => ({ id: p.id, name: p.title }))} />
      </SelectField>
      <FormActions submitLabel="Create objective" busy={form.busy} onCancel={onCancel} />
    </form>
  );
}
