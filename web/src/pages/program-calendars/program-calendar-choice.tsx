import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { usePlan } from '../program-detail/plan-context';

const STANDARD = 'Organization standard week';

/** Which calendar the program schedules on; the organization's week and holidays when none. */
export function ProgramCalendarChoice() {
  const { plan, calendars, canWrite, reload, reloadCalendars } = usePlan();
  const program = plan.program;
  const [chosen, setChosen] = useState(program.calendarId ?? '');
  const { problem, busy, submit } = useFormSubmission(['calendarId']);
  const current = calendars.find((c) => c.id === program.calendarId);

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/programs/{id}', {
          params: { path: { id: program.id } },
          body: { version: program.version, calendarId: chosen || null },
        }),
      );
      reload();
      reloadCalendars();
    });
  }

  if (!canWrite) {
    return (
      <p className="calendar-choice" data-testid="program-calendar">
        {'Runs on: '}
        <strong>{current?.name ?? STANDARD}</strong>
      </p>
    );
  }
  const changed = (chosen || null) !== program.calendarId;
  return (
    <form
      className="calendar-choice form-row"
      onSubmit={handleSubmit}
      noValidate
      aria-label="Program calendar"
    >
      <SelectField
        label="The program runs on"
        name="calendarId"
        error={problem.byField.calendarId}
        value={chosen}
        onChange={setChosen}
        emptyLabel={STANDARD}
        hint="Tasks and milestones without a calendar of their own are scheduled on it."
      >
        <NamedOptions items={calendars} />
      </SelectField>
      <div className="button-group calendar-choice__actions">
        <button type="submit" className="button button--small" disabled={busy || !changed}>
          Use this calendar
        </button>
      </div>
      <FormAlert
        messages={problem.general}
        onReload={
          problem.conflict
            ? () => {
                reload();
                setChosen(program.calendarId ?? '');
              }
            : undefined
        }
      />
    </form>
  );
}
