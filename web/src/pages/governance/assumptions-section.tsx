import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, asProblem, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { AssumptionForm } from './assumption-form';
import type { GovernanceScope } from './governance-scope';
import { RaidEditorRow } from './raid-editor-row';
import { RaidRowActions } from './raid-row-actions';
import type { Assumption, RiskCreate } from './raid-types';
import {
  ASSUMPTION_STATUS_LABEL,
  ASSUMPTION_STATUS_TONE,
  ASSUMPTION_STATUSES,
} from './raid-vocabulary';
import { announceRaidChange, useRaidReferences } from './use-raid-references';
import './raid-log.css';

/**
 * The RAID log's assumptions: one program's (editable by its writers) or every visible
 * program's. An invalid assumption offers to raise an issue or a risk from its statement.
 */
export function AssumptionsSection({ scope }: { scope: GovernanceScope }) {
  const { programId } = scope;
  const refs = useRaidReferences(programId);
  const [status, setStatus] = useState<Assumption['status'] | ''>('');
  const [ownerId, setOwnerId] = useState('');
  const query = { ...(status ? { status } : {}), ...(ownerId ? { ownerId } : {}) };
  const list = useLoad(
    () =>
      (programId
        ? unwrap(
            api.GET('/api/programs/{id}/assumptions', {
              params: { path: { id: programId }, query },
            }),
          )
        : unwrap(api.GET('/api/assumptions', { params: { query } }))
      ).then((r) => r.items),
    `assumptions:${programId ?? 'portfolio'}:${status}:${ownerId}`,
  );
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const [said, setSaid] = useState<{ text: string; problem: boolean }>();

  async function raise(a: Assumption, kind: 'issue' | 'risk') {
    setSaid(undefined);
    const title = a.statement.slice(0, 300);
    const params = { params: { path: { id: a.programId } } };
    try {
      if (kind === 'issue')
        await unwrap(api.POST('/api/programs/{id}/issues', { ...params, body: { title } }));
      // The risk register takes a bare title (the rest is filled in on the risk).
      else
        await unwrap(
          api.POST('/api/programs/{id}/risks', { ...params, body: { title } as RiskCreate }),
        );
      setSaid({ text: `Raised ${kind} “${title}”.`, problem: false });
      announceRaidChange();
      list.reload();
    } catch (error) {
      setSaid({ text: asProblem(error).message, problem: true });
    }
  }

  return (
    <section className="card raid-section" aria-labelledby="assumptions-heading">
      <div className="raid-section__head">
        <h2 id="assumptions-heading">Assumptions</h2>
        {programId && refs.canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add assumption
          </button>
        ) : null}
      </div>
      <div className="toolbar raid-filters" role="group" aria-label="Filter assumptions">
        <SelectField
          label="Status"
          name="assumption-status"
          value={status}
          onChange={setStatus}
          emptyLabel="Any status"
        >
          <VocabularyOptions values={ASSUMPTION_STATUSES} labels={ASSUMPTION_STATUS_LABEL} />
        </SelectField>
        <SelectField
          label="Owner"
          name="assumption-owner"
          value={ownerId}
          onChange={setOwnerId}
          emptyLabel="Anyone"
        >
          <NamedOptions items={refs.people} />
        </SelectField>
      </div>
      {adding && programId ? (
        <AssumptionForm
          programId={programId}
          people={refs.people}
          onDone={(saved) => {
            setAdding(false);
            if (saved) list.reload();
          }}
          onReload={list.reload}
        />
      ) : null}
      {said ? (
        said.problem ? (
          <FormAlert messages={[said.text]} />
        ) : (
          <p className="raid-note" role="status">
            {said.text}
          </p>
        )
      ) : null}
      {list.problem ? <FormAlert messages={[list.problem.message]} onReload={list.reload} /> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table" aria-label="Assumptions">
          <thead>
            <tr>
              <th>Statement</th>
              {programId ? null : <th>Program</th>}
              <th>Owner</th>
              <th>Validate by</th>
              <th>Status</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((a) => (
              <Fragment key={`${a.id}:${a.version}`}>
                <tr data-testid="assumption-row">
                  <td>
                    {a.statement}
                    {a.note ? <div className="raid-detail">{a.note}</div> : null}
                  </td>
                  {programId ? null : <td>{a.programName}</td>}
                  <td>{a.ownerName ?? '—'}</td>
                  <td>
                    {formatDate(a.validateBy)}{' '}
                    {a.overdue ? <Badge tone="red">Overdue</Badge> : null}
                  </td>
                  <td>
                    <Badge tone={ASSUMPTION_STATUS_TONE[a.status]}>
                      {ASSUMPTION_STATUS_LABEL[a.status]}
                    </Badge>
                  </td>
                  <td className="table__actions">
                    {refs.canWrite && a.status === 'invalid' ? (
                      <>
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void raise(a, 'issue')}
                        >
                          Raise issue
                        </button>{' '}
                        <button
                          type="button"
                          className="link-button"
                          onClick={() => void raise(a, 'risk')}
                        >
                          Raise risk
                        </button>{' '}
                      </>
                    ) : null}
                    {refs.canWrite ? (
                      <RaidRowActions
                        label={`assumption ${a.statement}`}
                        onEdit={() => setEditing(a.id)}
                        onDelete={() => setDeleting(a.id)}
                      />
                    ) : null}
                  </td>
                </tr>
                <RaidEditorRow
                  colSpan={programId ? 5 : 6}
                  editor={
                    editing === a.id ? (
                      <AssumptionForm
                        programId={a.programId}
                        people={refs.people}
                        assumption={a}
                        onDone={(saved) => {
                          setEditing(undefined);
                          if (saved) list.reload();
                        }}
                        onReload={list.reload}
                      />
                    ) : undefined
                  }
                  deletion={
                    deleting === a.id
                      ? {
                          kind: 'assumption',
                          name: a.statement,
                          remove: () =>
                            unwrap(
                              api.DELETE('/api/assumptions/{id}', {
                                params: { path: { id: a.id }, query: { version: a.version } },
                              }),
                            ),
                          onDone: () => {
                            setDeleting(undefined);
                            list.reload();
                          },
                          onCancel: () => setDeleting(undefined),
                          onReload: list.reload,
                        }
                      : undefined
                  }
                />
              </Fragment>
            ))}
          </tbody>
        </table>
      ) : list.data ? (
        <p className="empty">No assumptions{status || ownerId ? ' match these filters' : ''}.</p>
      ) : null}
    </section>
  );
}
