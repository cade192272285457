import { useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { FormAlert } from '../../components/form-alert';
import { useCurrentUser } from '../../session/session-context';
import { HeadcountGapChart } from './headcount-gap-chart';
import { HeadcountRoles } from './headcount-roles';
import { StaffingNeeds } from './staffing-needs';
import { TeamHeader } from './team-tabs';

/** The fiscal year for the director: demand against staff and roles per quarter, the gap as a number and a chart, and the roles. */
export function HeadcountPage() {
  const { user } = useCurrentUser();
  const [fiscalYear, setFiscalYear] = useState<string>();
  const canPlan = user.role === 'admin' || user.role === 'tpm_manager';
  const plan = useLoad(
    () =>
      unwrap(api.GET('/api/headcount', { params: { query: fiscalYear ? { fiscalYear } : {} } })),
    fiscalYear ?? 'current',
  );
  const ladder = useLoad(() => unwrap(api.GET('/api/career-ladder')), 'ladder');
  const people = useLoad(() => unwrap(api.GET('/api/people', {})), 'people');
  // The programs a need may name; only those who plan are offered the choice.
  const programs = useLoad(
    () =>
      canPlan
        ? unwrap(api.GET('/api/programs', { params: { query: { limit: 500, sort: 'name' } } }))
        : Promise.resolve(undefined),
    `programs:${canPlan}`,
  );
  const shown = plan.data?.fiscalYear;
  const year = shown ? Number(shown.slice(2)) : 0;

  return (
    <div className="page">
      <TeamHeader
        title="Headcount plan"
        lead="Roles per quarter against demand: program staffing needs plus accepted intake work."
      />
      {plan.problem ? <FormAlert messages={[plan.problem.message]} onReload={plan.reload} /> : null}
      {plan.data ? (
        <>
          <section className="card chart-card" aria-labelledby="gap-title">
            <div className="card__header">
              <h2 id="gap-title">Demand and supply, {plan.data.fiscalYear}</h2>
              <div className="button-group" role="group" aria-label="Fiscal year">
                {[year - 1, year, year + 1].map((y) => (
                  <button
                    key={y}
                    type="button"
                    className={`button button--small${y === year ? ' button--primary' : ''}`}
                    aria-pressed={y === year}
                    onClick={() => setFiscalYear(`FY${y}`)}
                  >
                    FY{y}
                  </button>
                ))}
              </div>
            </div>
            <dl className="facts" data-testid="headcount-totals">
              <div className="fact">
                <dt>Staff</dt>
                <dd>{plan.data.totals.staffFte} FTE</dd>
              </div>
              <div className="fact">
                <dt>Average demand</dt>
                <dd>{plan.data.totals.demandFte} FTE</dd>
              </div>
              <div className="fact">
                <dt>Peak gap</dt>
                <dd>
                  {plan.data.totals.peakGapFte > 0
                    ? `+${plan.data.totals.peakGapFte}`
                    : plan.data.totals.peakGapFte}{' '}
                  FTE
                </dd>
              </div>
              <div className="fact">
                <dt>Roles</dt>
                <dd>
                  {plan.data.totals.rolesOpen} open · {plan.data.totals.rolesPlanned} planned ·{' '}
                  {plan.data.totals.rolesFilled} filled
                </dd>
              </div>
            </dl>
            <HeadcountGapChart plan={plan.data} />
            <div className="table-wrap">
              <table className="table table--compact" data-testid="headcount-quarters">
                <thead>
                  <tr>
                    <th>Quarter</th>
                    <th>Programs</th>
                    <th>Intake</th>
                    <th>Demand</th>
                    <th>Staff</th>
                    <th>Open</th>
                    <th>Planned</th>
                    <th>Filled</th>
                    <th>Gap</th>
                  </tr>
                </thead>
                <tbody>
                  {plan.data.quarters.map((q) => (
                    <tr key={q.quarter}>
                      <td>{q.quarter}</td>
                      <td>{q.programDemandFte}</td>
                      <td>{q.intakeDemandFte}</td>
                      <td>
                        <b>{q.demandFte}</b>
                      </td>
                      <td>{q.staffFte}</td>
                      <td>{q.openRoles}</td>
                      <td>{q.plannedRoles}</td>
                      <td>{q.filledRoles}</td>
                      <td>
                        <span className={`badge badge--${q.gapFte > 0 ? 'red' : 'green'}`}>
                          {q.gapFte > 0 ? `+${q.gapFte}` : q.gapFte}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
          <HeadcountRoles
            plan={plan.data}
            ladder={ladder.data}
            people={people.data?.items ?? []}
            canPlan={canPlan}
            onChanged={plan.reload}
          />
          <StaffingNeeds
            plan={plan.data}
            programs={programs.data?.items ?? []}
            canPlan={canPlan}
            onChanged={plan.reload}
          />
        </>
      ) : (
        <p className="empty muted" role="status">
          Loading the plan…
        </p>
      )}
    </div>
  );
}
