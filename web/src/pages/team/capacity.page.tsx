import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { CapacityHeatmapChart } from './capacity-heatmap';
import { TeamHeader } from './team-tabs';

const WEEKS = 26;

/** The heatmap of people × 26 weeks, filters by team, level and skill, and the over-allocated weeks listed with their programs. */
export function CapacityPage() {
  const [teamId, setTeamId] = useState('');
  const [levelId, setLevelId] = useState('');
  const [skill, setSkill] = useState('');
  const [skillQuery, setSkillQuery] = useState('');
  useEffect(() => {
    const t = window.setTimeout(() => setSkillQuery(skill.trim()), 250);
    return () => window.clearTimeout(t);
  }, [skill]);
  const heatmap = useLoad(
    () =>
      unwrap(
        api.GET('/api/capacity/heatmap', {
          params: {
            query: {
              weeks: WEEKS,
              ...(teamId ? { teamId } : {}),
              ...(levelId ? { levelId } : {}),
              ...(skillQuery ? { skill: skillQuery } : {}),
            },
          },
        }),
      ),
    `${teamId}|${levelId}|${skillQuery}`,
  );
  const teams = useLoad(() => unwrap(api.GET('/api/teams')), 'teams');
  const ladder = useLoad(() => unwrap(api.GET('/api/career-ladder')), 'ladder');
  const over = heatmap.data
    ? heatmap.data.people.flatMap((p) =>
        p.cells.filter((c) => c.status === 'over').map((c) => ({ person: p, cell: c })),
      )
    : [];

  return (
    <div className="page">
      <TeamHeader
        title="Capacity"
        lead="Load against capacity per person and week: allocations and task assignments over working hours less holidays and time off."
      />
      <section className="card card--flush" aria-labelledby="heatmap-title">
        <div className="card__header card__header--padded">
          <h2 id="heatmap-title">Capacity heatmap</h2>
          {heatmap.data ? (
            <span className="muted" data-testid="heatmap-summary">
              {heatmap.data.people.length} people · {heatmap.data.weeks.length} weeks from{' '}
              {heatmap.data.weeks[0]} · {heatmap.data.overAllocatedCells} over-allocated weeks ·
              weeks in {heatmap.data.timeZone}
            </span>
          ) : null}
        </div>
        <div className="toolbar" role="search" aria-label="Filter the heatmap">
          <div className="toolbar__filter">
            <label htmlFor="cap-team">Team</label>
            <select id="cap-team" value={teamId} onChange={(e) => setTeamId(e.target.value)}>
              <option value="">All teams</option>
              {teams.data?.items.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar__filter">
            <label htmlFor="cap-level">Level</label>
            <select id="cap-level" value={levelId} onChange={(e) => setLevelId(e.target.value)}>
              <option value="">All levels</option>
              {ladder.data?.levels.map((l) => (
                <option key={l.id} value={l.id}>
                  {l.name} ({l.grade})
                </option>
              ))}
            </select>
          </div>
          <div className="toolbar__filter">
            <label htmlFor="cap-skill">Skill</label>
            <input
              id="cap-skill"
              value={skill}
              placeholder="e.g. Payments"
              onChange={(e) => setSkill(e.target.value)}
            />
          </div>
        </div>
        {heatmap.problem ? (
          <FormAlert messages={[heatmap.problem.message]} onReload={heatmap.reload} />
        ) : null}
        {heatmap.data && heatmap.data.people.length > 0 ? (
          <div className="heatmap" data-testid="capacity-heatmap">
            <CapacityHeatmapChart heatmap={heatmap.data} />
          </div>
        ) : heatmap.data ? (
          <p className="empty muted">Nobody matches these filters.</p>
        ) : (
          <p className="empty muted" role="status">
            Loading capacity…
          </p>
        )}
      </section>
      {over.length > 0 ? (
        <section className="card card--flush" aria-labelledby="over-title">
          <div className="card__header card__header--padded">
            <h2 id="over-title">Over-allocated weeks</h2>
          </div>
          <div className="table-wrap">
            <table className="table" data-testid="over-allocations">
              <thead>
                <tr>
                  <th>Person</th>
                  <th>Week of</th>
                  <th>Load</th>
                  <th>Booked / available</th>
                  <th>Programs causing it</th>
                </tr>
              </thead>
              <tbody>
                {over.map(({ person, cell }) => (
                  <tr key={`${person.personId}${cell.weekStart}`}>
                    <td>
                      <Link to={`/team/people/${person.personId}`}>{person.name}</Link>
                    </td>
                    <td>{cell.weekStart}</td>
                    <td>
                      <span className="badge badge--red">
                        {cell.loadPercent === null ? 'away' : `${cell.loadPercent}%`}
                      </span>
                    </td>
                    <td>
                      {cell.loadHours} h / {cell.capacityHours} h
                    </td>
                    <td>
                      {cell.programs.map((p) => `${p.programName} ${p.loadHours} h`).join(' · ')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
