import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { HEALTH_TONE } from '../../components/badge-tones';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatInstant } from '../../components/format';
import { NotFoundPage } from '../not-found.page';
import { ProgramSlackCard } from './program-slack-card';
import { useProgramAccess } from '../program-members/use-program-access';
import { HEALTH_WORD } from './status-report-types';
import './status-report.css';

/** A program's status reports, newest first, and the button that drafts the next one. */
export function StatusReportsPage() {
  const { programId = '' } = useParams();
  const navigate = useNavigate();
  const access = useProgramAccess(programId);
  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    `program:${programId}`,
  );
  const reports = useLoad(
    () =>
      unwrap(
        api.GET('/api/programs/{id}/status-reports', {
          params: { path: { id: programId }, query: { limit: 100 } },
        }),
      ),
    `reports:${programId}`,
  );
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  if (program.problem?.code === 'not_found') return <NotFoundPage />;

  async function draft() {
    setBusy(true);
    setProblem(null);
    try {
      const report = await unwrap(
        api.POST('/api/programs/{id}/status-reports', {
          params: { path: { id: programId } },
          body: {},
        }),
      );
      void navigate(`/status-reports/${report.id}`);
    } catch (error) {
      setProblem(asProblem(error).message);
      setBusy(false);
    }
  }

  return (
    <div className="page" data-testid="status-reports-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}`}>{program.data?.name ?? 'Program'}</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">Status reports</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>Status reports</h1>
          <p className="page-header__lead">
            Drafted from the live plan, edited, then published: a published report keeps what it
            said.
          </p>
        </div>
        {access.canEdit ? (
          <button type="button" className="button" disabled={busy} onClick={() => void draft()}>
            Draft a report
          </button>
        ) : null}
      </header>
      {problem ? <FormAlert messages={[problem]} /> : null}
      {reports.problem ? (
        <FormAlert messages={[reports.problem.message]} onReload={reports.reload} />
      ) : null}
      {reports.data && reports.data.items.length === 0 ? (
        <p className="empty">No status report yet.</p>
      ) : null}
      {reports.data && reports.data.items.length > 0 ? (
        <section className="card">
          <table className="table" aria-label="Status reports">
            <thead>
              <tr>
                <th>Report</th>
                <th>Period</th>
                <th>Health</th>
                <th>Status</th>
              </tr>
            </thead>
            <tbody>
              {reports.data.items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/status-reports/${r.id}`}>{r.title}</Link>
                  </td>
                  <td>{`${formatDate(r.periodStart)} – ${formatDate(r.periodEnd)}`}</td>
                  <td>
                    <Badge tone={HEALTH_TONE[r.effectiveHealth]} dot>
                      {HEALTH_WORD[r.effectiveHealth]}
                    </Badge>
                  </td>
                  <td>
                    {r.status === 'published' && r.publishedAt
                      ? `Published ${formatInstant(r.publishedAt)}`
                      : 'Draft'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
      {access.canEdit ? <ProgramSlackCard programId={programId} /> : null}
    </div>
  );
}
