import { useState, type FormEvent } from 'react';
import { TIME_OFF_KINDS } from '../../../../contracts/person.schema';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { DateField, TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Person } from './team-types';

type TimeOff = Person['timeOff'][number];
type Kind = (typeof TIME_OFF_KINDS)[number];

const FIELDS = ['from', 'to', 'kind', 'note'];

/** Dates always; the kind and note only when the server shows them (not "away"). */
function describeTimeOff(t: TimeOff): string {
  const detail = t.kind === 'away' ? 'away' : t.note ? `${t.kind}: ${t.note}` : t.kind;
  return `${formatDate(t.from)} → ${formatDate(t.to)} (${detail})`;
}

/** Changes the days, the kind or the note; sends only what changed, with the version read. */
function EditTimeOffForm({
  timeOff,
  label,
  onDone,
  onSaved,
}: {
  timeOff: TimeOff;
  label: string;
  onDone(): void;
  onSaved(): void;
}) {
  const [from, setFrom] = useState(timeOff.from);
  const [to, setTo] = useState(timeOff.to);
  // Only people who see the kind can edit: "away" never reaches this form.
  const [kind, setKind] = useState<Kind>(timeOff.kind === 'away' ? 'other' : timeOff.kind);
  const [note, setNote] = useState(timeOff.note);
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/time-off/{id}', {
          params: { path: { id: timeOff.id } },
          body: {
            version: timeOff.version,
            ...(from !== timeOff.from ? { from } : {}),
            ...(to !== timeOff.to ? { to } : {}),
            ...(kind !== timeOff.kind ? { kind } : {}),
            ...(note.trim() !== timeOff.note ? { note: note.trim() } : {}),
          },
        }),
      );
      onSaved();
      onDone();
    });
  }

  const e = problem.byField;
  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      onKeyDown={(event) => event.key === 'Escape' && onDone()}
      noValidate
      aria-label={label}
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
        <DateField label="Away from" name="from" error={e.from} value={from} onChange={setFrom} />
        <DateField label="Until" name="to" error={e.to} value={to} onChange={setTo} />
        <SelectField label="Kind" name="kind" error={e.kind} value={kind} onChange={setKind}>
          {TIME_OFF_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </SelectField>
        <TextField label="Note" name="note" error={e.note} value={note} onChange={setNote} />
      </div>
      <FormActions submitLabel="Save time off" busyLabel="Saving…" busy={busy} onCancel={onDone} />
    </form>
  );
}

type Mode = 'reading' | 'editing' | 'deleting';

function TimeOffItem({
  timeOff,
  mayChange,
  onChanged,
}: {
  timeOff: TimeOff;
  mayChange: boolean;
  onChanged(): void;
}) {
  const [mode, setMode] = useState<Mode>('reading');
  const period = `${formatDate(timeOff.from)} → ${formatDate(timeOff.to)}`;
  if (mode === 'editing')
    return (
      <li data-testid="time-off-item">
        <EditTimeOffForm
          timeOff={timeOff}
          label={`Edit time off ${period}`}
          onDone={() => setMode('reading')}
          onSaved={onChanged}
        />
      </li>
    );
  return (
    <li data-testid="time-off-item" className="time-off-item">
      <span data-testid="time-off-period">{describeTimeOff(timeOff)}</span>
      {mayChange && mode === 'reading' ? (
        <span className="button-group">
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Edit time off ${period}`}
            onClick={() => setMode('editing')}
          >
            Edit
          </button>
          <button
            type="button"
            className="button button--ghost button--small button--quiet-danger"
            aria-label={`Delete time off ${period}`}
            onClick={() => setMode('deleting')}
          >
            Delete
          </button>
        </span>
      ) : null}
      {mode === 'deleting' ? (
        <DeleteConfirmation
          kind="time off"
          name={period}
          consequence="Those days count as working days again in capacity and schedules."
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/time-off/{id}', {
                params: { path: { id: timeOff.id }, query: { version: timeOff.version } },
              }),
            );
            onChanged();
          }}
          onCancel={() => setMode('reading')}
          onReload={onChanged}
        />
      ) : null}
    </li>
  );
}

/**
 * A person's time off, each period changeable by whoever may record it (the person,
 * their managers up the line, TPM managers, admins); everyone else reads the dates.
 */
export function TimeOffList({
  timeOff,
  mayChange,
  onChanged,
}: {
  timeOff: TimeOff[];
  mayChange: boolean;
  onChanged(): void;
}) {
  if (timeOff.length === 0) return null;
  return (
    <div className="time-off" data-testid="time-off">
      <h3 className="time-off__title">Time off</h3>
      <ul className="time-off__list">
        {timeOff.map((t) => (
          <TimeOffItem
            // Remounted after a reload, so an edit starts from the latest version.
            key={`${t.id}:${t.version}`}
            timeOff={t}
            mayChange={mayChange}
            onChanged={onChanged}
          />
        ))}
      </ul>
    </div>
  );
}
