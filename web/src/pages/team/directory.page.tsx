import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { OrgChart } from './org-chart';
import { PeopleFilters } from './people-filters';
import { TeamHeader } from './team-tabs';

/** Everyone, with filters by team, level and skill, and the reporting lines as an org chart. */
export function DirectoryPage() {
  const [teamId, setTeamId] = useState('');
  const [levelId, setLevelId] = useState('');
  const [skill, setSkill] = useState('');
  const key = `${teamId}|${levelId}|${skill}`;
  const people = useLoad(
    () =>
      unwrap(
        api.GET('/api/people', {
          params: {
            query: {
              ...(teamId ? { teamId } : {}),
              ...(levelId ? { levelId } : {}),
              ...(skill.trim() ? { skill: skill.trim() } : {}),
            },
          },
        }),
      ),
    key,
  );
  const everyone = useLoad(() => unwrap(api.GET('/api/people', {})), 'all');

  return (
    <div className="page">
      <TeamHeader
        title="Team"
        lead="Who is on the team, where and when they work, and what they know."
      />
      <section className="card card--flush" aria-labelledby="directory-title">
        <div className="card__header card__header--padded">
          <h2 id="directory-title">Directory</h2>
        </div>
        <PeopleFilters
          idPrefix="dir"
          label="Filter people"
          value={{ teamId, levelId, skill }}
          onChange={(next) => {
            setTeamId(next.teamId);
            setLevelId(next.levelId);
            setSkill(next.skill);
          }}
          skillPlaceholder="e.g. SQL"
        />
        {people.problem ? (
          <FormAlert messages={[people.problem.message]} onReload={people.reload} />
        ) : null}
        {people.data ? (
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th>Name</th>
                  <th>Level</th>
                  <th>Team</th>
                  <th>Location</th>
                  <th>Time zone</th>
                  <th>Skills and domains</th>
                </tr>
              </thead>
              <tbody>
                {people.data.items.map((p) => (
                  <tr key={p.id}>
                    <td>
                      <Link className="table__title" to={`/team/people/${p.id}`}>
                        {p.name}
                      </Link>
                      <div className="table__sub">{p.title}</div>
                    </td>
                    <td>{p.levelName ? `${p.levelName} · ${p.grade}` : '—'}</td>
                    <td>{p.teamName ?? '—'}</td>
                    <td>{p.location || '—'}</td>
                    <td>
                      <span className="muted">{p.timeZone}</span>
                    </td>
                    <td>
                      <span className="chips">
                        {p.skills.map((s) => (
                          <span
                            key={`${s.kind}${s.name}`}
                            className={`chip chip--${s.kind}`}
                            title={`${s.kind}, ${s.proficiency}/5`}
                          >
                            {s.name} <b>{s.proficiency}</b>
                          </span>
                        ))}
                      </span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {people.data.items.length === 0 ? (
              <p className="empty muted">Nobody matches these filters.</p>
            ) : null}
          </div>
        ) : (
          <p className="empty muted" role="status">
            Loading people…
          </p>
        )}
      </section>
      <section className="card" aria-labelledby="org-title">
        <div className="card__header">
          <h2 id="org-title">Org chart</h2>
        </div>
        {everyone.data ? <OrgChart people={everyone.data.items} /> : null}
      </section>
    </div>
  );
}
