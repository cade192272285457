import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge, type BadgeTone } from '../../components/badge';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { useCurrentUser } from '../../session/session-context';
import { useProgramAccess } from '../program-members/use-program-access';
import { DecisionDecideForm } from './decision-decide-form';
import { DecisionForm } from './decision-form';
import { DecisionOptionsTable } from './decision-options-table';
import { DecisionSupersedeForm } from './decision-supersede-form';
import type { Decision } from './decision-types';
import type { GovernanceScope } from './governance-scope';
import './decisions.css';

const STATUS_TONE: Record<Decision['status'], BadgeTone> = {
  proposed: 'violet',
  decided: 'green',
  superseded: 'muted',
};

/** What is open under a row: its details, or one of its forms. */
type Open = { id: string; what: 'details' | 'edit' | 'decide' | 'supersede' | 'delete' };

/** The decision log of the scope: one program's, or every visible program's and the portfolio's. */
export function DecisionsSection({ scope }: { scope: GovernanceScope }) {
  return scope.programId ? (
    <ProgramDecisions programId={scope.programId} />
  ) : (
    <PortfolioDecisions />
  );
}

function ProgramDecisions({ programId }: { programId: string }) {
  const { canEdit } = useProgramAccess(programId);
  return <DecisionLog programId={programId} mayPropose={canEdit} mayChange={() => canEdit} />;
}

/** Portfolio decisions are TPM managers' and admins'; they also change every program's. */
function PortfolioDecisions() {
  const { user } = useCurrentUser();
  const manager = user.role === 'admin' || user.role === 'tpm_manager';
  return <DecisionLog mayPropose={manager} mayChange={() => manager} />;
}

