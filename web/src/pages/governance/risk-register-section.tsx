import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { useProgramAccess } from '../program-members/use-program-access';
import type { GovernanceScope } from './governance-scope';
import { RiskHeatMap } from './risk-heat-map';
import { RiskOccurredNotice } from './risk-occurred-notice';
import { RiskRegisterForm } from './risk-register-form';
import {
  RISK_STATUSES,
  scoreBand,
  STATUS_LABELS,
  type RegisterRisk,
  type RiskCell,
} from './risk-register-types';
import './risk-register.css';

/** The risk register of the scope; whether the reader may edit decides the buttons. */
export function RiskRegisterSection({ scope }: { scope: GovernanceScope }) {
  return scope.programId ? (
    <ProgramRiskRegister programId={scope.programId} />
  ) : (
    <PortfolioRiskRegister />
  );
}

function ProgramRiskRegister({ programId }: { programId: string }) {
  const { canEdit } = useProgramAccess(programId);
  return <RiskRegister programId={programId} canWrite={canEdit} />;
}

function PortfolioRiskRegister() {
  // The server still checks each program: a refusal shows in the form.
  const { canWrite } = useCurrentUser();
  return <RiskRegister canWrite={canWrite} />;
}

/** Statuses a filter can choose: each one, or the two that feed the forecast. */
const STATUS_FILTERS: readonly (readonly [string, string])[] = [
  ['', 'Every status'],
  ['open,mitigating', 'Open and mitigating'],
  ...RISK_STATUSES.map((s) => [s, STATUS_LABELS[s]] as const),
];

/**
 * The risks (the R of RAID): a 5×5 heat map of likelihood × impact (a click on a
 * cell narrows the list to it), the list with its filters, and the form to add or
 * edit every field. Open and mitigating risks feed the forecast.
 */
