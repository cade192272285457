import { useNavigate, useSearchParams } from 'react-router';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { RequestTable } from './request-table';
import { SlaOverview } from './sla-overview';
import { NotificationsCard } from './notifications-card';
import { SubmitRequestForm } from './submit-request-form';
import { TemplateForm } from './template-form';
import './intake.css';

type View = 'queue' | 'mine' | 'new' | 'template';

/** The queue (TPMs), my requests (everyone), and the submit form, as three views of one page. */
export function IntakePage() {
  const { user, canWrite } = useCurrentUser();
  const isManager = user.role === 'tpm_manager' || user.role === 'admin';
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const requested = params.get('view') as View | null;
  const view: View =
    requested === 'new' ||
    requested === 'mine' ||
    (requested === 'queue' && canWrite) ||
    (requested === 'template' && isManager)
      ? requested
      : canWrite
        ? 'queue'
        : 'mine';
  const template = useLoad(() => unwrap(api.GET('/api/request-template')), 'template');
  const list = useLoad(
    () =>
      unwrap(
        api.GET('/api/requests', {
          params: {
            query: view === 'queue' ? { scope: 'queue' } : { scope: 'mine', state: 'all' },
          },
        }),
      ),
    view,
  );
  const show = (next: View) =>
    setParams(next === (canWrite ? 'queue' : 'mine') ? {} : { view: next }, { replace: true });
  const views: [View, string][] = [
    ...(canWrite ? ([['queue', 'Triage queue']] as [View, string][]) : []),
    ['mine', 'My requests'],
    ['new', 'Submit a request'],
    ...(isManager ? ([['template', 'Template']] as [View, string][]) : []),
  ];

  return (
    <div className="page">
      <header className="page-header">
        <div>
          <h1>Intake</h1>
          <p className="page-header__lead">
            Requests for program support. First response within{' '}
            {template.data
              ? `${template.data.firstResponseHours} working hours`
              : 'one working day'}
            .
          </p>
        </div>
        <div className="segmented" role="tablist" aria-label="Intake views">
          {views.map(([id, label]) => (
            <button
              key={id}
              type="button"
              role="tab"
              aria-selected={view === id}
              className={`segmented__option${view === id ? ' is-active' : ''}`}
              onClick={() => show(id)}
            >
              {label}
            </button>
          ))}
        </div>
      </header>

      {view !== 'new' && view !== 'template' ? <NotificationsCard /> : null}
      {view === 'template' ? (
        template.data ? (
          <TemplateForm
            key={template.data.version}
            template={template.data}
            onSaved={() => {
              template.reload();
              show('queue');
            }}
            onCancel={() => show('queue')}
          />
        ) : null
      ) : view === 'new' ? (
        template.data ? (
          <SubmitRequestForm
            template={template.data}
            onSubmitted={(r) => navigate(`/intake/requests/${r.id}`)}
            onCancel={() => show('mine')}
          />
        ) : (
          <p className="empty muted" role="status">
            Loading the template…
          </p>
        )
      ) : (
        <>
          {view === 'queue' && list.data && list.data.items.length > 0 ? (
            <SlaOverview requests={list.data.items} />
          ) : null}
          <section className="card card--flush" aria-labelledby="request-list-title">
            <div className="card__header card__header--padded">
              <h2 id="request-list-title">
                {view === 'queue' ? 'Open requests, oldest first' : 'Requests you submitted'}
              </h2>
            </div>
            {list.problem ? (
              <FormAlert messages={[list.problem.message]} onReload={list.reload} />
            ) : null}
            {list.data && list.data.items.length > 0 ? (
              <RequestTable
                requests={list.data.items}
                showRequester={view === 'queue'}
                timeZone={template.data?.calendar.timeZone ?? 'America/Los_Angeles'}
              />
            ) : list.data ? (
              <div className="empty">
                <p>
                  {view === 'queue'
                    ? 'The queue is empty.'
                    : 'You have not submitted a request yet.'}
                </p>
              </div>
            ) : (
              <p className="empty muted" role="status">
                Loading requests…
              </p>
            )}
          </section>
        </>
      )}
    </div>
  );
}
