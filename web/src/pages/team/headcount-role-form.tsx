import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { LadderFields } from './ladder-fields';
import type { CareerLadder } from './team-types';

const FIELDS = ['title', 'quarter', 'levelId', 'trackId', 'status'];

/** Plans or opens a role in a quarter of the fiscal year shown. */
export function HeadcountRoleForm({
  quarters,
  ladder,
  onSaved,
}: {
  quarters: string[];
  ladder: CareerLadder;
  onSaved(): void;
}) {
  const [title, setTitle] = useState('');
  const [quarter, setQuarter] = useState(quarters[0] ?? '');
  const [levelId, setLevelId] = useState('');
  const [trackId, setTrackId] = useState('');
  const [status, setStatus] = useState<'planned' | 'open'>('planned');
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    await submit(async () => {
      await unwrap(
        api.POST('/api/headcount/roles', {
          body: { title, quarter, status, levelId: levelId || null, trackId: trackId || null },
        }),
      );
      setTitle('');
      onSaved();
    });
  }

  const err = problem.byField;
  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="New role">
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <TextField
          label="Role"
          name="title"
          error={err.title}
          value={title}
          onChange={setTitle}
          inputProps={{ placeholder: 'e.g. Senior TPM, payments' }}
        />
        <SelectField
          label="Quarter"
          name="quarter"
          error={err.quarter}
          className="field--narrow"
          value={quarter}
          onChange={setQuarter}
        >
          {quarters.map((q) => (
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
          className="field--narrow"
          value={status}
          onChange={setStatus}
        >
          <option value="planned">Planned</option>
          <option value="open">Open</option>
        </SelectField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Add role
        </button>
      </div>
    </form>
  );
}
