import { Link, useParams, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { useMoneySight } from '../../api/use-money-sight';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useProgramAccess } from '../program-members/use-program-access';
import { ForecastAccuracySection } from './forecast-accuracy';
import { EstimatesSection } from './estimates-section';
import { ForecastHistory } from './forecast-history';
import { ForecastResults } from './forecast-results';
import { RisksSection } from './risks-section';
import { RunForecastForm } from './run-forecast-form';
import { getForecast, useForecastRun } from './use-forecast-run';

/**
 * A program's Monte Carlo forecast: run one (a background job; its progress
 * polled here), see the finish distribution with its S-curve, the risks'
 * tornado, criticality and milestone P-dates, and the history of past runs.
 */
export function ForecastPage() {
  const { programId = '' } = useParams();
  // What the server lets this person do here: a viewer or non-member sees no edit controls.
  const { canEdit: canWrite } = useProgramAccess(programId);
  const seesMoney = useMoneySight(programId);
  const [search, setSearch] = useSearchParams();
  const chosenId = search.get('forecast') ?? '';

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

  // While a run is queued or running, poll it; when it ends, show it.
  const run = useForecastRun((f) => {
    history.reload();
    if (f.status === 'succeeded') setSearch({ forecast: f.id }, { replace: true });
  });
  const { running, problem: runProblem } = run;

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
              ? 'This program does not exist, was deleted, or is shown to its members only.'
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
            queue={(body) =>
              unwrap(
                api.POST('/api/programs/{id}/forecasts', {
                  params: { path: { id: programId } },
                  body,
                }),
              )
            }
            busy={Boolean(running)}
            onQueued={run.start}
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
        <ForecastResults
          forecast={forecast}
          summary={forecast.result}
          costHidden={seesMoney === false}
        />
      ) : !running && history.data && history.data.length === 0 ? (
        <p className="empty">Run a forecast to see when this program is likely to finish.</p>
      ) : null}

      <RisksSection programId={programId} canWrite={canWrite} />

      <EstimatesSection
        programId={programId}
        canWrite={canWrite}
        costHidden={seesMoney === false}
      />

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
