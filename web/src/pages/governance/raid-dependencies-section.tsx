import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import { CrossProgramLinks } from './cross-program-links';
import { ExternalDependencyForm } from './external-dependency-form';
import type { GovernanceScope } from './governance-scope';
import { RaidEditorRow } from './raid-editor-row';
import { RaidRowActions } from './raid-row-actions';
import type { ExternalDependency } from './raid-types';
import {
  DEPENDENCY_KIND_LABEL,
  DEPENDENCY_STATUS_LABEL,
  DEPENDENCY_STATUS_TONE,
  EXTERNAL_DEPENDENCY_STATUSES,
  isPast,
} from './raid-vocabulary';
import { useRaidReferences } from './use-raid-references';
import './raid-log.css';

const done = (d: ExternalDependency) => d.status === 'delivered' || d.status === 'missed';

/**
 * The RAID log's "D": for one program, its plan links to other programs (both ways) and
 * its dependencies outside Waymark; for the portfolio, every visible program's outside ones.
 */
export function RaidDependenciesSection({ scope }: { scope: GovernanceScope }) {
  const { programId } = scope;
  const refs = useRaidReferences(programId);
  const [status, setStatus] = useState<ExternalDependency['status'] | ''>('');
  const [ownerId, setOwnerId] = useState('');
  const query = { ...(status ? { status } : {}), ...(ownerId ? { ownerId } : {}) };
  const cross = useLoad(
    () =>
      programId
        ? unwrap(
            api.GET('/api/programs/{id}/raid-dependencies', {
              params: { path: { id: programId } },
            }),
          ).then((r) => r.crossProgram)
        : Promise.resolve(undefined),
    `raid-cross:${programId ?? 'portfolio'}`,
  );
  const list = useLoad(
    () =>
      (programId
        ? unwrap(
            api.GET('/api/programs/{id}/external-dependencies', {
              params: { path: { id: programId }, query },
            }),
          )
        : unwrap(api.GET('/api/external-dependencies', { params: { query } }))
      ).then((r) => r.items),
    `external-dependencies:${programId ?? 'portfolio'}:${status}:${ownerId}`,
  );
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const columns = programId ? 7 : 8;

  return (
    <section className="card raid-section" aria-labelledby="dependencies-heading">
      <div className="raid-section__head">
        <h2 id="dependencies-heading">Dependencies</h2>
        {programId && refs.canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add external dependency
          </button>
        ) : null}
      </div>
      {programId ? (
        <>
          <h3>On other programs</h3>
          {cross.problem ? (
            <FormAlert messages={[cross.problem.message]} onReload={cross.reload} />
          ) : null}
          {cross.data ? <CrossProgramLinks links={cross.data} /> : null}
          <h3>Outside Waymark</h3>
        </>
      ) : null}
      <div className="toolbar raid-filters" role="group" aria-label="Filter external dependencies">
        <SelectField
          label="Status"
          name="dependency-status"
          value={status}
          onChange={setStatus}
          emptyLabel="Any status"
        >
          <VocabularyOptions
            values={EXTERNAL_DEPENDENCY_STATUSES}
            labels={DEPENDENCY_STATUS_LABEL}
          />
        </SelectField>
        <SelectField
          label="Owner"
          name="dependency-owner"
          value={ownerId}
          onChange={setOwnerId}
          emptyLabel="Anyone"
        >
          <NamedOptions items={refs.people} />
        </SelectField>
      </div>
      {adding && programId ? (
        <ExternalDependencyForm
          programId={programId}
          refs={refs}
          onDone={(saved) => {
            setAdding(false);
            if (saved) list.reload();
          }}
          onReload={list.reload}
        />
      ) : null}
      {list.problem ? <FormAlert messages={[list.problem.message]} onReload={list.reload} /> : null}
      {list.data && list.data.length > 0 ? (
        <table className="table" aria-label="External dependencies">
          <thead>
            <tr>
              <th>Dependency</th>
              {programId ? null : <th>Program</th>}
              <th>Kind</th>
              <th>Party</th>
              <th>Needed by</th>
              <th>Status</th>
              <th>Owner</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((d) => (
              <Fragment key={`${d.id}:${d.version}`}>
                <tr data-testid="external-dependency-row">
                  <td>
                    {d.title}
                    {d.taskIds.length ? (
                      <div className="raid-detail">
                        {`${d.taskIds.length} task${d.taskIds.length === 1 ? '' : 's'} waiting`}
                      </div>
                    ) : null}
                  </td>
                  {programId ? null : <td>{d.programName}</td>}
                  <td>{DEPENDENCY_KIND_LABEL[d.kind]}</td>
                  <td>{d.party || d.teamName || '—'}</td>
                  <td>
                    {formatDate(d.needByDate)}{' '}
                    {!done(d) && isPast(d.needByDate) ? <Badge tone="red">Overdue</Badge> : null}
                  </td>
                  <td>
                    <Badge tone={DEPENDENCY_STATUS_TONE[d.status]}>
                      {DEPENDENCY_STATUS_LABEL[d.status]}
                    </Badge>
                  </td>
                  <td>{d.ownerName ?? '—'}</td>
                  <td className="table__actions">
                    {refs.canWrite ? (
                      <RaidRowActions
                        label={`external dependency ${d.title}`}
                        onEdit={() => setEditing(d.id)}
                        onDelete={() => setDeleting(d.id)}
                      />
                    ) : null}
                  </td>
                </tr>
                <RaidEditorRow
                  colSpan={columns}
                  editor={
                    editing === d.id ? (
                      <ExternalDependencyForm
                        programId={d.programId}
                        refs={refs}
                        dependency={d}
                        onDone={(saved) => {
                          setEditing(undefined);
                          if (saved) list.reload();
                        }}
                        onReload={list.reload}
                      />
                    ) : undefined
                  }
                  deletion={
                    deleting === d.id
                      ? {
                          kind: 'external dependency',
                          name: d.title,
                          remove: () =>
                            unwrap(
                              api.DELETE('/api/external-dependencies/{id}', {
                                params: { path: { id: d.id }, query: { version: d.version } },
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
        <p className="empty">
          No external dependencies{status || ownerId ? ' match these filters' : ''}.
        </p>
      ) : null}
    </section>
  );
}
