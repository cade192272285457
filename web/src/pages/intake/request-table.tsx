import { Link } from 'react-router';
import { Badge } from '../../components/badge';
import { STATE_LABEL, STATE_TONE, type IntakeRequest } from './intake-types';
import { SlaBadge } from './sla-badge';

/** Requests with their state and first-response clock, oldest first. */
export function RequestTable({
  requests,
  showRequester,
  timeZone,
}: {
  requests: IntakeRequest[];
  showRequester: boolean;
  /** The team calendar's zone: due times are read on the team's clock. */
  timeZone: string;
}) {
  return (
    <div className="table-wrap">
      <table className="table" data-testid="request-table">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Request</th>
            <th scope="col">State</th>
            <th scope="col">First response</th>
            {showRequester ? <th scope="col">Requester</th> : null}
            <th scope="col">Assignee</th>
          </tr>
        </thead>
        <tbody>
          {requests.map((r) => (
            <tr
              key={r.id}
              className={
                r.firstResponse.breached && !r.firstResponseAt ? 'request-row--breached' : undefined
              }
            >
              <td className="nowrap muted">{r.number}</td>
              <td className="table__primary">
                <Link to={`/intake/requests/${r.id}`} className="table__title">
                  {r.title}
                </Link>
                <span className="table__sub">
                  {r.teams.length ? r.teams.join(', ') : 'No teams named'} · via {r.source}
                </span>
              </td>
              <td>
                <Badge tone={STATE_TONE[r.state]}>{STATE_LABEL[r.state]}</Badge>
                {r.waitingOnRequester ? (
                  <span className="table__sub">Waiting on requester</span>
                ) : null}
              </td>
              <td>
                <SlaBadge clock={r.firstResponse} label="First response" timeZone={timeZone} />
              </td>
              {showRequester ? <td className="nowrap">{r.requesterName}</td> : null}
              <td className="nowrap">
                {r.assigneeName ?? <span className="muted">Unassigned</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
