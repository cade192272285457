import { useState, type FormEvent } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';

const KINDS = ['vacation', 'sick', 'training', 'parental', 'other'] as const;

/** Records days away; capacity drops for those days, the commitments stay. */
export function TimeOffForm({ personId, onSaved }: { personId: string; onSaved(): void }) {
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [kind, setKind] = useState<(typeof KINDS)[number]>('vacation');
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
      await unwrap(
        api.POST('/api/people/{id}/time-off', {
          params: { path: { id: personId } },
          body: { from, to: to || from, kind },
        }),
      );
      setProblems([]);
      onSaved();
    } catch (error) {
      const p = asProblem(error);
      setProblems(p.issues.length ? p.issues.map((i) => i.message) : [p.message]);
    }
  }

  return (
    <form className="time-off-form" onSubmit={submit} aria-label="Add time off">
      <label htmlFor="off-from">Away from</label>
      <input id="off-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      <label htmlFor="off-to">to</label>
      <input id="off-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      <select
        aria-label="Kind"
        value={kind}
        onChange={(e) => setKind(e.target.value as (typeof KINDS)[number])}
      >
        {KINDS.map((k) => (
          <option key={k}>{k}</option>
        ))}
      </select>
      <button type="submit" className="button button--small">
        Add time off
      </button>
      <FormAlert messages={problems} />
    </form>
  );
}
