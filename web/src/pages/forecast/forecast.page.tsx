import { useEffect, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Forecast } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { ForecastAccuracySection } from './forecast-accuracy';
import { EstimatesSection } from './estimates-section';
import { ForecastHistory } from './forecast-history';
import { ForecastResults } from './forecast-results';
import { RisksSection } from './risks-section';
import { RunForecastForm } from './run-forecast-form';

const POLL_MS = 300;

const getForecast = (id: string) =>
  unwrap(api.GET('/api/forecasts/{id}', { params: { path: { id } } }));

/**
 * A program's Monte Carlo forecast: run one (a background job; its progress
 * polled here), see the finish distribution with its S-curve, the risks'
 * tornado, criticality and milestone P-dates, and the history of past runs.
 */
export function ForecastPage() {
  const { programId = '' } = useParams();
  const { canWrite } = useCurrentUser();
  const [search, setSearch] = useSearchParams();
  const chosenId = search.get('forecast') ?? '';
  const [running, setRunning] = useState<Forecast>();
  const [runProblem, setRunProblem] = useState<string>();

  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    programId,
  );
  const history = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/forecasts', { params: { path: { id: programId } } })).then(
        (r) => r.items,
      ),
    programId,
  );
  const latestSucceeded = history.data?.find((f) => f.status === 'succeeded')?.id ?? '';
  const selectedId = chosenId || latestSucceeded;
  const selected = useLoad(
    () => (selectedId ? getForecast(selectedId) : Promise.resolve(undefined)),
    `forecast:${selectedId}`,
  );

  // While a run is queued or running, poll it; when it ends, show it. The
  // callbacks sit in a ref so that a re-render does not restart the polling.
  const whenDone = useRef({ reloadHistory: history.reload, show: (_id: string) => {} });
  whenDone.current = {
    reloadHistory: history.reload,
    show: (id) => setSearch({ forecast: id }, { replace: true }),
  };
  const runningId = running?.id;
  useEffect(() => {
    if (!runningId) return;
    let stopped = false;
    const timer = setInterval(() => {
      getForecast(runningId)
        .then((f) => {
          if (stopped) return;
          setRunning(f);
          if (f.status === 'succeeded' || f.status === 'failed') {
            stopped = true;
            clearInterval(timer);
            setRunning(undefined);
            if (f.status === 'failed') setRunProblem(f.error ?? 'The forecast failed.');
            whenDone.current.reloadHistory();
            if (f.status === 'succeeded') whenDone.current.show(f.id);
          }
        })
        .catch(() => {});
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [runningId]);

  const name = program.data?.name;
  const breadcrumb = (
    <nav className="breadcrumb" aria-label="Breadcrumb">
      <Link to="/programs">Programs</Link>
      <span aria-hidden="true">/</span>
      <Link to={`/programs/${programId}`}>{name ?? 'Program'}</Link>
      <span aria-hidden="true">/</span>
      <span aria-current="page">Forecast</span>
    </nav>
  );
  if (program.problem) {
    return (
      <div className="page">
        {breadcrumb}
        <FormAlert
          messages={[
            program.problem.code === 'not_found'
              ? 'This program does not exist or was deleted.'
              : program.problem.message,
          ]}
        />
      </div>
    );
  }

  const percent = Math.round((running?.progress ?? 0) * 100);
  const forecast = selected.data;
  return (
    <div className="page forecast-page">
      {breadcrumb}
      <header className="schedule-head">
        <div>
          <h1>{name ?? 'Program'} — Forecast</h1>
          <p className="muted">
            Monte Carlo over the live plan: three-point estimates and the program’s risks.{' '}
            <Link to={`/programs/${programId}/schedule`}>Schedule</Link>
          </p>
        </div>
      </header>

      {canWrite ? (
        <section className="card forecast-run" aria-label="Run">
          <RunForecastForm
            programId={programId}
            busy={Boolean(running)}
            onQueued={(f) => {
              setRunProblem(undefined);
              setRunning(f);
            }}
          />
          {running ? (
            <div className="progress forecast-progress">
              <div
                className="progress__track"
                role="progressbar"
                aria-label="Forecast progress"
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={percent}
                aria-valuetext={`${running.status}, ${percent}%`}
              >
                <div className="progress__fill" style={{ width: `${percent}%` }} />
              </div>
              <span className="progress__text">
                {running.status === 'queued' ? 'Queued' : `${percent}%`}
              </span>
            </div>
          ) : null}
          {runProblem ? <FormAlert messages={[runProblem]} /> : null}
        </section>
      ) : null}

      {forecast?.result ? (
        <ForecastResults forecast={forecast} summary={forecast.result} />
      ) : !running && history.data && history.data.length === 0 ? (
        <p className="empty">Run a forecast to see when this program is likely to finish.</p>
      ) : null}

      <RisksSection programId={programId} canWrite={canWrite} />

      <EstimatesSection programId={programId} canWrite={canWrite} />

      <ForecastAccuracySection programId={programId} />

      <section className="card forecast-card" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <ForecastHistory
          items={history.data ?? []}
          selectedId={forecast?.id}
          onSelect={(id) => setSearch({ forecast: id }, { replace: true })}
        />
      </section>
    </div>
  );
}
