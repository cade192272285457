import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Team } from './team-types';

const FIELDS = ['name', 'description'];

/**
 * A team's name and description: a new team (working hours start as the organization's),
 * or a rename sent with the version that was read.
 */
export function TeamForm({
  team,
  onSaved,
  onCancel,
  onReload,
}: {
  /** Absent: a new team. */
  team?: Team;
  onSaved(): void;
  onCancel(): void;
  /** Someone else saved first: fetch the teams again. */
  onReload(): void;
}) {
  const [name, setName] = useState(team?.name ?? '');
  const [description, setDescription] = useState(team?.description ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    // Said here in a sentence: the schema's own word for an empty string is validator text.
    if (!name.trim()) return setProblem(fieldProblem('name', 'Name is required.'));
    await submit(async () => {
      if (team) {
        await unwrap(
          api.PATCH('/api/teams/{id}', {
            params: { path: { id: team.id } },
            body: {
              version: team.version,
              ...(name.trim() !== team.name ? { name: name.trim() } : {}),
              ...(description.trim() !== team.description
                ? { description: description.trim() }
                : {}),
            },
          }),
        );
      } else {
        await unwrap(
          api.POST('/api/teams', { body: { name: name.trim(), description: description.trim() } }),
        );
      }
      onSaved();
    });
  }

  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={team ? `Edit team ${team.name}` : 'New team'}
    >
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onCancel();
              }
            : undefined
        }
      />
      <div className="form-row">
        <TextField
          label="Team name"
          name="name"
          error={problem.byField.name}
          required
          value={name}
          onChange={setName}
          inputProps={{ autoFocus: true, maxLength: 120 }}
        />
        <TextField
          label="Description"
          name="description"
          error={problem.byField.description}
          value={description}
          onChange={setDescription}
          className="span-2"
        />
      </div>
      <FormActions
        submitLabel={team ? 'Save team' : 'Add team'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
