import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { HolidaysSection } from './holidays-section';
import { TeamForm } from './team-form';
import { TEAM_COLUMNS, TeamRow } from './team-row';
import { TeamHeader } from './team-tabs';

/** Every team with when it works and who is in it, and the organization's holidays. */
export function TeamsPage() {
  // As the API: anyone who plans (TPMs, managers, admins) keeps teams and holidays; stakeholders read.
  const { canWrite: mayEdit, user } = useCurrentUser();
  // A person's team is part of their profile, which only TPM managers and admins change.
  const mayManageMembers = user.role === 'admin' || user.role === 'tpm_manager';
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const people = useLoad(() => unwrap(api.GET('/api/people', {})), 'people');
  const [adding, setAdding] = useState(false);

  return (
    <div className="page">
      <TeamHeader title="Teams" lead="Every team, where and when it works, and who is in it." />
      <section className="card card--flush" aria-labelledby="teams-title">
        <div className="card__header card__header--padded">
          <h2 id="teams-title">Teams and working hours</h2>
          {mayEdit && !adding ? (
            <button
              type="button"
              className="button button--primary button--small"
              onClick={() => setAdding(true)}
            >
              + Team
            </button>
          ) : null}
        </div>
        {adding ? (
          <TeamForm
            onCancel={() => setAdding(false)}
            onSaved={() => {
              setAdding(false);
              teams.reload();
            }}
            onReload={teams.reload}
          />
        ) : null}
        {teams.problem ? (
          <FormAlert messages={[teams.problem.message]} onReload={teams.reload} />
        ) : null}
        {teams.data ? (
          <div className="table-wrap">
            <table className="table" data-testid="teams-table">
              <thead>
                <tr>
                  <th>Team and members</th>
                  <th>Description</th>
                  <th>Time zone</th>
                  <th>Working days</th>
                  <th>Hours</th>
                  <th>
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {teams.data.items.length === 0 ? (
                  <tr>
                    <td colSpan={TEAM_COLUMNS} className="empty muted">
                      No teams yet.
                    </td>
                  </tr>
                ) : null}
                {teams.data.items.map((t) => (
                  <TeamRow
                    // Remounted after a reload, so an edit starts from the latest version.
                    key={`${t.id}:${t.version}`}
                    team={t}
                    people={people.data?.items ?? []}
                    mayEdit={mayEdit}
                    mayManageMembers={mayManageMembers}
                    onTeamsChanged={teams.reload}
                    onPeopleChanged={people.reload}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : teams.problem ? null : (
          <p className="empty muted" role="status">
            Loading…
          </p>
        )}
      </section>
      <HolidaysSection mayEdit={mayEdit} />
    </div>
  );
}
