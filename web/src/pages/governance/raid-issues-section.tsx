import { Fragment, useState } from 'react';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';
import { Badge } from '../../components/badge';
import { FormAlert } from '../../components/form-alert';
import { formatDate } from '../../components/format';
import { NamedOptions, SelectField, VocabularyOptions } from '../../components/select-field';
import type { GovernanceScope } from './governance-scope';
import { RaidIssueForm } from './raid-issue-form';
import { RaidEditorRow } from './raid-editor-row';
import { RaidRowActions } from './raid-row-actions';
import type { ProgramIssue } from './raid-types';
import {
  ESCALATION_LABEL,
  ISSUE_SEVERITIES,
  ISSUE_STATUS_LABEL,
  ISSUE_STATUSES,
  isPast,
  SEVERITY_LABEL,
  SEVERITY_TONE,
} from './raid-vocabulary';
import { useRaidChanges, useRaidReferences } from './use-raid-references';
import './raid-log.css';

const settled = (i: ProgramIssue) => i.status === 'resolved' || i.status === 'closed';

/** The RAID log's issues, most severe first: one program's, or every visible program's. */
export function RaidIssuesSection({ scope }: { scope: GovernanceScope }) {
  const { programId } = scope;
  const refs = useRaidReferences(programId);
  const [status, setStatus] = useState<ProgramIssue['status'] | ''>('');
  const [severity, setSeverity] = useState<ProgramIssue['severity'] | ''>('');
  const [ownerId, setOwnerId] = useState('');
  const query = {
    ...(status ? { status } : {}),
    ...(severity ? { severity } : {}),
    ...(ownerId ? { ownerId } : {}),
  };
  const list = useLoad(
    () =>
      (programId
        ? unwrap(
            api.GET('/api/programs/{id}/issues', { params: { path: { id: programId }, query } }),
          )
        : unwrap(api.GET('/api/issues', { params: { query } }))
      ).then((r) => r.items),
    `issues:${programId ?? 'portfolio'}:${status}:${severity}:${ownerId}`,
  );
  // An issue raised from an assumption shows here at once.
  useRaidChanges(list.reload);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string>();
  const [deleting, setDeleting] = useState<string>();
  const taskName = new Map(refs.tasks.map((t) => [t.id, t.name]));
  const filtered = Boolean(status || severity || ownerId);

  return (
    <section className="card raid-section" aria-labelledby="issues-heading">
      <div className="raid-section__head">
        <h2 id="issues-heading">Issues</h2>
        {programId && refs.canWrite && !adding ? (
          <button type="button" className="button button--small" onClick={() => setAdding(true)}>
            Add issue
          </button>
        ) : null}
      </div>
      <div className="toolbar raid-filters" role="group" aria-label="Filter issues">
        <SelectField
          label="Status"
          name="issue-status"
          value={status}
          onChange={setStatus}
          emptyLabel="Any status"
        >
          <VocabularyOptions values={ISSUE_STATUSES} labels={ISSUE_STATUS_LABEL} />
        </SelectField>
        <SelectField
          label="Severity"
          name="issue-severity"
          value={severity}
          onChange={setSeverity}
          emptyLabel="Any severity"
        >
          <VocabularyOptions values={ISSUE_SEVERITIES} labels={SEVERITY_LABEL} />
        </SelectField>
        <SelectField
          label="Owner"
          name="issue-owner"
          value={ownerId}
          onChange={setOwnerId}
          emptyLabel="Anyone"
        >
          <NamedOptions items={refs.people} />
        </SelectField>
      </div>
      {adding && programId ? (
        <RaidIssueForm
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
        <table className="table" aria-label="Issues">
          <thead>
            <tr>
              <th>Issue</th>
              {programId ? null : <th>Program</th>}
              <th>Severity</th>
              <th>Status</th>
              <th>Escalation</th>
              <th>Owner</th>
              <th>Due</th>
              <th>Blocks</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {list.data.map((i) => (
              <Fragment key={`${i.id}:${i.version}`}>
                <tr data-testid="issue-row">
                  <td>
                    {i.title}
                    {i.description ? <div className="raid-detail">{i.description}</div> : null}
                  </td>
                  {programId ? null : <td>{i.programName}</td>}
                  <td>
                    <Badge tone={SEVERITY_TONE[i.severity]}>{SEVERITY_LABEL[i.severity]}</Badge>
                  </td>
                  <td>{ISSUE_STATUS_LABEL[i.status]}</td>
                  <td>
                    {i.escalationLevel === 'none' ? '—' : ESCALATION_LABEL[i.escalationLevel]}
                  </td>
                  <td>{i.ownerName ?? '—'}</td>
                  <td>
                    {formatDate(i.dueDate)}{' '}
                    {!settled(i) && isPast(i.dueDate) ? <Badge tone="red">Overdue</Badge> : null}
                  </td>
                  <td>
                    {i.taskIds.length === 0
                      ? '—'
                      : programId
                        ? i.taskIds.map((id) => taskName.get(id) ?? id).join(', ')
                        : `${i.taskIds.length} task${i.taskIds.length === 1 ? '' : 's'}`}
                  </td>
                  <td className="table__actions">
                    {refs.canWrite ? (
                      <RaidRowActions
                        label={`issue ${i.title}`}
                        onEdit={() => setEditing(i.id)}
                        onDelete={() => setDeleting(i.id)}
                      />
                    ) : null}
                  </td>
                </tr>
                <RaidEditorRow
                  colSpan={programId ? 8 : 9}
                  editor={
                    editing === i.id ? (
                      <RaidIssueForm
                        programId={i.programId}
                        refs={refs}
                        issue={i}
                        onDone={(saved) => {
                          setEditing(undefined);
                          if (saved) list.reload();
                        }}
                        onReload={list.reload}
                      />
                    ) : undefined
                  }
                  deletion={
                    deleting === i.id
                      ? {
                          kind: 'issue',
                          name: i.title,
                          remove: () =>
                            unwrap(
                              api.DELETE('/api/issues/{id}', {
                                params: { path: { id: i.id }, query: { version: i.version } },
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
        <p className="empty">No issues{filtered ? ' match these filters' : ''}.</p>
      ) : null}
    </section>
  );
}
