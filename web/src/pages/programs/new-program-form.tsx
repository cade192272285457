import { useState, type FormEvent } from 'react';
import { formProblemOf, NO_PROBLEM, SEE_FIELDS_MESSAGE, type FormProblem } from '../../api/issues';
import type { Program, ProgramCreate, ProgramHealth, ProgramStatus } from '../../api/types';
import {
  HEALTH_LABEL,
  PROGRAM_HEALTHS,
  PROGRAM_STATUSES,
  STATUS_LABEL,
} from '../../api/vocabulary';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Field } from '../../components/field';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, parseDecimal } from '../../components/format';

const FIELDS = [
  'name',
  'summary',
  'status',
  'health',
  'sponsor',
  'startDate',
  'targetDate',
  'budget',
  'currency',
];

interface Props {
  onCreated(program: Program): void;
  onCancel(): void;
}

/** Only the name is required; everything else can be filled in as the program takes shape. */
export function NewProgramForm({ onCreated, onCancel }: Props) {
  const [name, setName] = useState('');
  const [summary, setSummary] = useState('');
  const [status, setStatus] = useState<ProgramStatus>('proposed');
  const [health, setHealth] = useState<ProgramHealth>('green');
  const [sponsor, setSponsor] = useState('');
  const [startDate, setStartDate] = useState('');
  const [targetDate, setTargetDate] = useState('');
  const [budget, setBudget] = useState('');
  const [currency, setCurrency] = useState('USD');
  const [problem, setProblem] = useState<FormProblem>(NO_PROBLEM);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const budgetUnits = parseDecimal(budget);
    if (budgetUnits !== null && Number.isNaN(budgetUnits)) {
      setProblem({
        byField: { budget: 'must be a number' },
        general: [SEE_FIELDS_MESSAGE],
        conflict: false,
      });
      return;
    }
    // The server is the judge of what is valid; the form only shapes what was typed.
    const body: ProgramCreate = {
      name: name.trim(),
      status,
      health,
      currency: currency.trim().toUpperCase(),
    };
    if (summary.trim()) body.summary = summary.trim();
    if (sponsor.trim()) body.sponsor = sponsor.trim();
    body.startDate = blankToNull(startDate);
    body.targetDate = blankToNull(targetDate);
    body.budgetCents = budgetUnits === null ? null : Math.round(budgetUnits * 100);
    setBusy(true);
    setProblem(NO_PROBLEM);
    try {
      onCreated(await unwrap(api.POST('/api/programs', { body })));
    } catch (error) {
      setProblem(formProblemOf(asProblem(error), FIELDS, { budgetCents: 'budget' }));
    } finally {
      setBusy(false);
    }
  }

  const e = problem.byField;
  return (
    <form
      className="card form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-labelledby="new-program-title"
    >
      <div className="card__header">
        <h2 id="new-program-title">New program</h2>
        <p className="muted">Only the name is required.</p>
      </div>
      <FormAlert messages={problem.general} />
      <div className="form-grid">
        <Field label="Name" name="name" error={e.name} required className="span-2">
          {(c) => (
            <input
              {...c}
              value={name}
              onChange={(ev) => setName(ev.target.value)}
              autoFocus
              maxLength={200}
            />
          )}
        </Field>
        <Field label="Summary" name="summary" error={e.summary} className="span-2">
          {(c) => (
            <textarea
              {...c}
              rows={2}
              value={summary}
              onChange={(ev) => setSummary(ev.target.value)}
            />
          )}
        </Field>
        <Field label="Status" name="status" error={e.status}>
          {(c) => (
            <select
              {...c}
              value={status}
              onChange={(ev) => setStatus(ev.target.value as ProgramStatus)}
            >
              {PROGRAM_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Health" name="health" error={e.health}>
          {(c) => (
            <select
              {...c}
              value={health}
              onChange={(ev) => setHealth(ev.target.value as ProgramHealth)}
            >
              {PROGRAM_HEALTHS.map((h) => (
                <option key={h} value={h}>
                  {HEALTH_LABEL[h]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Sponsor" name="sponsor" error={e.sponsor}>
          {(c) => <input {...c} value={sponsor} onChange={(ev) => setSponsor(ev.target.value)} />}
        </Field>
        <Field label="Start date" name="startDate" error={e.startDate}>
          {(c) => (
            <input
              {...c}
              type="date"
              value={startDate}
              onChange={(ev) => setStartDate(ev.target.value)}
            />
          )}
        </Field>
        <Field label="Target date" name="targetDate" error={e.targetDate}>
          {(c) => (
            <input
              {...c}
              type="date"
              value={targetDate}
              onChange={(ev) => setTargetDate(ev.target.value)}
            />
          )}
        </Field>
        <div className="field-pair">
          <Field label="Budget" name="budget" error={e.budget} hint="Whole currency units">
            {(c) => (
              <input
                {...c}
                type="number"
                inputMode="decimal"
                min={0}
                step="any"
                value={budget}
                onChange={(ev) => setBudget(ev.target.value)}
              />
            )}
          </Field>
          <Field label="Currency" name="currency" error={e.currency} className="field--narrow">
            {(c) => (
              <input
                {...c}
                value={currency}
                maxLength={3}
                onChange={(ev) => setCurrency(ev.target.value)}
              />
            )}
          </Field>
        </div>
      </div>
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create program'}
        </button>
      </div>
    </form>
  );
}
