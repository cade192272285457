import type { Forecast, ForecastSummary } from '../../api/types';
import { CriticalityChart, FinishDistributionChart, TornadoChart } from './forecast-charts';
import { formatCost, formatForecastDate, formatPercent } from './forecast-format';

/** One succeeded forecast: the headline P-dates, the charts and the tables behind them. */
export function ForecastResults({
  forecast,
  summary,
  costHidden = false,
}: {
  forecast: Forecast;
  summary: ForecastSummary;
  /** The user may not see the program's costs: say so instead of leaving the cost out. */
  costHidden?: boolean;
}) {
  const at = (p: number) => summary.finish.percentiles.find((x) => x.p === p)?.finish ?? null;
  const cost = (p: number) => summary.cost?.percentiles.find((x) => x.p === p)?.cost;
  return (
    <>
      <dl className="forecast-facts" data-testid="forecast-facts">
        <Fact label="Likely (CPM)">{formatForecastDate(summary.deterministicFinish)}</Fact>
        <Fact label="P50" testId="forecast-p50">
          {formatForecastDate(at(50))}
        </Fact>
        <Fact label="P80" testId="forecast-p80">
          {formatForecastDate(at(80))}
        </Fact>
        <Fact label="P95">{formatForecastDate(at(95))}</Fact>
        {forecast.targetDate ? (
          <Fact
            label={`By ${formatForecastDate(`${forecast.targetDate}T17:00:00`, false)}`}
            testId="forecast-target"
          >
            {formatPercent(summary.probabilityOfTarget)}
          </Fact>
        ) : null}
      </dl>
      {summary.cost ? (
        // Task costs and risk costs summed per iteration; shown only when the program has any.
        <dl className="forecast-facts" data-testid="forecast-cost" aria-label="Cost">
          <Fact label="Cost P50" testId="forecast-cost-p50">
            {formatCost(cost(50))}
          </Fact>
          <Fact label="Cost P80">{formatCost(cost(80))}</Fact>
          <Fact label="Cost P95">{formatCost(cost(95))}</Fact>
        </dl>
      ) : costHidden ? (
        <p className="muted" data-testid="forecast-cost-hidden">
          Cost: visible to the program’s members.
        </p>
      ) : null}
      <p className="muted forecast-method">
        {summary.iterations.toLocaleString()} iterations, seed {forecast.seed},{' '}
        {forecast.distribution} estimates
        {forecast.rankCorrelation > 0 ? `, rank correlation ${forecast.rankCorrelation}` : ''}.
        Percentiles: {summary.percentileMethod}.
      </p>

      <div className="forecast-grid">
        <section
          className="card forecast-card forecast-card--wide"
          aria-labelledby="finish-heading"
        >
          <h2 id="finish-heading">Finish date</h2>
          <FinishDistributionChart summary={summary} targetDate={forecast.targetDate} />
        </section>
        <section className="card forecast-card" aria-labelledby="tornado-heading">
          <h2 id="tornado-heading">Risks: effect on P80</h2>
          {summary.tornado.length ? (
            <TornadoChart summary={summary} />
          ) : (
            <p className="empty">No risks recorded for this program.</p>
          )}
        </section>
        <section className="card forecast-card" aria-labelledby="criticality-heading">
          <h2 id="criticality-heading">Criticality index</h2>
          <CriticalityChart summary={summary} />
        </section>
        <section className="card forecast-card" aria-labelledby="milestones-heading">
          <h2 id="milestones-heading">Milestone P-dates</h2>
          {summary.milestones.length ? (
            <table className="table" aria-label="Milestone P-dates">
              <thead>
                <tr>
                  <th>Milestone</th>
                  <th>P50</th>
                  <th>P80</th>
                  <th>P95</th>
                </tr>
              </thead>
              <tbody>
                {summary.milestones.map((m) => (
                  <tr key={m.id}>
                    <td>{m.name}</td>
                    <td>{formatForecastDate(m.p50, false)}</td>
                    <td>{formatForecastDate(m.p80, false)}</td>
                    <td>{formatForecastDate(m.p95, false)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="empty">No milestones.</p>
          )}
        </section>
        <section className="card forecast-card" aria-labelledby="sensitivity-heading">
          <h2 id="sensitivity-heading">Sensitivity (Spearman ρ)</h2>
          {summary.sensitivity.length ? (
            <table className="table" aria-label="Sensitivity">
              <thead>
                <tr>
                  <th>Task</th>
                  <th className="numeric">ρ with finish</th>
                </tr>
              </thead>
              <tbody>
                {summary.sensitivity.slice(0, 10).map((s) => (
                  <tr key={s.id}>
                    <td>{s.name}</td>
                    <td className="numeric">
                      {(Math.round(s.spearman * 100) / 100 + 0).toFixed(2)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="empty">
              No task has an optimistic or pessimistic estimate: every duration is fixed.
            </p>
          )}
        </section>
      </div>
    </>
  );
}

export function Fact({
  label,
  testId,
  children,
}: {
  label: string;
  testId?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
