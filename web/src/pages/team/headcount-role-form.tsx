import { useState, type FormEvent } from 'react';
import { fieldProblem } from '../../api/issues';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { LadderFields } from './ladder-fields';
import type { CareerLadder, HeadcountRole, PersonSummary } from './team-types';

const FIELDS = ['title', 'quarter', 'levelId', 'trackId', 'status', 'filledById', 'note'];
type Status = HeadcountRole['status'];

/**
 * Plans or opens a role in a quarter of the fiscal year shown, or changes one (sent with
 * the version that was read). A role is filled by naming who filled it.
 */
export function HeadcountRoleForm({
  role,
  quarters,
  ladder,
  people,
  onSaved,
  onCancel,
  onReload,
}: {
  /** Absent: a new role. */
  role?: HeadcountRole;
  quarters: string[];
  ladder: CareerLadder;
  people: PersonSummary[];
  onSaved(): void;
  onCancel(): void;
  /** Someone else saved first: fetch the plan again. */
  onReload(): void;
}) {
  const [title, setTitle] = useState(role?.title ?? '');
  const [quarter, setQuarter] = useState(role?.quarter ?? quarters[0] ?? '');
  const [levelId, setLevelId] = useState(role?.levelId ?? '');
  const [trackId, setTrackId] = useState(role?.trackId ?? '');
  const [status, setStatus] = useState<Status>(role?.status ?? 'planned');
  const [filledById, setFilledById] = useState(role?.filledById ?? '');
  const [note, setNote] = useState(role?.note ?? '');
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS);
  // A role of a later year keeps its quarter among the choices.
  const quarterChoices =
    role && !quarters.includes(role.quarter) ? [role.quarter, ...quarters] : quarters;

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    if (!title.trim()) return setProblem(fieldProblem('title', 'Role is required.'));
    const fields = {
      title: title.trim(),
      quarter,
      status,
      levelId: levelId || null,
      trackId: trackId || null,
      // Only a filled role names who filled it.
      filledById: status === 'filled' ? filledById || null : null,
      note: note.trim(),
    };
    await submit(async () => {
      if (role) {
        await unwrap(
          api.PATCH('/api/headcount/roles/{id}', {
            params: { path: { id: role.id } },
            body: { ...fields, version: role.version },
          }),
        );
      } else {
        await unwrap(api.POST('/api/headcount/roles', { body: fields }));
      }
      onSaved();
    });
  }

  const err = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      noValidate
      aria-label={role ? `Edit role ${role.title}` : 'New role'}
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
      <div className="form-grid form-grid--4">
        <TextField
          label="Role"
          name="title"
          error={err.title}
          required
          value={title}
          onChange={setTitle}
          inputProps={{ placeholder: 'e.g. Senior TPM, payments', autoFocus: true }}
        />
        <SelectField
          label="Quarter"
          name="quarter"
          error={err.quarter}
          value={quarter}
          onChange={setQuarter}
        >
          {quarterChoices.map((q) => (
            <option key={q}>{q}</option>
          ))}
        </SelectField>
        <LadderFields
          ladder={ladder}
          levelId={levelId}
          trackId={trackId}
          onLevel={setLevelId}
          onTrack={setTrackId}
          errors={err}
        />
        <SelectField
          label="Status"
          name="status"
          error={err.status}
          value={status}
          onChange={setStatus}
        >
          <option value="planned">Planned</option>
          <option value="open">Open</option>
          {/* A new role is planned or opened; it is filled later, by someone on staff. */}
          {role ? <option value="filled">Filled</option> : null}
        </SelectField>
        {status === 'filled' ? (
          <SelectField
            label="Filled by"
            name="filledById"
            error={err.filledById}
            value={filledById}
            onChange={setFilledById}
            emptyLabel="Nobody named"
          >
            <NamedOptions items={people} />
          </SelectField>
        ) : null}
        <TextField label="Note" name="note" error={err.note} value={note} onChange={setNote} />
      </div>
      <FormActions
        submitLabel={role ? 'Save role' : 'Add role'}
        busyLabel="Saving…"
        busy={busy}
        onCancel={onCancel}
      />
    </form>
  );
}
