import { useState } from 'react';
import { Link } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatInstant } from '../../components/format';
import { SelectField, VocabularyOptions } from '../../components/select-field';
import type { ChangeRequestStatus } from '../change-requests/change-request-types';
import {
  CHANGE_REQUEST_STATUS_LABEL,
  CHANGE_REQUEST_STATUS_TONE,
  formatWorkingDayDelta,
} from '../change-requests/change-request-vocabulary';
import { useProgramAccess } from '../program-members/use-program-access';
import { ChangeRequestForm } from './change-request-form';
import type { GovernanceScope } from './governance-scope';
import '../change-requests/change-request.css';
import './raid-log.css';

const STATUSES = Object.keys(CHANGE_REQUEST_STATUS_LABEL) as ChangeRequestStatus[];

/**
 * One program's change requests, newest first, and a form to raise one. The API lists
 * them per program only, so the portfolio scope shows no such section.
 */
export function ChangeRequestsSection({ scope }: { scope: GovernanceScope }) {
  if (!scope.programId) return null;
  return <ProgramChangeRequests programId={scope.programId} />;
}

function ProgramChangeRequests({ programId }: { programId: string }) {
  const access = useProgramAccess(programId);
  const [status, setStatus] = useState<ChangeRequestStatus | ''>('');
  const [adding, setAdding] = useState(false);
  const list = useLoad(
    () =>
      unwrap(
        api.GET('/api/programs/{id}/change-requests', {
          params: { path: { id: programId }, query: status ? { status } : {} },
        }),
      ).then((r) => r.items),
    `change-requests:${programId}:${status}`,
  );
  return (
    <section
      className="card raid-section"
      aria-labelledby="change-requests-heading"
      data-testid="change-requests-section"
    >
      <div className="raid-section__head">
        <h2 id="change-requests-heading">Change requests</h2>
        {access.canEdit && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Raise change request
          </button>
        ) : null}
      </div>
      <div className="toolbar raid-filters" role="group" aria-label="Filter change requests">
        <SelectField
          label="Status"
          name="change-request-status"
          value={status}
          onChange={setStatus}
          emptyLabel="Any status"
        >
          <VocabularyOptions values={STATUSES} labels={CHANGE_REQUEST_STATUS_LABEL} />
        </SelectField>
      </div>
      {adding ? (
        <ChangeRequestForm programId={programId} onCancel={() => setAdding(false)} />
      ) : null}
      {list.problem ? <FormAlert messages={[list.problem.message]} onReload={list.reload} /> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table" aria-label="Change requests">
          <thead>
            <tr>
              <th>Request</th>
              <th>Title</th>
              <th>Status</th>
              <th>Finish</th>
              <th>Raised</th>
            </tr>
          </thead>
          <tbody>
            {list.data.map((cr) => (
              <tr key={cr.id} data-testid="change-request-row">
                <td>
                  <Link to={`/programs/${programId}/change-requests/${cr.id}`}>{cr.label}</Link>
                </td>
                <td>
                  {cr.title}
                  {cr.requestedByName ? (
                    <div className="raid-detail">{`Requested by ${cr.requestedByName}`}</div>
                  ) : null}
                </td>
                <td>
                  <Badge tone={CHANGE_REQUEST_STATUS_TONE[cr.status]}>
                    {CHANGE_REQUEST_STATUS_LABEL[cr.status]}
                  </Badge>
                </td>
                <td
                  className={
                    cr.impact && cr.impact.finishDeltaWorkingDays > 0 ? 'cr-later' : undefined
                  }
                >
                  {cr.impact ? formatWorkingDayDelta(cr.impact.finishDeltaWorkingDays) : '—'}
                </td>
                <td>{formatInstant(cr.createdAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : list.data ? (
        <p className="empty">{`No change requests${status ? ' in this state' : ''}.`}</p>
      ) : null}
    </section>
  );
}
