import { useState, type FormEvent } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { FormActions } from '../../components/form-actions';
import { FormAlert } from '../../components/form-alert';
import { DecimalField, TextField, TimeField } from '../../components/input-fields';
import { NamedOptions, SelectField } from '../../components/select-field';
import { useFormSubmission } from '../../components/use-form-submission';
import { LadderFields } from './ladder-fields';
import type { CareerLadder, Person, PersonSummary, Team } from './team-types';
import { clockOf } from './working-hours';

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
const FIELDS = [
  'levelId',
  'trackId',
  'managerId',
  'teamId',
  'location',
  'timeZone',
  'workingHoursStart',
  'workingHoursEnd',
  'capacity',
];

/**
 * Edits a profile: level, track, manager and team (managers and admins), and
 * where and when the person works. Sends the version it read; a conflict says so.
 */
export function ProfileForm({
  person,
  ladder,
  people,
  teams,
  onSaved,
  onCancel,
  canManage,
}: {
  /** Level, track, manager, team and capacity are a manager's or an admin's to change. */
  canManage: boolean;
  person: Person;
  ladder: CareerLadder;
  people: PersonSummary[];
  teams: Team[];
  onSaved(): void;
  onCancel(): void;
}) {
  const [levelId, setLevelId] = useState(person.levelId ?? '');
  const [trackId, setTrackId] = useState(person.trackId ?? '');
  const [managerId, setManagerId] = useState(person.managerId ?? '');
  const [teamId, setTeamId] = useState(person.teamId ?? '');
  const [location, setLocation] = useState(person.location);
  const [timeZone, setTimeZone] = useState(person.timeZone);
  const [start, setStart] = useState(clockOf(person.workingHoursStart));
  const [end, setEnd] = useState(clockOf(person.workingHoursEnd));
  const [capacity, setCapacity] = useState(String(Math.round(person.capacity * 100)));
  const { problem, busy, submit } = useFormSubmission(FIELDS);

  async function handleSubmit(e: FormEvent) {
    e.preventDefault();
    await submit(async () => {
      await unwrap(
        api.PATCH('/api/people/{id}', {
          params: { path: { id: person.id } },
          body: {
            version: person.version,
            ...(canManage
              ? {
                  levelId: levelId || null,
                  trackId: trackId || null,
                  managerId: managerId || null,
                  teamId: teamId || null,
                  capacity: Number(capacity) / 100,
                }
              : {}),
            location,
            timeZone,
            workingHoursStart: minutesOf(start),
            workingHoursEnd: minutesOf(end),
          },
        }),
      );
      onSaved();
    });
  }

  const e = problem.byField;
  return (
    <form className="form form--panel" onSubmit={handleSubmit} noValidate aria-label="Edit profile">
      <FormAlert messages={problem.general} />
      {canManage ? (
        <div className="form-row">
          <LadderFields
            ladder={ladder}
            levelId={levelId}
            trackId={trackId}
            onLevel={setLevelId}
            onTrack={setTrackId}
            errors={e}
          />
          <SelectField
            label="Manager"
            name="managerId"
            error={e.managerId}
            value={managerId}
            onChange={setManagerId}
            emptyLabel="—"
          >
            <NamedOptions items={people.filter((p) => p.id !== person.id)} />
          </SelectField>
          <SelectField
            label="Team"
            name="teamId"
            error={e.teamId}
            value={teamId}
            onChange={setTeamId}
            emptyLabel="—"
          >
            <NamedOptions items={teams} />
          </SelectField>
        </div>
      ) : null}
      <div className="form-row">
        <TextField
          label="Location"
          name="location"
          error={e.location}
          value={location}
          onChange={setLocation}
        />
        <TextField
          label="Time zone"
          name="timeZone"
          error={e.timeZone}
          value={timeZone}
          onChange={setTimeZone}
        />
        <TimeField
          label="Starts"
          name="workingHoursStart"
          error={e.workingHoursStart}
          value={start}
          onChange={setStart}
        />
        <TimeField
          label="Ends"
          name="workingHoursEnd"
          error={e.workingHoursEnd}
          value={end}
          onChange={setEnd}
        />
        {canManage ? (
          <DecimalField
            label="Capacity %"
            name="capacity"
            error={e.capacity}
            value={capacity}
            onChange={setCapacity}
            inputProps={{ min: 0 }}
          />
        ) : null}
      </div>
      <FormActions submitLabel="Save profile" busyLabel="Saving…" busy={busy} onCancel={onCancel} />
    </form>
  );
}
