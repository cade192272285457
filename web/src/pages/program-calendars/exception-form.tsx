import { useState, type FormEvent } from 'react';
import { SEE_FIELDS_MESSAGE } from '../../api/issues';
import type { CalendarException } from '../../api/types';
import { FormAlert } from '../../components/form-alert';
import { DateField, TextField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import { formatPeriods, parsePeriodList } from './calendar-time';
import { describeRecurrence } from './exception-recurrence';

/**
 * One exception of a calendar, added or changed: the days it covers, its name, and
 * whether work happens then (and in which hours). A repetition read from a plan file is
 * kept as it was.
 */
export function ExceptionForm({
  calendarName,
  exception,
  onSave,
  onCancel,
  onReload,
}: {
  calendarName: string;
  exception?: CalendarException;
  /** Sends the calendar's whole list; rejects with the API's problem. */
  onSave(exception: CalendarException): Promise<void>;
  onCancel(): void;
  onReload(): void;
}) {
  const [name, setName] = useState(exception?.name ?? '');
  const [from, setFrom] = useState(exception?.from ?? '');
  const [to, setTo] = useState(exception?.to ?? '');
  const [working, setWorking] = useState((exception?.intervals.length ?? 0) > 0);
  const [hours, setHours] = useState(
    exception && exception.intervals.length > 0
      ? formatPeriods(exception.intervals)
      : '08:00–12:00, 13:00–17:00',
  );
  const { problem, setProblem, busy, submit } = useFormSubmission([]);
  const e = problem.byField;

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const byField: Record<string, string> = {};
    if (!from) byField.from = 'From is required.';
    if (to && from && to < from) byField.to = 'To must be on or after From.';
    const parsed = working ? parsePeriodList(hours, 'Working hours') : { periods: [] };
    if ('problem' in parsed) byField.hours = parsed.problem;
    else if (working && parsed.periods.length === 0)
      byField.hours = 'Working hours are required on working days.';
    if (Object.keys(byField).length > 0 || 'problem' in parsed) {
      setProblem({ byField, general: [SEE_FIELDS_MESSAGE], conflict: false });
      return;
    }
    const next: CalendarException = {
      ...(exception ?? {}),
      from,
      to: to || from,
      intervals: parsed.periods,
    };
    if (name.trim()) next.name = name.trim();
    else delete next.name;
    await submit(() => onSave(next));
  }

  const label = exception
    ? `Edit exception of ${calendarName}`
    : `New exception of ${calendarName}`;
  return (
    <form
      className="form form--inline exception-form"
      onSubmit={handleSubmit}
      noValidate
      aria-label={label}
    >
      <div className="form-row">
        <TextField
          label="Name"
          name="name"
          value={name}
          onChange={setName}
          hint="E.g. Company offsite"
          inputProps={{ maxLength: 200, autoFocus: true }}
        />
        <DateField
          label="From"
          name="from"
          required
          error={e.from}
          value={from}
          onChange={setFrom}
        />
        <DateField
          label="To"
          name="to"
          error={e.to}
          hint="Empty: the same day"
          value={to}
          onChange={setTo}
        />
        <label className="weekdays__option exception-form__working">
          <input
            type="checkbox"
            name="working"
            checked={working}
            onChange={(ev) => setWorking(ev.target.checked)}
          />
          Working day
        </label>
        {working ? (
          <TextField
            label="Working hours"
            name="hours"
            error={e.hours}
            hint="HH:MM–HH:MM, comma-separated"
            value={hours}
            onChange={setHours}
          />
        ) : null}
      </div>
      {exception?.recurrence ? (
        <p className="muted">{`${describeRecurrence(exception.recurrence, exception.occurrences)} (kept as is).`}</p>
      ) : null}
      <FormAlert
        messages={problem.general.filter((m) => m !== SEE_FIELDS_MESSAGE)}
        onReload={
          problem.conflict
            ? () => {
                onReload();
                onCancel();
              }
            : undefined
        }
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {exception ? 'Save exception' : 'Add exception'}
        </button>
        <button type="button" className="button button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
