import { useState, type FormEvent } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { AllocationCreate, OverAllocationReport } from './team-types';

interface Props {
  personId: string;
  programs: { id: string; name: string }[];
  onSaved(): void;
}

/**
 * Adds an allocation. Before saving it asks the API whether the allocation
 * would over-allocate the person; if so it shows the weeks and programs and
 * saves only when the user confirms (the server records that in the audit trail).
 */
export function AllocationForm({ personId, programs, onSaved }: Props) {
  const [programId, setProgramId] = useState('');
  const [runWork, setRunWork] = useState('');
  const [unit, setUnit] = useState<'percent' | 'hours'>('percent');
  const [amount, setAmount] = useState('50');
  const [from, setFrom] = useState(new Date().toISOString().slice(0, 10));
  const [to, setTo] = useState('');
  const [warning, setWarning] = useState<OverAllocationReport>();
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const body = (): AllocationCreate => ({
    personId,
    ...(programId ? { programId } : { runWork }),
    ...(unit === 'percent' ? { percent: Number(amount) } : { hoursPerWeek: Number(amount) }),
    from,
    to: to || null,
  });

  async function submit(e: FormEvent, confirm = false) {
    e.preventDefault();
    setBusy(true);
    setProblems([]);
    try {
      if (!confirm) {
        const report = await unwrap(api.POST('/api/allocations/check', { body: body() }));
        if (report.overAllocated) {
          setWarning(report);
          return;
        }
      }
      await unwrap(
        api.POST('/api/allocations', {
          body: { ...body(), ...(confirm ? { confirmOverAllocation: true } : {}) },
        }),
      );
      setWarning(undefined);
      onSaved();
    } catch (error) {
      const p = asProblem(error);
      setProblems(
        p.issues.length
          ? p.issues.map((i) => `${i.path.replace(/^body\./, '')}: ${i.message}`)
          : [p.message],
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form form--panel" onSubmit={(e) => submit(e)} aria-label="New allocation">
      <div className="form-row">
        <div className="field">
          <label className="field__label" htmlFor="alloc-program">
            Program
          </label>
          <select
            id="alloc-program"
            value={programId}
            onChange={(e) => setProgramId(e.target.value)}
          >
            <option value="">Run work (no program)</option>
            {programs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        {programId ? null : (
          <div className="field">
            <label className="field__label" htmlFor="alloc-run">
              Run work
            </label>
            <input
              id="alloc-run"
              value={runWork}
              placeholder="e.g. Release rota"
              onChange={(e) => setRunWork(e.target.value)}
            />
          </div>
        )}
        <div className="field field--narrow">
          <label className="field__label" htmlFor="alloc-amount">
            Amount
          </label>
          <input
            id="alloc-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className="field field--narrow">
          <label className="field__label" htmlFor="alloc-unit">
            Unit
          </label>
          <select
            id="alloc-unit"
            value={unit}
            onChange={(e) => setUnit(e.target.value as 'percent' | 'hours')}
          >
            <option value="percent">% of capacity</option>
            <option value="hours">hours / week</option>
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor="alloc-from">
            From
          </label>
          <input
            id="alloc-from"
            type="date"
            value={from}
            onChange={(e) => setFrom(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="alloc-to">
            To (empty = open)
          </label>
          <input id="alloc-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </div>
      </div>
      <FormAlert messages={problems} />
      {warning ? (
        <div className="alert alert--warning" role="alert" data-testid="over-allocation-warning">
          <p>
            <b>This would over-allocate the person</b> in {warning.weeks.length} week(s):
          </p>
          <ul>
            {warning.weeks.slice(0, 8).map((w) => (
              <li key={w.weekStart}>
                week of {w.weekStart}:{' '}
                {w.loadPercent === null ? 'no capacity' : `${w.loadPercent}%`} ({w.loadHours} h of{' '}
                {w.capacityHours} h) — {w.programs.map((p) => p.programName).join(', ')}
              </li>
            ))}
          </ul>
          <div className="button-group">
            <button
              type="button"
              className="button button--danger button--small"
              disabled={busy}
              onClick={(e) => submit(e, true)}
            >
              Save anyway
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setWarning(undefined)}
            >
              Change it
            </button>
          </div>
        </div>
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Check and add
        </button>
      </div>
    </form>
  );
}
