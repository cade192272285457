import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { TeamHoursForm } from './team-hours-form';
import { TeamHeader } from './team-tabs';
import { weekdaysOf } from './working-hours';

const COLUMNS = 6;

/** Every team with when it works; TPM managers and admins set a team's hours here. */
export function TeamsPage() {
  // As the API: anyone who plans (TPMs, managers, admins) keeps teams' hours; stakeholders read.
  const { canWrite: mayEditHours } = useCurrentUser();
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const [editingId, setEditingId] = useState<string | null>(null);

  return (
    <div className="page">
      <TeamHeader title="Teams" lead="Every team, and where and when it works." />
      <section className="card card--flush" aria-labelledby="teams-title">
        <div className="card__header card__header--padded">
          <h2 id="teams-title">Teams and working hours</h2>
        </div>
        {teams.problem ? (
          <FormAlert messages={[teams.problem.message]} onReload={teams.reload} />
        ) : null}
        {teams.data ? (
          <div className="table-wrap">
            <table className="table" data-testid="teams-table">
              <thead>
                <tr>
                  <th>Team</th>
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
                    <td colSpan={COLUMNS} className="empty muted">
                      No teams yet.
                    </td>
                  </tr>
                ) : null}
                {teams.data.items.map((t) => {
                  const editing = editingId === t.id;
                  return (
                    <Fragment key={t.id}>
                      <tr data-team={t.name}>
                        <td className="table__primary">
                          <span className="table__title">{t.name}</span>
                        </td>
                        <td className="muted">{t.description || '—'}</td>
                        <td>{t.workingHours.timeZone}</td>
                        <td className="nowrap">{weekdaysOf(t.workingHours.days)}</td>
                        <td className="nowrap">
                          {t.workingHours.start}–{t.workingHours.end}
                        </td>
                        <td className="numeric">
                          {mayEditHours && !editing ? (
                            <button
                              type="button"
                              className="button button--ghost button--small"
                              aria-label={`Edit working hours of ${t.name}`}
                              onClick={() => setEditingId(t.id)}
                            >
                              Edit hours
                            </button>
                          ) : null}
                        </td>
                      </tr>
                      {editing ? (
                        <tr className="team-editor-row">
                          <td colSpan={COLUMNS}>
                            <TeamHoursForm
                              // Remounted after a reload, so it starts from the latest version.
                              key={t.version}
                              team={t}
                              onCancel={() => setEditingId(null)}
                              onSaved={() => {
                                setEditingId(null);
                                teams.reload();
                              }}
                              onReload={teams.reload}
                            />
                          </td>
                        </tr>
                      ) : null}
                    </Fragment>
                  );
                })}
              </tbody>
            </table>
          </div>
        ) : teams.problem ? null : (
          <p className="empty muted" role="status">
            Loading…
          </p>
        )}
      </section>
    </div>
  );
}
