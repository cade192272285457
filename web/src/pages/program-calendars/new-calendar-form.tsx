import { useState, type FormEvent } from 'react';
import type { CalendarWeek } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { TextField } from '../../components/input-fields';
import { SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from '../program-detail/plan-context';
import { SEE_FIELDS_MESSAGE } from '../../api/issues';

const DAY = [
  { from: 480, to: 720 },
  { from: 780, to: 1020 },
];
/** Monday to Friday 08:00–12:00, 13:00–17:00: MS Project's standard calendar. */
const STANDARD_WEEK: CalendarWeek = {
  '0': [],
  '1': DAY,
  '2': DAY,
  '3': DAY,
  '4': DAY,
  '5': DAY,
  '6': [],
};

/** A new calendar, from the standard week or a copy of one the program has. */
export function NewCalendarForm({ onDone }: { onDone(): void }) {
  const { plan, calendars, reloadCalendars } = usePlan();
  const [name, setName] = useState('');
  const [source, setSource] = useState('');
  const { problem, busy, submit } = useFormSubmission(['name']);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    const copied = calendars.find((c) => c.id === source);
    await submit(async () => {
      await unwrap(
        api.POST('/api/programs/{id}/calendars', {
          params: { path: { id: plan.program.id } },
          body: {
            name: name.trim(),
            week: copied ? copied.week : STANDARD_WEEK,
            ...(copied
              ? {
                  exceptions: copied.exceptions,
                  baseCalendarId: copied.baseCalendarId,
                  timeZone: copied.timeZone,
                }
              : {}),
          },
        }),
      );
      reloadCalendars();
      onDone();
    });
  }

  return (
    <form
      className="form form--inline"
      onSubmit={handleSubmit}
      noValidate
      aria-label="New calendar"
    >
      <div className="form-row">
        <TextField
          label="Calendar name"
          name="name"
          required
          error={problem.byField.name}
          value={name}
          onChange={setName}
          inputProps={{ maxLength: 200, autoFocus: true }}
        />
        <SelectField
          label="Start from"
          name="source"
          value={source}
          onChange={setSource}
          emptyLabel="Standard week (Mon–Fri 08:00–12:00, 13:00–17:00)"
        >
          {calendars.map((c) => (
            <option key={c.id} value={c.id}>{`A copy of ${c.name}`}</option>
          ))}
        </SelectField>
      </div>
      <FormAlert messages={problem.general.filter((m) => m !== SEE_FIELDS_MESSAGE)} />
      <div className="form__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          Create calendar
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
