import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { NotFoundPage } from '../not-found.page';
import { useProgramAccess } from '../program-members/use-program-access';
import { ChangeRequestActions } from './change-request-actions';
import { ChangeRequestSummary } from './change-request-summary';
import type { PlanNames } from './change-in-words';
import { ImpactPanel } from './impact-panel';
import './change-request.css';

/**
 * One change request: what it proposes, what it would do to the plan (computed on a
 * copy, recomputed on read when the plan moved), and the decision taken on it.
 */
export function ChangeRequestPage() {
  const { programId = '', changeRequestId = '' } = useParams();
  const navigate = useNavigate();
  const access = useProgramAccess(programId);
  const request = useLoad(
    () =>
      unwrap(api.GET('/api/change-requests/{id}', { params: { path: { id: changeRequestId } } })),
    changeRequestId,
  );
  const program = useLoad(
    () => unwrap(api.GET('/api/programs/{id}', { params: { path: { id: programId } } })),
    `program:${programId}`,
  );
  const plan = useLoad(
    () => unwrap(api.GET('/api/programs/{id}/plan', { params: { path: { id: programId } } })),
    `plan:${programId}:${request.data?.version ?? 0}:${request.data?.status ?? ''}`,
  );
  const [deleting, setDeleting] = useState(false);

  if (request.problem?.code === 'not_found' || program.problem?.code === 'not_found')
    return <NotFoundPage />;
  const cr = request.data;
  const names = new Map<string, string>();
  for (const t of plan.data?.tasks ?? []) names.set(t.id, t.name);
  for (const m of plan.data?.milestones ?? []) names.set(m.id, m.name);
  const planNames: PlanNames = {
    itemName: (id) => names.get(id) ?? 'a removed item',
    estimateOf: (id) => plan.data?.tasks.find((t) => t.id === id)?.estimateHours,
    currency: program.data?.currency ?? 'USD',
  };
  const open = cr ? cr.status === 'draft' || cr.status === 'submitted' : false;

  return (
    <div className="page" data-testid="change-request-page">
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <Link to="/programs">Programs</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}`}>{program.data?.name ?? 'Program'}</Link>
        <span aria-hidden="true">/</span>
        <Link to={`/programs/${programId}/governance`}>Governance</Link>
        <span aria-hidden="true">/</span>
        <span aria-current="page">{cr?.label ?? 'Change request'}</span>
      </nav>
      <header className="page-header">
        <div>
          <h1>{cr ? `${cr.label}: ${cr.title}` : 'Change request'}</h1>
          <p className="page-header__lead">
            What this change would do to the plan, computed on a copy before anyone decides.
          </p>
        </div>
        {cr && access.canEdit && open && !deleting ? (
          <button
            type="button"
            className="button button--small button--danger"
            onClick={() => setDeleting(true)}
          >
            Delete
          </button>
        ) : null}
      </header>
      {request.problem ? (
        <FormAlert messages={[request.problem.message]} onReload={request.reload} />
      ) : null}
      {cr && deleting ? (
        <DeleteConfirmation
          kind="change request"
          name={`${cr.label} ${cr.title}`}
          consequence="The plan is not touched; the request's history stays in the audit log."
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/change-requests/{id}', {
                params: { path: { id: cr.id }, query: { version: cr.version } },
              }),
            );
            void navigate(`/programs/${programId}/governance`);
          }}
          onCancel={() => setDeleting(false)}
          onReload={request.reload}
        />
      ) : null}
      {cr ? (
        <>
          <ChangeRequestSummary request={cr} plan={planNames} />
          {access.canEdit ? (
            <ChangeRequestActions
              request={cr}
              reading={request.loading}
              onChanged={request.reload}
            />
          ) : null}
          {cr.impact ? (
            <ImpactPanel
              impact={cr.impact}
              label={cr.label}
              currency={program.data?.currency ?? 'USD'}
              canSeeMoney={access.known ? access.canSeeMoney : undefined}
            />
          ) : (
            <p className="empty">The impact has not been computed.</p>
          )}
        </>
      ) : null}
    </div>
  );
}
