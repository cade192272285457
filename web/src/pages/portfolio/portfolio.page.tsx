import { useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { ProgressBar } from '../../components/progress-bar';
import { useCurrentUser } from '../../session/session-context';
import { CAPABILITIES } from '../coming-soon/capabilities';
import { ForecastHistory } from '../forecast/forecast-history';
import { formatForecastDate, formatPercent } from '../forecast/forecast-format';
import { Fact } from '../forecast/forecast-results';
import { RunForecastForm } from '../forecast/run-forecast-form';
import { getForecast, useForecastRun } from '../forecast/use-forecast-run';
import { PortfolioFinishChart } from './portfolio-finish-chart';
import { PortfolioFinishTable } from './portfolio-finish-table';
import { UnalignedProgramsCard } from './unaligned-programs-card';

const PORTFOLIO = CAPABILITIES.find((c) => c.path === '/portfolio')!;

/**
 * The portfolio: a Monte Carlo forecast of every active program together
 * (cross-program links inside one network) as a background job with its
 * progress, each program's P50/P80/P95 finish as a chart and a table, and the
 * history of runs. What else the portfolio will hold is said at the bottom.
 */
export function PortfolioPage() {
  const { canWrite } = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const history = useLoad(
    () => unwrap(api.GET('/api/portfolio/forecasts')).then((r) => r.items),
    'portfolio-forecasts',
  );
  const latestSucceeded = history.data?.find((f) => f.status === 'succeeded')?.id ?? '';
  const selectedId = search.get('forecast') || latestSucceeded;
  const selected = useLoad(
    () => (selectedId ? getForecast(selectedId) : Promise.resolve(undefined)),
    `forecast:${selectedId}`,
  );
  const run = useForecastRun((f) => {
    history.reload();
    if (f.status === 'succeeded') setSearch({ forecast: f.id }, { replace: true });
  });
  const { running } = run;
  const percent = Math.round((running?.progress ?? 0) * 100);
  const forecast = selected.data;
  const summary = forecast?.result;
  const at = (p: number) => summary?.finish.percentiles.find((x) => x.p === p)?.finish ?? null;

  return (
    <div className="page forecast-page">
      <header className="page-header">
        <div>
          <h1>{PORTFOLIO.title}</h1>
          <p className="page-header__lead">
            When will every active program finish? One Monte Carlo forecast of them together: their
            estimates and risks, and the links between programs.
          </p>
        </div>
      </header>

      {canWrite ? (
        <section className="card forecast-run" aria-label="Run">
          <RunForecastForm
            name="Run a portfolio forecast"
            submitLabel="Run portfolio forecast"
            queue={(body) => unwrap(api.POST('/api/portfolio/forecasts', { body }))}
            busy={Boolean(running)}
            onQueued={(f) => {
              run.start(f);
              // The queued run joins the history at once.
              history.reload();
            }}
          />
          {running ? (
            <div className="forecast-progress">
              <ProgressBar
                done={percent}
                total={100}
                label="Portfolio forecast progress"
                valueText={`${running.status}, ${percent}%`}
                text={running.status === 'queued' ? 'Queued' : `${percent}%`}
              />
            </div>
          ) : null}
          {run.problem ? <FormAlert messages={[run.problem]} /> : null}
        </section>
      ) : null}

      {summary?.programs && forecast ? (
        <section className="card forecast-card" aria-labelledby="finishes-heading">
          <h2 id="finishes-heading">When each program finishes</h2>
          <dl className="forecast-facts">
            <Fact label="Every program done, P50" testId="portfolio-p50">
              {formatForecastDate(at(50))}
            </Fact>
            <Fact label="P80">{formatForecastDate(at(80))}</Fact>
            <Fact label="P95">{formatForecastDate(at(95))}</Fact>
            {forecast.targetDate ? (
              <Fact label={`By ${formatForecastDate(`${forecast.targetDate}T17:00:00`, false)}`}>
                {formatPercent(summary.probabilityOfTarget)}
              </Fact>
            ) : null}
          </dl>
          <p className="muted forecast-method">
            {summary.iterations.toLocaleString()} iterations, seed {forecast.seed}; dates on the
            first program’s clock.
          </p>
          <PortfolioFinishChart programs={summary.programs} />
          <PortfolioFinishTable programs={summary.programs} targetDate={forecast.targetDate} />
        </section>
      ) : !running && history.data?.length === 0 ? (
        <p className="empty">
          Run a portfolio forecast to see when each program is likely to finish.
        </p>
      ) : null}

      <section className="card forecast-card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ForecastHistory
          items={history.data ?? []}
          selectedId={forecast?.id}
          onSelect={(id) => setSearch({ forecast: id }, { replace: true })}
        />
      </section>

      <UnalignedProgramsCard />

      <section className="card coming-soon" aria-labelledby="coming-heading">
        <span className="coming-soon__tag">Coming soon</span>
        <h2 id="coming-heading">Also coming to the portfolio</h2>
        <ul className="coming-soon__list">
          {PORTFOLIO.planned.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
