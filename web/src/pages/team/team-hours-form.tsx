import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { TextField, TimeField } from '../../components/input-fields';
import { useFormSubmission } from '../../components/use-form-submission';
import type { Team } from './team-types';
import { WeekdaysField } from './weekdays-field';

const FIELDS = [
  'workingHours.timeZone',
  'workingHours.start',
  'workingHours.end',
  'workingHours.days',
] as const;

/**
 * A team's working hours (its zone, day and weekdays); the intake SLA clock may run on them.
 * Sent with the version that was read; a conflict offers a reload.
 */
export function TeamHoursForm({
  team,
  onSaved,
  onCancel,
  onReload,
}: {
  team: Team;
  onSaved(): void;
  onCancel(): void;
  /** Someone else saved first: fetch the teams again. */
  onReload(): void;
}) {
  const [hours, setHours] = useState(team.workingHours);
  const { problem, busy, submit } = useFormSubmission(FIELDS);
  const e = problem.byField;
  const set = (patch: Partial<Team['workingHours']>) => setHours((h) => ({ ...h, ...patch }));

  async function handleSubmit(event: FormEvent) {
    event.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/teams/{id}', {
          params: { path: { id: team.id } },
          body: {
            version: team.version,
            workingHours: { ...hours, timeZone: hours.timeZone.trim() },
          },
        }),
      );
      onSaved();
    });
  }

  return (
    <form
      className="form form--panel"
      onSubmit={handleSubmit}
      noValidate
      aria-label={`Working hours of ${team.name}`}
    >
      <FormAlert messages={problem.general} onReload={problem.conflict ? onReload : undefined} />
      <div className="form-row">
        <TextField
          label="Time zone"
          name="workingHours.timeZone"
          className="grow"
          hint="IANA name, e.g. Europe/Berlin"
          error={e['workingHours.timeZone']}
          value={hours.timeZone}
          onChange={(timeZone) => set({ timeZone })}
          inputProps={{ autoFocus: true, maxLength: 64, autoComplete: 'off' }}
        />
        <TimeField
          label="Starts"
          name="workingHours.start"
          error={e['workingHours.start']}
          value={hours.start}
          onChange={(start) => set({ start })}
        />
        <TimeField
          label="Ends"
          name="workingHours.end"
          error={e['workingHours.end']}
          value={hours.end}
          onChange={(end) => set({ end })}
        />
      </div>
      <WeekdaysField
        label="Working days"
        name="workingHours.days"
        error={e['workingHours.days']}
        value={hours.days}
        onChange={(days) => set({ days })}
      />
      <FormActions submitLabel="Save hours" busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
