import { Badge } from '../../components/badge';
import { formatDate, formatInstant } from '../../components/format';
import { changeInWords, type PlanNames } from './change-in-words';
import type { ChangeRequest } from './change-request-types';
import {
  CHANGE_REQUEST_STATUS_LABEL,
  CHANGE_REQUEST_STATUS_TONE,
} from './change-request-vocabulary';

/** The request itself: who asked for what and why, its state, and the decision taken. */
export function ChangeRequestSummary({
  request,
  plan,
}: {
  request: ChangeRequest;
  plan: PlanNames;
}) {
  const { decision } = request;
  return (
    <section className="card cr-summary" aria-labelledby="request-heading">
      <h2 id="request-heading">Request</h2>
      <dl className="cr-facts">
        <dt>Status</dt>
        <dd data-testid="cr-status">
          <Badge tone={CHANGE_REQUEST_STATUS_TONE[request.status]}>
            {CHANGE_REQUEST_STATUS_LABEL[request.status]}
          </Badge>
        </dd>
        <dt>Requested by</dt>
        <dd>{request.requestedByName ?? 'Nobody named'}</dd>
        <dt>Raised</dt>
        <dd>{formatInstant(request.createdAt)}</dd>
        <dt>Reason</dt>
        <dd className="cr-text">{request.reason}</dd>
      </dl>
      <h3>Proposed changes</h3>
      {request.changes.length === 0 ? (
        <p className="empty">No change proposed yet.</p>
      ) : (
        <ol className="cr-changes" data-testid="cr-changes">
          {request.changes.map((change, i) => (
            <li key={i}>{changeInWords(change, plan)}</li>
          ))}
        </ol>
      )}
      {decision ? (
        <div className="cr-decided" data-testid="cr-decision">
          <h3>Decision</h3>
          <p>
            {`${CHANGE_REQUEST_STATUS_LABEL[decision.outcome]} on ${formatInstant(decision.decidedAt)}`}
            {decision.deferredUntil ? `, until ${formatDate(decision.deferredUntil)}` : ''}.
          </p>
          <p className="cr-text">{decision.reason}</p>
          {request.baselineId ? (
            <p className="cr-muted">{`The plan as it was is kept as the baseline “before ${request.label}”.`}</p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
