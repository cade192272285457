import { useState, type FormEvent } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { CareerLadder } from './team-types';

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
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await unwrap(
        api.POST('/api/headcount/roles', {
          body: { title, quarter, status, levelId: levelId || null, trackId: trackId || null },
        }),
      );
      setTitle('');
      setProblems([]);
      onSaved();
    } catch (error) {
      const p = asProblem(error);
      setProblems(
        p.issues.length
          ? p.issues.map((i) => `${i.path.replace(/^body\./, '')}: ${i.message}`)
          : [p.message],
      );
    }
  }

  return (
    <form className="form form--panel" onSubmit={submit} aria-label="New role">
      <div className="form-row">
        <div className="field">
          <label className="field__label" htmlFor="role-title">
            Role
          </label>
          <input
            id="role-title"
            value={title}
            placeholder="e.g. Senior TPM, payments"
            onChange={(e) => setTitle(e.target.value)}
          />
        </div>
        <div className="field field--narrow">
          <label className="field__label" htmlFor="role-quarter">
            Quarter
          </label>
          <select id="role-quarter" value={quarter} onChange={(e) => setQuarter(e.target.value)}>
            {quarters.map((q) => (
              <option key={q}>{q}</option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="role-level">
            Level
          </label>
          <select id="role-level" value={levelId} onChange={(e) => setLevelId(e.target.value)}>
            <option value="">—</option>
            {ladder.levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.name} ({l.grade})
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="role-track">
            Track
          </label>
          <select id="role-track" value={trackId} onChange={(e) => setTrackId(e.target.value)}>
            <option value="">—</option>
            {ladder.tracks.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--narrow">
          <label className="field__label" htmlFor="role-status">
            Status
          </label>
          <select
            id="role-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as 'planned' | 'open')}
          >
            <option value="planned">Planned</option>
            <option value="open">Open</option>
          </select>
        </div>
      </div>
      <FormAlert messages={problems} />
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          Add role
        </button>
      </div>
    </form>
  );
}
