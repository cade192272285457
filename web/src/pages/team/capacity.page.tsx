import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { CapacityHeatmapChart } from './capacity-heatmap';
import { overAllocatedPeople } from './over-allocated-people';
import { PeopleFilters } from './people-filters';
import { TeamHeader } from './team-tabs';
import { formatDate } from '../../components/format';

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
  const over = heatmap.data ? overAllocatedPeople(heatmap.data) : [];

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
              {formatDate(heatmap.data.weeks[0])} · {heatmap.data.overAllocatedCells} over-allocated
              weeks · weeks in {heatmap.data.timeZone}
            </span>
          ) : null}
        </div>
        <PeopleFilters
          idPrefix="cap"
          label="Filter the heatmap"
          value={{ teamId, levelId, skill }}
          onChange={(next) => {
            setTeamId(next.teamId);
            setLevelId(next.levelId);
            setSkill(next.skill);
          }}
          skillPlaceholder="e.g. Payments"
        />
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
            <h2 id="over-title">Over-allocated people</h2>
            <span className="muted">
              Weeks booked beyond capacity, the worst of them, and the programs behind them
            </span>
          </div>
          <div className="table-wrap">
            <table className="table" data-testid="over-allocations">
              <thead>
                <tr>
                  <th>Person</th>
                  <th>Weeks over</th>
                  <th>Worst week</th>
                  <th>Load that week</th>
                  <th>Programs causing it</th>
                </tr>
              </thead>
              <tbody>
                {over.map((o) => (
                  <tr key={o.personId}>
                    <td>
                      <Link to={`/team/people/${o.personId}`}>{o.name}</Link>
                    </td>
                    <td>{o.weeks}</td>
                    <td>{formatDate(o.worst.weekStart)}</td>
                    <td>
                      <span className="badge badge--red">
                        {o.worst.loadPercent === null ? 'away' : `${o.worst.loadPercent}%`}
                      </span>{' '}
                      {o.worst.loadHours} h / {o.worst.capacityHours} h
                    </td>
                    <td>{o.programs.join(' · ')}</td>
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
