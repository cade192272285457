import { Link, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate, formatInstantIn } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { eventLabel, SIZE_LABEL, STATE_LABEL, STATE_TONE } from './intake-types';
import { RoutingPanel } from './routing-panel';
import { SlaBadge } from './sla-badge';
import { TriageActions } from './triage-actions';
import './intake.css';

/** One request: what was asked, both SLA clocks, triage, routing and the history the requester also sees. */
export function RequestDetailPage() {
  const { requestId = '' } = useParams();
  const { user, canWrite } = useCurrentUser();
  const template = useLoad(() => unwrap(api.GET('/api/request-template')), 'template');
  const detail = useLoad(
    () => unwrap(api.GET('/api/requests/{id}', { params: { path: { id: requestId } } })),
    requestId,
  );
  if (detail.problem && !detail.data)
    return <FormAlert messages={[detail.problem.message]} onReload={detail.reload} />;
  if (!detail.data)
    return (
      <p className="empty muted" role="status">
        Loading the request…
      </p>
    );
  const { request: r, events, routing } = detail.data;
  const timeZone = template.data?.calendar.timeZone ?? 'America/Los_Angeles';
  const canAssign = user.role === 'tpm_manager' || user.role === 'admin';

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <p className="muted">
            <Link to="/intake">Intake</Link> / Request #{r.number}
          </p>
          <h1>{r.title}</h1>
          <p className="page-header__lead">
            <Badge tone={STATE_TONE[r.state]}>{STATE_LABEL[r.state]}</Badge> from {r.requesterName}{' '}
            via {r.source}
            {r.assigneeName ? ` · picked up by ${r.assigneeName}` : ''}
            {r.stateReason ? ` · ${r.stateReason}` : ''}
            {r.deferredUntil ? ` (until ${formatDate(r.deferredUntil)})` : ''}
          </p>
        </div>
        {r.programId ? (
          <Link className="button" to={`/programs/${r.programId}`}>
            Open the program
          </Link>
        ) : null}
      </header>
      {detail.problem ? (
        <FormAlert messages={[detail.problem.message]} onReload={detail.reload} />
      ) : null}

      <div className="request-grid">
        <div className="request-column">
          <section className="card" aria-labelledby="request-text-title">
            <div className="card__header">
              <h2 id="request-text-title">The request</h2>
            </div>
            <dl className="request-text">
              <dt>Problem</dt>
              <dd>{r.problem || '—'}</dd>
              <dt>Desired outcome</dt>
              <dd>{r.desiredOutcome || '—'}</dd>
              <dt>Why it matters</dt>
              <dd>{r.businessValue || '—'}</dd>
              <dt>Teams and functions</dt>
              <dd>{r.teams.join(', ') || '—'}</dd>
              <dt>Deadline · size</dt>
              <dd>
                {formatDate(r.deadline)} · {SIZE_LABEL[r.sizeGuess]}
              </dd>
              {r.links.length ? (
                <>
                  <dt>Links</dt>
                  <dd>
                    {r.links.map((l) => (
                      <div key={l}>
                        <a href={l} rel="noreferrer">
                          {l}
                        </a>
                      </div>
                    ))}
                  </dd>
                </>
              ) : null}
              {r.gitlabIssueUrl ? (
                <>
                  <dt>GitLab issue</dt>
                  <dd>
                    <a href={r.gitlabIssueUrl} rel="noreferrer">
                      {r.gitlabIssueUrl}
                    </a>{' '}
                    ({r.gitlabIssueState})
                  </dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="card" aria-labelledby="history-title">
            <div className="card__header">
              <h2 id="history-title">History</h2>
            </div>
            <ol className="history">
              {events.map((e, i) => (
                <li key={i} className="history__item">
                  <span className="history__when">{formatInstantIn(e.at)}</span>
                  <span>
                    <strong>{e.actorName}</strong> {eventLabel(e.kind)}
                    {e.note ? ` — ${e.note}` : ''}
                  </span>
                </li>
              ))}
            </ol>
          </section>
        </div>
        <div className="request-column">
          <section className="card" aria-labelledby="clocks-title">
            <div className="card__header">
              <h2 id="clocks-title">SLA clocks</h2>
            </div>
            <div className="clocks">
              <div>
                <div className="clock__title">
                  First response ({r.firstResponse.targetHours} working h)
                </div>
                <SlaBadge clock={r.firstResponse} label="First response" timeZone={timeZone} />
              </div>
              <div>
                <div className="clock__title">
                  Triage decision ({r.triage.targetHours} working h)
                </div>
                <SlaBadge clock={r.triage} label="Triage" timeZone={timeZone} />
              </div>
            </div>
          </section>
          {canWrite ? (
            <section className="card" aria-labelledby="triage-title">
              <div className="card__header">
                <h2 id="triage-title">Triage</h2>
              </div>
              <TriageActions request={r} onChanged={detail.reload} />
            </section>
          ) : null}
          {canWrite ? (
            <RoutingPanel
              request={r}
              routing={routing}
              canAssign={canAssign}
              onChanged={detail.reload}
            />
          ) : null}
        </div>
      </div>
    </div>
  );
}
