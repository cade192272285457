import { Fragment, useState } from 'react';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { TeamForm } from './team-form';
import { TeamHoursForm } from './team-hours-form';
import { TeamMembers } from './team-members';
import type { PersonSummary, Team } from './team-types';
import { weekdaysOf } from './working-hours';

export const TEAM_COLUMNS = 6;

type Mode = 'reading' | 'renaming' | 'hours' | 'members' | 'deleting';

interface TeamRowProps {
  team: Team;
  people: PersonSummary[];
  /** Teams and holidays are kept by anyone who plans; stakeholders read. */
  mayEdit: boolean;
  /** Membership is a field of people's profiles: TPM managers and admins. */
  mayManageMembers: boolean;
  onTeamsChanged(): void;
  onPeopleChanged(): void;
}

function membersOf(n: number): string {
  return n === 1 ? '1 member' : `${n} members`;
}

/** One team: what it is and when it works; edited, staffed or deleted in place. */
export function TeamRow({
  team: t,
  people,
  mayEdit,
  mayManageMembers,
  onTeamsChanged,
  onPeopleChanged,
}: TeamRowProps) {
  const [mode, setMode] = useState<Mode>('reading');
  const reading = () => setMode('reading');
  const members = people.filter((p) => p.teamId === t.id).length;
  const toggle = (m: Mode) => setMode(mode === m ? 'reading' : m);

  const button = (m: Mode, text: string, label: string, look = '') => (
    <button
      type="button"
      className={look || 'button button--ghost button--small'}
      aria-label={label}
      aria-expanded={m === 'members' ? mode === 'members' : undefined}
      onClick={() => toggle(m)}
    >
      {text}
    </button>
  );

  return (
    <Fragment>
      <tr data-team={t.name}>
        <td className="table__primary">
          <span className="table__title">{t.name}</span>
          {button('members', membersOf(members), `Members of ${t.name}`, 'link-button')}
        </td>
        <td className="muted">{t.description || '—'}</td>
        <td>{t.workingHours.timeZone}</td>
        <td className="nowrap">{weekdaysOf(t.workingHours.days)}</td>
        <td className="nowrap">
          {t.workingHours.start}–{t.workingHours.end}
        </td>
        <td className="numeric nowrap">
          {mayEdit && (mode === 'reading' || mode === 'members') ? (
            <span className="button-group">
              {button('renaming', 'Edit', `Edit team ${t.name}`)}
              {button('hours', 'Hours', `Edit working hours of ${t.name}`)}
              {button(
                'deleting',
                'Delete',
                `Delete team ${t.name}`,
                'button button--ghost button--small button--quiet-danger',
              )}
            </span>
          ) : null}
        </td>
      </tr>
      {mode !== 'reading' ? (
        <tr className="team-editor-row">
          <td colSpan={TEAM_COLUMNS}>
            {mode === 'renaming' ? (
              <TeamForm
                team={t}
                onCancel={reading}
                onSaved={() => {
                  reading();
                  onTeamsChanged();
                }}
                onReload={onTeamsChanged}
              />
            ) : null}
            {mode === 'hours' ? (
              <TeamHoursForm
                team={t}
                onCancel={reading}
                onSaved={() => {
                  reading();
                  onTeamsChanged();
                }}
                onReload={onTeamsChanged}
              />
            ) : null}
            {mode === 'members' ? (
              <TeamMembers
                team={t}
                people={people}
                mayManage={mayManageMembers}
                onChanged={onPeopleChanged}
              />
            ) : null}
            {mode === 'deleting' ? (
              <DeleteConfirmation
                kind="team"
                name={t.name}
                consequence={
                  members === 0
                    ? 'It has no members.'
                    : members === 1
                      ? 'Its member stays in the organization, without a team.'
                      : `Its ${members} members stay in the organization, without a team.`
                }
                onConfirm={async () => {
                  await unwrap(
                    api.DELETE('/api/teams/{id}', {
                      params: { path: { id: t.id }, query: { version: t.version } },
                    }),
                  );
                  reading();
                  onTeamsChanged();
                  onPeopleChanged();
                }}
                onCancel={reading}
                onReload={onTeamsChanged}
              />
            ) : null}
          </td>
        </tr>
      ) : null}
    </Fragment>
  );
}
