import { useState, type FormEvent } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import type { CareerLadder, Person, PersonSummary, Team } from './team-types';
import { clockOf } from './working-hours';

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

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
  const [problems, setProblems] = useState<string[]>([]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    try {
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
    } catch (error) {
      const p = asProblem(error);
      setProblems(
        p.issues.length
          ? p.issues.map((i) => `${i.path.replace(/^body\./, '')}: ${i.message}`)
          : [p.message],
      );
    }
  }

  const select = (
    id: string,
    label: string,
    value: string,
    set: (v: string) => void,
    options: { id: string; name: string }[],
  ) => (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select id={id} value={value} onChange={(e) => set(e.target.value)}>
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <form className="form form--panel" onSubmit={submit} aria-label="Edit profile">
      {canManage ? (
        <div className="form-row">
          {select(
            'profile-level',
            'Level',
            levelId,
            setLevelId,
            ladder.levels.map((l) => ({ id: l.id, name: `${l.name} (${l.grade})` })),
          )}
          {select('profile-track', 'Track', trackId, setTrackId, ladder.tracks)}
          {select(
            'profile-manager',
            'Manager',
            managerId,
            setManagerId,
            people.filter((p) => p.id !== person.id),
          )}
          {select('profile-team', 'Team', teamId, setTeamId, teams)}
        </div>
      ) : null}
      <div className="form-row">
        <div className="field">
          <label className="field__label" htmlFor="profile-location">
            Location
          </label>
          <input
            id="profile-location"
            value={location}
            onChange={(e) => setLocation(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="profile-zone">
            Time zone
          </label>
          <input id="profile-zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="profile-start">
            Starts
          </label>
          <input
            id="profile-start"
            type="time"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label className="field__label" htmlFor="profile-end">
            Ends
          </label>
          <input
            id="profile-end"
            type="time"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
        {canManage ? (
          <div className="field">
            <label className="field__label" htmlFor="profile-capacity">
              Capacity %
            </label>
            <input
              id="profile-capacity"
              inputMode="numeric"
              value={capacity}
              onChange={(e) => setCapacity(e.target.value)}
            />
          </div>
        ) : null}
      </div>
      <FormAlert messages={problems} />
      <div className="form__actions">
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="button button--primary">
          Save profile
        </button>
      </div>
    </form>
  );
}
