import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart } from '../../components/echart';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { CompetencyRow } from './competency-row';
import { LadderEntryForm } from './ladder-entry-form';
import { LadderStructure } from './ladder-structure';
import { TeamHeader } from './team-tabs';
import type { CareerLadder, Readiness } from './team-types';

type Path = 'individual' | 'manager';

function ReadinessChart({ items }: { items: Readiness[] }) {
  const option = useMemo(() => {
    const rows = items
      .filter((r) => r.nextLevelId)
      .sort((a, b) => (b.readiness ?? 0) - (a.readiness ?? 0));
    return {
      animation: false,
      grid: { left: 8, right: 24, top: 8, bottom: 4, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'value',
        max: 100,
        axisLabel: { formatter: '{value}%', color: CHART_COLORS.muted },
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((r) => chartText(r.personName)),
        axisLabel: { color: CHART_COLORS.ink },
        axisTick: { show: false },
      },
      series: [
        {
          type: 'bar',
          name: 'Next-level competencies met (manager)',
          barMaxWidth: 16,
          data: rows.map((r) => ({
            value: Math.round((r.readiness ?? 0) * 100),
            itemStyle: { color: r.ready ? CHART_COLORS.green : CHART_COLORS.blue },
          })),
        },
      ],
    };
  }, [items]);
  const shown = items.filter((r) => r.nextLevelId).length;
  return (
    <EChart
      option={option}
      label="Promotion readiness per person"
      height={Math.max(160, 24 + shown * 24)}
    />
  );
}

/** A new competency goes last unless the admin says otherwise. */
function nextSortOrder(ladder: CareerLadder): number {
  return Math.min(1000, Math.max(0, ...ladder.competencies.map((c) => c.sortOrder + 1)));
}

/** The ladder: levels and grades per path, what each competency expects at each level (admins edit), and promotion readiness. */
export function LadderPage() {
  const { user } = useCurrentUser();
  const [path, setPath] = useState<Path>('individual');
  const ladder = useLoad(() => unwrap(api.GET('/api/career-ladder')), 'ladder');
  const readiness = useLoad(() => unwrap(api.GET('/api/career-ladder/readiness', {})), 'readiness');
  const data: CareerLadder | undefined = ladder.data;
  const levels = data?.levels.filter((l) => l.path === path) ?? [];
  const isAdmin = user.role === 'admin';
  const [adding, setAdding] = useState(false);

  return (
    <div className="page">
      <TeamHeader
        title="Career ladder"
        lead="Tracks, levels with their grades, and what each competency looks like at each level."
      />
      {ladder.problem ? (
        <FormAlert messages={[ladder.problem.message]} onReload={ladder.reload} />
      ) : null}
      <section className="card card--flush" aria-labelledby="ladder-matrix-title">
        <div className="card__header card__header--padded">
          <h2 id="ladder-matrix-title">Competencies by level</h2>
          <div className="button-group" role="group" aria-label="Path">
            {(['individual', 'manager'] as const).map((p) => (
              <button
                key={p}
                type="button"
                className={`button button--small${path === p ? ' button--primary' : ''}`}
                aria-pressed={path === p}
                onClick={() => setPath(p)}
              >
                {p === 'individual' ? 'Individual contributor' : 'Manager'}
              </button>
            ))}
          </div>
        </div>
        {data ? (
          <p className="card__note muted">
            Tracks: {data.tracks.map((t) => t.name).join(' · ')}.{' '}
            {isAdmin ? 'As an admin you can edit any competency and what it expects.' : ''}
          </p>
        ) : null}
        {isAdmin && data ? (
          adding ? (
            <LadderEntryForm
              label="New competency"
              textField="description"
              textLabel="Description"
              initial={{ name: '', text: '', sortOrder: String(nextSortOrder(data)) }}
              submitLabel="Add competency"
              onCancel={() => setAdding(false)}
              onReload={ladder.reload}
              send={async (draft) => {
                await unwrap(
                  api.POST('/api/career-ladder/competencies', {
                    body: {
                      name: draft.name,
                      description: draft.text,
                      sortOrder: Number(draft.sortOrder),
                    },
                  }),
                );
                setAdding(false);
                ladder.reload();
              }}
            />
          ) : (
            <div className="card__note">
              <button
                type="button"
                className="button button--primary button--small"
                onClick={() => setAdding(true)}
              >
                + Competency
              </button>
            </div>
          )
        ) : null}
        {data ? (
          <div className="table-wrap">
            <table className="table ladder" data-testid="ladder-matrix">
              <thead>
                <tr>
                  <th>Competency</th>
                  {levels.map((l) => (
                    <th key={l.id}>
                      {l.name}
                      <div className="table__sub">grade {l.grade}</div>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.competencies.map((c) => (
                  <CompetencyRow
                    key={`${c.id}:${c.version}`}
                    competency={c}
                    levels={levels}
                    isAdmin={isAdmin}
                    onChanged={ladder.reload}
                  />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
      {data ? <LadderStructure ladder={data} isAdmin={isAdmin} onChanged={ladder.reload} /> : null}
      <section className="card chart-card" aria-labelledby="readiness-title">
        <div className="card__header">
          <h2 id="readiness-title">Promotion readiness</h2>
          <span className="muted">
            Share of the next level’s competencies the manager rated as met
          </span>
        </div>
        {user.role !== 'admin' && user.role !== 'tpm_manager' ? (
          <p className="muted" data-testid="readiness-scope">
            Shows you and the people who report to you, directly or further down: readiness is
            visible to the person, their managers, TPM managers and admins.
          </p>
        ) : null}
        {readiness.problem ? (
          <FormAlert messages={[readiness.problem.message]} onReload={readiness.reload} />
        ) : null}
        {readiness.data?.items.length === 0 ? (
          <p className="empty muted">No one on the ladder whose readiness you may see.</p>
        ) : null}
        {readiness.data?.items.length ? <ReadinessChart items={readiness.data.items} /> : null}
        {readiness.data?.items.length ? (
          <p className="muted">
            Ready:{' '}
            <span className="ready-list">
              {readiness.data.items
                .filter((r) => r.ready)
                .map((r) => (
                  <Link key={r.personId} to={`/team/people/${r.personId}`}>
                    {r.personName}
                  </Link>
                ))}
            </span>
          </p>
        ) : null}
      </section>
    </div>
  );
}
