import { Fragment, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { blankToNull, formatDate } from '../../components/format';
import { DateField, DecimalField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { useCurrentUser } from '../../session/session-context';
import { OverAllocationWarning } from './over-allocation-warning';
import type { Allocation, OverAllocationReport } from './team-types';

const COLUMNS = 6;
const FIELDS = ['amount', 'from', 'to'];
const RENAME = { percent: 'amount', hoursPerWeek: 'amount' };

/** What the allocation is for: its program, or the run work it names. */
function onWhat(a: Allocation): string {
  return a.programName ?? `Run work: ${a.runWork}`;
}

/** Changes the amount (in either unit) and the dates; over-allocating asks first, as adding does. */
function EditAllocationForm({
  allocation,
  onDone,
  onSaved,
}: {
  allocation: Allocation;
  onDone(): void;
  onSaved(): void;
}) {
  const [unit, setUnit] = useState<'percent' | 'hours'>(
    allocation.percent !== null ? 'percent' : 'hours',
  );
  const [amount, setAmount] = useState(String(allocation.percent ?? allocation.hoursPerWeek ?? ''));
  const [from, setFrom] = useState(allocation.from);
  const [to, setTo] = useState(allocation.to ?? '');
  const [warning, setWarning] = useState<OverAllocationReport>();
  const { problem, setProblem, busy, submit } = useFormSubmission(FIELDS, RENAME);

  async function save(event: FormEvent | undefined, confirm = false) {
    event?.preventDefault();
    const value = Number(amount);
    if (amount.trim() === '' || Number.isNaN(value)) {
      return setProblem({
        byField: { amount: 'Amount must be a number.' },
        general: ['Please correct the fields marked below.'],
        conflict: false,
      });
    }
    await submit(
      async () => {
        await unwrap(
          api.PATCH('/api/allocations/{id}', {
            params: { path: { id: allocation.id } },
            body: {
              version: allocation.version,
              // Both measures sent: the one not chosen is cleared.
              percent: unit === 'percent' ? value : null,
              hoursPerWeek: unit === 'hours' ? value : null,
              from,
              to: blankToNull(to),
              ...(confirm ? { confirmOverAllocation: true } : {}),
            },
          }),
        );
        setWarning(undefined);
        onSaved();
        onDone();
      },
      (placed, p) => {
        if (p.code !== 'over_allocation') return placed;
        setWarning(p.details as OverAllocationReport);
        return { byField: {}, general: [], conflict: false };
      },
    );
  }

  const e = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={(event) => save(event)}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      noValidate
      aria-label={`Edit allocation on ${onWhat(allocation)}`}
    >
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                onSaved();
                onDone();
              }
            : undefined
        }
      />
      <div className="form-row">
        <DecimalField
          label="Amount"
          name="amount"
          error={e.amount}
          className="field--narrow"
          value={amount}
          onChange={setAmount}
          inputProps={{ min: 0, autoFocus: true }}
        />
        <SelectField label="Unit" name="unit" value={unit} onChange={setUnit}>
          <option value="percent">% of capacity</option>
          <option value="hours">hours / week</option>
        </SelectField>
        <DateField label="From" name="from" error={e.from} value={from} onChange={setFrom} />
        <DateField label="To (empty = open)" name="to" error={e.to} value={to} onChange={setTo} />
      </div>
      {warning ? (
        <OverAllocationWarning
          report={warning}
          busy={busy}
          onConfirm={() => void save(undefined, true)}
          onChange={() => setWarning(undefined)}
        />
      ) : null}
      <FormActions
        submitLabel="Save allocation"
        busyLabel="Saving…"
        busy={busy}
        onCancel={onDone}
      />
    </form>
  );
}

/**
 * Whether the signed-in person may change an allocation: one on a program is the
 * program's business (its editors), run work is anyone's who plans, and one on a
 * members-only program they cannot see is nobody's here.
 */
function useMayChange(allocation: Allocation): boolean {
  const { canWrite } = useCurrentUser();
  const programId = allocation.programId;
  const canEditProgram = useLoad(
    () =>
      canWrite && programId
        ? unwrap(
            api.GET('/api/programs/{id}/members', { params: { path: { id: programId } } }),
          ).then((members) => members.you.canEdit)
        : Promise.resolve(false),
    `members:${programId}`,
  );
  if (!canWrite) return false;
  if (programId) return canEditProgram.data === true;
  return allocation.programName === null;
}

type Mode = 'reading' | 'editing' | 'deleting';

/** One allocation in the person's table, changeable in place by those the API lets. */
export function AllocationRow({
  allocation: a,
  onChanged,
}: {
  allocation: Allocation;
  onChanged(): void;
}) {
  const [mode, setMode] = useState<Mode>('reading');
  const mayChange = useMayChange(a);
  const what = onWhat(a);
  return (
    <Fragment>
      <tr data-testid="allocation-row">
        <td>{a.programId ? <Link to={`/programs/${a.programId}`}>{a.programName}</Link> : what}</td>
        <td>{a.percent !== null ? `${a.percent}%` : `${a.hoursPerWeek} h/week`}</td>
        <td>{formatDate(a.from)}</td>
        <td>{a.to ? formatDate(a.to) : 'open'}</td>
        <td>
          {a.overAllocationConfirmed ? (
            <span className="badge badge--amber">over-allocation confirmed</span>
          ) : null}
        </td>
        <td className="numeric nowrap">
          {mayChange && mode === 'reading' ? (
            <span className="button-group">
              <button
                type="button"
                className="button button--ghost button--small"
                aria-label={`Edit allocation on ${what}`}
                onClick={() => setMode('editing')}
              >
                Edit
              </button>
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                aria-label={`Delete allocation on ${what}`}
                onClick={() => setMode('deleting')}
              >
                Delete
              </button>
            </span>
          ) : null}
        </td>
      </tr>
      {mode !== 'reading' ? (
        <tr className="team-editor-row">
          <td colSpan={COLUMNS}>
            {mode === 'editing' ? (
              <EditAllocationForm
                allocation={a}
                onDone={() => setMode('reading')}
                onSaved={onChanged}
              />
            ) : (
              <DeleteConfirmation
                kind="allocation"
                name={what}
                consequence="The person’s load drops by it from the next capacity reading; tasks assigned to them stay."
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/allocations/{id}', {
                      params: { path: { id: a.id }, query: { version: a.version } },
                    }),
                  );
                  setMode('reading');
                  onChanged();
                }}
                onCancel={() => setMode('reading')}
                onReload={onChanged}
              />
            )}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
