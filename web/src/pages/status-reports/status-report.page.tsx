import { useState } from 'react';
import { ReportCompare } from './report-compare';
import { ReportDeliveryForm } from './report-delivery-form';
import { SourceActionItemsCard } from '../action-items/source-action-items-card';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { HEALTH_TONE } from '../../components/badge-tones';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatInstant } from '../../components/format';
import { NotFoundPage } from '../not-found.page';
import { useProgramAccess } from '../program-members/use-program-access';
import { ForecastMovementChart } from './forecast-movement-chart';
import { ReportDraftEditor } from './report-draft-editor';
import { MilestoneBuckets, ReportChanges } from './report-facts-view';
import { HEALTH_WORD, type StatusReport } from './status-report-types';
import './status-report.css';

/** One status report: health and why, milestones, forecast movement, changes; editable while a draft. */
export function StatusReportPage() {
  const { reportId = '' } = useParams();
  const navigate = useNavigate();
  const loaded = useLoad(
    () => unwrap(api.GET('/api/status-reports/{id}', { params: { path: { id: reportId } } })),
    reportId,
  );
  const [saved, setSaved] = useState<StatusReport | null>(null);
  const report = saved && saved.version >= (loaded.data?.version ?? 0) ? saved : loaded.data;
  const access = useProgramAccess(report?.programId ?? '');
  const [confirming, setConfirming] = useState<'publish' | 'delete' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (loaded.problem?.code === 'not_found') return <NotFoundPage />;
  const draft = report?.status === 'draft';

  async function act(run: () => Promise<StatusReport>) {
    setBusy(true);
    setProblem(null);
    try {
      setSaved(await run());
      setConfirming(null);
    } catch (error) {
      setProblem(asProblem(error).message);
    } finally {
      setBusy(false);
    }
  }
  const publish = (r: StatusReport) =>
    act(() =>
      unwrap(
        api.POST('/api/status-reports/{id}/publish', {
          params: { path: { id: r.id } },
          body: { version: r.version },
        }),
      ),
    );
  const refresh = (r: StatusReport) =>
    act(() =>
      unwrap(
        api.POST('/api/status-reports/{id}/refresh', {
          params: { path: { id: r.id } },
          body: { version: r.version },
        }),
      ),
    );

  return (
    <div className="page" data-testid="status-report-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        {report ? <Link to={`/programs/${report.programId}`}>{report.programName}</Link> : null}
        <span aria-hidden="true">/</span>
        {report ? <Link to={`/programs/${report.programId}/reports`}>Status reports</Link> : null}
        <span aria-hidden="true">/</span>
        <span aria-current="page">{report?.title ?? 'Status report'}</span>
      </nav>
      {loaded.problem ? (
        <FormAlert messages={[loaded.problem.message]} onReload={loaded.reload} />
      ) : null}
      {report ? (
        <>
          <header className="page-header">
            <div>
              <h1>{report.title}</h1>
              <p className="page-header__lead">
                {`${formatDate(report.periodStart)} – ${formatDate(report.periodEnd)}. `}
                {report.publishedAt
                  ? `Published ${formatInstant(report.publishedAt)}${report.publishedByName ? ` by ${report.publishedByName}` : ''}.`
                  : `Draft, facts computed ${formatInstant(report.factsComputedAt)}.`}
              </p>
            </div>
            <div className="report-actions">
              <Badge tone={HEALTH_TONE[report.effectiveHealth]} dot>
                <span data-testid="report-health">{HEALTH_WORD[report.effectiveHealth]}</span>
              </Badge>
              <a
                className="button button--small"
                href={`/api/status-reports/${report.id}/export?format=markdown`}
              >
                Markdown
              </a>
              <a
                className="button button--small"
                href={`/api/status-reports/${report.id}/export?format=html`}
              >
                HTML
              </a>
              {draft && access.canEdit ? (
                <>
                  <button
                    type="button"
                    className="button button--small"
                    disabled={busy}
                    onClick={() => void refresh(report)}
                  >
                    Refresh facts
                  </button>
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => setConfirming('publish')}
                  >
                    Publish
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    onClick={() => setConfirming('delete')}
                  >
                    Delete
                  </button>
                </>
              ) : null}
            </div>
          </header>
          {problem ? <FormAlert messages={[problem]} onReload={loaded.reload} /> : null}
          {confirming === 'publish' ? (
            <section
              className="card report-section"
              role="alertdialog"
              aria-label="Publish the report"
            >
              <p>
                Publishing freezes this report: nobody can change it afterwards, and its readers see
                it.
              </p>
              <div className="report-actions">
                <button
                  type="button"
                  className="button"
                  autoFocus
                  onClick={() => setConfirming(null)}
                >
                  Cancel
                </button>
                <button
                  type="button"
                  className="button button--primary"
                  disabled={busy}
                  onClick={() => void publish(report)}
                >
                  Publish the report
                </button>
              </div>
            </section>
          ) : null}
          {confirming === 'delete' ? (
            <DeleteConfirmation
              kind="draft"
              name={report.title}
              consequence="The draft goes; published reports stay."
              onConfirm={async () => {
                await unwrap(
                  api.DELETE('/api/status-reports/{id}', {
                    params: { path: { id: report.id }, query: { version: report.version } },
                  }),
                );
                void navigate(`/programs/${report.programId}/reports`);
              }}
              onCancel={() => setConfirming(null)}
              onReload={loaded.reload}
            />
          ) : null}
          <section className="card report-section" aria-labelledby="health-heading">
            <h2 id="health-heading">Health</h2>
            {report.healthOverride ? (
              <p>{`Set to ${HEALTH_WORD[report.healthOverride.health]} by the TPM (computed ${HEALTH_WORD[report.health]}): ${report.healthOverride.reason}`}</p>
            ) : null}
            <ul className="report-reasons" aria-label="Health reasons">
              {report.facts.healthReasons.map((r) => (
                <li key={r.rule}>
                  <Badge tone={r.level ? HEALTH_TONE[r.level] : 'muted'}>
                    {r.level ? HEALTH_WORD[r.level] : 'Not assessed'}
                  </Badge>{' '}
                  {r.message}
                </li>
              ))}
            </ul>
          </section>
          {draft && access.canEdit ? (
            <ReportDraftEditor key={report.version} report={report} onSaved={setSaved} />
          ) : (
            <section className="card report-section" aria-labelledby="summary-heading">
              <h2 id="summary-heading">Summary</h2>
              <p className="report-text" data-testid="report-summary">
                {report.summary || 'No summary.'}
              </p>
              {report.asks ? (
                <>
                  <h3>Asks</h3>
                  <p className="report-text">{report.asks}</p>
                </>
              ) : null}
            </section>
          )}
          <MilestoneBuckets report={report} />
          <section className="card report-section" aria-labelledby="forecast-heading">
            <h2 id="forecast-heading">Forecast movement</h2>
            <ForecastMovementChart report={report} />
          </section>
          <ReportChanges report={report} />
          <ReportCompare report={report} />
          {access.canEdit ? <ReportDeliveryForm report={report} /> : null}
          <SourceActionItemsCard
            source={{
              programId: report.programId,
              sourceKind: 'status_report',
              sourceId: report.id,
            }}
            canAdd={access.canEdit}
            lead="No action items came out of this report."
          />
        </>
      ) : null}
    </div>
  );
}
