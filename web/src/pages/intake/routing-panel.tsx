import { useMemo, useState } from 'react';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { chartText } from '../../components/chart-text';
import { CHART_COLORS, EChart, type BarChartOption } from '../../components/echart';
import { FormAlert } from '../../components/form-alert';
import type { IntakeRequest, RoutingSuggestion } from './intake-types';

const FACTORS = [
  { key: 'fit', label: 'Fit', weight: 0.4, color: CHART_COLORS.blue },
  { key: 'bandwidth', label: 'Bandwidth', weight: 0.3, color: CHART_COLORS.green },
  { key: 'time_zone', label: 'Time zone', weight: 0.2, color: CHART_COLORS.violet },
  { key: 'queue', label: 'Queue', weight: 0.1, color: CHART_COLORS.amber },
] as const;

/** The ranked TPMs for a request, why each, and (for managers) assignment with one click. */
export function RoutingPanel({
  request,
  routing,
  canAssign,
  onChanged,
}: {
  request: IntakeRequest;
  routing: RoutingSuggestion | null;
  canAssign: boolean;
  onChanged(): void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[]>([]);
  const top = routing?.candidates.slice(0, 5) ?? [];

  async function run(work: () => Promise<unknown>) {
    setBusy(true);
    setError([]);
    try {
      await work();
      onChanged();
    } catch (e) {
      setError([asProblem(e).message]);
    } finally {
      setBusy(false);
    }
  }
  const suggest = () =>
    run(() =>
      unwrap(
        api.POST('/api/requests/{id}/routing-suggestions', {
          params: { path: { id: request.id } },
        }),
      ),
    );
  const assign = (personId: string) =>
    run(() =>
      unwrap(
        api.POST('/api/requests/{id}/assign', {
          params: { path: { id: request.id } },
          body: {
            assigneeId: personId,
            version: request.version,
            ...(routing ? { suggestionId: routing.id } : {}),
          },
        }),
      ),
    );

  const option = useMemo<BarChartOption>(
    () => ({
      grid: { left: 8, right: 16, top: 32, bottom: 4, containLabel: true },
      legend: {
        top: 0,
        left: 0,
        icon: 'circle',
        itemWidth: 10,
        textStyle: { color: CHART_COLORS.muted },
      },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: {
        type: 'value',
        max: 1,
        splitLine: { lineStyle: { color: CHART_COLORS.line } },
        axisLabel: { color: CHART_COLORS.muted },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: top.map((c) => chartText(c.name)),
        axisTick: { show: false },
        axisLabel: { color: CHART_COLORS.ink, width: 120, overflow: 'truncate' },
      },
      series: FACTORS.map((f) => ({
        type: 'bar' as const,
        name: f.label,
        stack: 'score',
        barMaxWidth: 18,
        itemStyle: { color: f.color },
        data: top.map(
          (c) =>
            Math.round((c.reasons.find((r) => r.factor === f.key)?.score ?? 0) * f.weight * 1000) /
            1000,
        ),
      })),
    }),
    [top],
  );

  return (
    <section className="card" aria-labelledby="routing-title">
      <div className="card__header">
        <h2 id="routing-title">Suggested TPMs</h2>
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          onClick={() => void suggest()}
        >
          {routing ? 'Suggest again' : 'Suggest TPMs'}
        </button>
      </div>
      <FormAlert messages={error} />
      {routing === null ? (
        <p className="muted">
          Rank the TPMs by fit with the request’s teams, bandwidth, time-zone overlap and queue.
        </p>
      ) : top.length === 0 ? (
        <p className="muted">No TPM to suggest.</p>
      ) : (
        <>
          <EChart
            option={option}
            label="Stacked bar chart: each suggested TPM's score by factor"
            height={56 + top.length * 34}
          />
          <ol className="routing-list">
            {top.map((c, i) => {
              const chosen = request.assigneeId === c.personId;
              return (
                <li
                  key={c.personId}
                  className={`routing-candidate${chosen ? ' routing-candidate--chosen' : ''}`}
                  data-testid="routing-candidate"
                >
                  <span className="routing-candidate__name">
                    {i + 1}. {c.name}
                  </span>
                  {canAssign && !chosen ? (
                    <button
                      type="button"
                      className="button button--small button--primary"
                      disabled={busy}
                      onClick={() => void assign(c.personId)}
                    >
                      Assign
                    </button>
                  ) : (
                    <span className="routing-candidate__score">
                      {chosen ? 'Assigned' : `score ${c.score}`}
                    </span>
                  )}
                  <ul className="routing-candidate__reasons">
                    {c.reasons.map((r) => (
                      <li key={r.factor}>{r.detail}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