function RiskRegister({ programId, canWrite }: { programId?: string; canWrite: boolean }) {
  const [status, setStatus] = useState('');
  const [ownerId, setOwnerId] = useState('');
  const [cell, setCell] = useState<RiskCell | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [occurred, setOccurred] = useState<RegisterRisk>();
  const query = { ...(status ? { status } : {}), ...(ownerId ? { ownerId } : {}) };
  const risks = useLoad(
    () =>
      unwrap(
        programId
          ? api.GET('/api/programs/{id}/risks', { params: { path: { id: programId }, query } })
          : api.GET('/api/risks', { params: { query } }),
      ).then((r) => r.items),
    `risks:${programId ?? 'portfolio'}:${status}:${ownerId}`,
  );
  const users = useLoad(() => unwrap(api.GET('/api/users')).then((r) => r.items), 'users');
  const programs = useLoad(
    () =>
      programId
        ? Promise.resolve([])
        : unwrap(
            api.GET('/api/programs', { params: { query: { limit: 500, sort: 'name' } } }),
          ).then((r) => r.items),
    `risk-programs:${programId ?? ''}`,
  );
  const all = risks.data ?? [];
  const shown = cell
    ? all.filter((r) => r.likelihood === cell.likelihood && r.impact === cell.impact)
    : all;
  const portfolio = !programId;

  function saved(risk: RegisterRisk | null, before?: RegisterRisk) {
    setAdding(false);
    setEditing(undefined);
    if (!risk) return;
    if (risk.status === 'occurred' && before?.status !== 'occurred') setOccurred(risk);
    risks.reload();
  }

  const form = (risk?: RegisterRisk) => (
    <RiskRegisterForm
      {...(programId ? { programId } : {})}
      programs={programs.data ?? []}
      users={users.data ?? []}
      {...(risk ? { risk } : {})}
      onDone={(result) => saved(result, risk)}
      onReload={risks.reload}
    />
  );

  return (
    <section className="card risk-register" aria-labelledby="risk-register-heading" id="risks">
      <div className="risk-register__head">
        <h2 id="risk-register-heading">Risks</h2>
        {canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add risk
          </button>
        ) : null}
      </div>
      <p className="risk-register__lead">
        Likelihood comes from the probability; score = likelihood × impact. Open and mitigating
        risks feed the forecast; occurred and closed ones do not.
      </p>
      {adding ? form() : null}
      {occurred ? (
        <RiskOccurredNotice risk={occurred} onDismiss={() => setOccurred(undefined)} />
      ) : null}
      {risks.problem ? (
        <FormAlert messages={[risks.problem.message]} onReload={risks.reload} />
      ) : null}
      <div className="risk-register__body">
        <RiskHeatMap risks={all} selected={cell} onSelect={setCell} />
        <div className="risk-register__list">
          <div className="risk-register__filters" role="group" aria-label="Filter risks">
            <label>
              Status{' '}
              <select
                value={status}
                onChange={(e) => setStatus(e.target.value)}
                aria-label="Status filter"
              >
                {STATUS_FILTERS.map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Owner{' '}
              <select
                value={ownerId}
                onChange={(e) => setOwnerId(e.target.value)}
                aria-label="Owner filter"
              >
                <option value="">Anyone</option>
                {(users.data ?? []).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
            {cell ? (
              <button
                type="button"
                className="link-button"
                onClick={() => setCell(null)}
                data-testid="risk-cell-filter"
              >
                {`Likelihood ${cell.likelihood} × impact ${cell.impact} — show all`}
              </button>
            ) : null}
          </div>
          {shown.length > 0 ? (
            <table className="table" aria-label="Risk register">
              <thead>
                <tr>
                  {portfolio ? <th>Program</th> : null}
                  <th>Risk</th>
                  <th>Owner</th>
                  <th>Status</th>
                  <th className="numeric">Score</th>
                  <th>Response</th>
                  <th>Mitigation due</th>
                  <th>Review</th>
                  {canWrite ? <th /> : null}
                </tr>
              </thead>
              <tbody>
                {shown.map((r) => (
                  <Fragment key={`${r.id}:${r.version}`}>
                    <tr data-risk-id={r.id}>
                      {portfolio ? <td>{r.programName}</td> : null}
                      <td>{r.title}</td>
                      <td>{r.ownerName ?? '—'}</td>
                      <td>
                        <span className={`risk-status risk-status--${r.status}`}>
                          {STATUS_LABELS[r.status]}
                        </span>
                      </td>
                      <td className="numeric">
                        <span
                          className={`risk-score risk-score--${scoreBand(r.score)}`}
                          title={`Likelihood ${r.likelihood} × impact ${r.impact}`}
                        >
                          {r.score}
                        </span>
                      </td>
                      <td>{r.response ?? '—'}</td>
                      <td>{r.mitigationDueDate ? formatDate(r.mitigationDueDate) : '—'}</td>
                      <td>{r.reviewDate ? formatDate(r.reviewDate) : '—'}</td>
                      {canWrite ? (
                        <td className="table__actions">
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setEditing(r.id)}
                            aria-label={`Edit risk ${r.title}`}
                          >
                            Edit
                          </button>{' '}
                          <button
                            type="button"
                            className="link-button"
                            onClick={() => setDeleting(r.id)}
                            aria-label={`Delete risk ${r.title}`}
                          >
                            Delete
                          </button>
                        </td>
                      ) : null}
                    </tr>
                    {editing === r.id || deleting === r.id ? (
                      <tr className="team-editor-row">
                        <td colSpan={portfolio ? 9 : 8}>
                          {editing === r.id ? form(r) : null}
                          {deleting === r.id ? (
                            <DeleteConfirmation
                              kind="risk"
                              name={r.title}
                              consequence="Its forecasts will no longer draw it; its history stays in the audit log."
                              onConfirm={async () => {
                                await unwrap(
                                  api.DELETE('/api/risks/{id}', {
                                    params: { path: { id: r.id }, query: { version: r.version } },
                                  }),
                                );
                                setDeleting(undefined);
                                risks.reload();
                              }}
                              onCancel={() => setDeleting(undefined)}
                              onReload={risks.reload}
                            />
                          ) : null}
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                ))}
              </tbody>
            </table>
          ) : risks.data ? (
            <p className="empty">{all.length ? 'No risk in this cell.' : 'No risks match.'}</p>
          ) : null}
        </div>
      </div>
    </section>
  );
}