function DecisionLog({
  programId,
  mayPropose,
  mayChange,
}: {
  programId?: string;
  mayPropose: boolean;
  mayChange(decision: Decision): boolean;
}) {
  const decisions = useLoad(
    () =>
      (programId
        ? unwrap(api.GET('/api/programs/{id}/decisions', { params: { path: { id: programId } } }))
        : unwrap(api.GET('/api/decisions'))
      ).then((r) => r.items),
    `decisions:${programId ?? 'portfolio'}`,
  );
  const [proposing, setProposing] = useState(false);
  const [open, setOpen] = useState<Open>();
  const portfolio = programId === undefined;
  const columns = portfolio ? 7 : 6;
  const items = decisions.data ?? [];
  const close = (saved: boolean) => {
    setOpen(undefined);
    if (saved) decisions.reload();
  };
  const toggle = (id: string, what: Open['what']) =>
    setOpen(open?.id === id && open.what === what ? undefined : { id, what });

  return (
    <section className="card decisions-section" aria-labelledby="decisions-heading">
      <div className="decisions-section__head">
        <h2 id="decisions-heading">Decisions</h2>
        {mayPropose && !proposing ? (
          <button type="button" className="button button--small" onClick={() => setProposing(true)}>
            {portfolio ? 'Propose a portfolio decision' : 'Propose a decision'}
          </button>
        ) : null}
      </div>
      {proposing ? (
        <DecisionForm
          programId={programId}
          onDone={(saved) => {
            setProposing(false);
            if (saved) decisions.reload();
          }}
          onReload={decisions.reload}
        />
      ) : null}
      {decisions.problem ? (
        <FormAlert messages={[decisions.problem.message]} onReload={decisions.reload} />
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table" aria-label="Decisions">
            <thead>
              <tr>
                <th scope="col">Decision</th>
                {portfolio ? <th scope="col">Program</th> : null}
                <th scope="col">Status</th>
                <th scope="col">Needed by</th>
                <th scope="col">Decided</th>
                <th scope="col">Options</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((d) => (
                <Fragment key={`${d.id}:${d.version}`}>
                  <tr data-testid="decision-row" data-status={d.status}>
                    <td>
                      <button
                        type="button"
                        className="link-button"
                        aria-expanded={open?.id === d.id && open.what === 'details'}
                        onClick={() => toggle(d.id, 'details')}
                      >
                        {d.title}
                      </button>
                    </td>
                    {portfolio ? <td>{d.programName ?? 'Portfolio'}</td> : null}
                    <td>
                      <Badge tone={STATUS_TONE[d.status]}>{d.status}</Badge>
                      {d.overdue ? (
                        <>
                          {' '}
                          <Badge tone="red">Overdue</Badge>
                        </>
                      ) : null}
                    </td>
                    <td>{formatDate(d.neededBy)}</td>
                    <td>
                      {d.decidedOn
                        ? `${formatDate(d.decidedOn)}${d.decidedByName ? ` by ${d.decidedByName}` : ''}`
                        : '—'}
                    </td>
                    <td className="numeric">{d.options.length}</td>
                    <td className="table__actions">
                      {mayChange(d) ? (
                        <DecisionActions decision={d} onChoose={(what) => toggle(d.id, what)} />
                      ) : null}
                    </td>
                  </tr>
                  {open?.id === d.id ? (
                    <tr className="table__editing">
                      <td colSpan={columns}>
                        <OpenRow
                          open={open}
                          decision={d}
                          candidates={items.filter(
                            (c) =>
                              c.id !== d.id &&
                              (c.programId === null || c.programId === d.programId),
                          )}
                          onDone={close}
                          onReload={decisions.reload}
                        />
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : decisions.data ? (
        <p className="empty">No decisions logged yet.</p>
      ) : null}
    </section>
  );
}

function DecisionActions({
  decision,
  onChoose,
}: {
  decision: Decision;
  onChoose(what: Open['what']): void;
}) {
  const button = (what: Open['what'], label: string) => (
    <button
      type="button"
      className="link-button"
      aria-label={`${label} ${decision.title}`}
      onClick={() => onChoose(what)}
    >
      {label}
    </button>
  );
  return (
    <span className="decisions-section__actions">
      {decision.status === 'proposed' ? button('decide', 'Decide') : null}
      {decision.status !== 'superseded' ? button('supersede', 'Supersede') : null}
      {button('edit', 'Edit')}
      {button('delete', 'Delete')}
    </span>
  );
}

function OpenRow({
  open,
  decision,
  candidates,
  onDone,
  onReload,
}: {
  open: Open;
  decision: Decision;
  candidates: Decision[];
  onDone(saved: boolean): void;
  onReload(): void;
}) {
  switch (open.what) {
    case 'edit':
      return (
        <DecisionForm
          programId={decision.programId ?? undefined}
          decision={decision}
          onDone={onDone}
          onReload={onReload}
        />
      );
    case 'decide':
      return <DecisionDecideForm decision={decision} onDone={onDone} onReload={onReload} />;
    case 'supersede':
      return (
        <DecisionSupersedeForm
          decision={decision}
          candidates={candidates}
          onDone={onDone}
          onReload={onReload}
        />
      );
    case 'delete':
      return (
        <DeleteConfirmation
          kind="decision"
          name={decision.title}
          consequence="Its options and links to risks go with it; the risks stay."
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/decisions/{id}', {
                params: { path: { id: decision.id }, query: { version: decision.version } },
              }),
            );
            onDone(true);
          }}
          onCancel={() => onDone(false)}
          onReload={onReload}
        />
      );
    case 'details':
      return <DecisionDetails decision={decision} />;
  }
}

function DecisionDetails({ decision }: { decision: Decision }) {
  return (
    <div className="decision-details" data-testid="decision-details">
      {decision.context ? <p className="decision-details__context">{decision.context}</p> : null}
      <DecisionOptionsTable
        title={decision.title}
        options={decision.options}
        chosen={decision.chosenOption}
      />
      {decision.decision ? (
        <p>
          <strong>Decided: </strong>
          {decision.decision}
        </p>
      ) : null}
      {decision.supersededBy ? (
        <p>
          <strong>Superseded by: </strong>
          {decision.supersededBy.title}
        </p>
      ) : null}
      {decision.supersedes.length > 0 ? (
        <p>{`Supersedes ${decision.supersedes.length} earlier decision${decision.supersedes.length === 1 ? '' : 's'}.`}</p>
      ) : null}
    </div>
  );
}
