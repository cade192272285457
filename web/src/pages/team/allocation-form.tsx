import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { DateField, DecimalField, TextField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { OverAllocationWarning } from './over-allocation-warning';
import type { AllocationCreate, OverAllocationReport } from './team-types';

const FIELDS = ['programId', 'runWork', 'amount', 'from', 'to'];
// The amount is sent as one of two fields, whichever the unit says.
const RENAME = { percent: 'amount', hoursPerWeek: 'amount' };

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
  const { problem, busy, submit } = useFormSubmission(FIELDS, RENAME);

  const body = (): AllocationCreate => ({
    personId,
    ...(programId ? { programId } : { runWork }),
    ...(unit === 'percent' ? { percent: Number(amount) } : { hoursPerWeek: Number(amount) }),
    from,
    to: to || null,
  });

  async function save(e: FormEvent | undefined, confirm = false) {
    e?.preventDefault();
    await submit(async () => {
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
    });
  }

  const err = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={(e) => save(e)}
      noValidate
      aria-label="New allocation"
    >
      <FormAlert messages={problem.general} />
      <div className="form-row">
        <SelectField
          label="Program"
          name="programId"
          error={err.programId}
          value={programId}
          onChange={setProgramId}
          emptyLabel="Run work (no program)"
        >
          <NamedOptions items={programs} />
        </SelectField>
        {programId ? null : (
          <TextField
            label="Run work"
            name="runWork"
            error={err.runWork}
            value={runWork}
            onChange={setRunWork}
            inputProps={{ placeholder: 'e.g. Release rota' }}
          />
        )}
        <DecimalField
          label="Amount"
          name="amount"
          error={err.amount}
          className="field--narrow"
          value={amount}
          onChange={setAmount}
          inputProps={{ min: 0 }}
        />
        <SelectField label="Unit" name="unit" value={unit} onChange={setUnit}>
          <option value="percent">% of capacity</option>
          <option value="hours">hours / week</option>
        </SelectField>
        <DateField label="From" name="from" error={err.from} value={from} onChange={setFrom} />
        <DateField label="To (empty = open)" name="to" error={err.to} value={to} onChange={setTo} />
      </div>
      {warning ? (
        <OverAllocationWarning
          report={warning}
          busy={busy}
          onConfirm={() => void save(undefined, true)}
          onChange={() => setWarning(undefined)}
        />
      ) : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          Check and add
        </button>
      </div>
    </form>
  );
}
