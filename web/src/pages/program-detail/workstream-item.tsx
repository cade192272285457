import { useState } from 'react';
import type { Workstream } from '../../api/types';
import { api, unwrap } from '../../api/waymark-api';
import { DeleteConfirmation } from '../../components/delete-confirmation';
import { EditWorkstreamForm } from './edit-workstream-form';
import { usePlan } from './plan-context';

type Mode = 'reading' | 'editing' | 'deleting';

/** One workstream with its progress; a writer edits it in place or deletes it after a confirmation. */
export function WorkstreamItem({ workstream }: { workstream: Workstream }) {
  const { plan, people, canWrite, reload } = usePlan();
  const [mode, setMode] = useState<Mode>('reading');
  const tasks = plan.tasks.filter((t) => t.workstreamId === workstream.id);
  const done = tasks.filter((t) => t.state === 'done').length;
  const milestones = plan.milestones.filter((m) => m.workstreamId === workstream.id).length;
  const lead = people.find((p) => p.id === workstream.leadId)?.name;

  if (mode === 'editing')
    return (
      <li className="workstream" data-testid="workstream">
        <EditWorkstreamForm workstream={workstream} onDone={() => setMode('reading')} />
      </li>
    );

  return (
    <li className="workstream" data-testid="workstream">
      <div className="workstream__heading">
        <div className="workstream__name">{workstream.name}</div>
        {canWrite && mode === 'reading' ? (
          <div className="button-group">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setMode('editing')}
              aria-label={`Edit workstream ${workstream.name}`}
            >
              Edit
            </button>
            <button
              type="button"
              className="button button--ghost button--small button--quiet-danger"
              onClick={() => setMode('deleting')}
              aria-label={`Delete workstream ${workstream.name}`}
            >
              Delete
            </button>
          </div>
        ) : null}
      </div>
      {workstream.description ? (
        <div className="workstream__description">{workstream.description}</div>
      ) : null}
      <div className="workstream__meta">
        <span>
          {done}/{tasks.length} tasks done
        </span>
        <span>
          {milestones} milestone{milestones === 1 ? '' : 's'}
        </span>
        {lead ? <span>Lead: {lead}</span> : null}
      </div>
      {mode === 'deleting' ? (
        <DeleteConfirmation
          kind="workstream"
          name={workstream.name}
          consequence={workstreamDeleteConsequence(tasks.length, milestones)}
          onConfirm={async () => {
            await unwrap(
              api.DELETE('/api/workstreams/{id}', {
                params: { path: { id: workstream.id }, query: { version: workstream.version } },
              }),
            );
            reload();
          }}
          onCancel={() => setMode('reading')}
          onReload={reload}
        />
      ) : null}
    </li>
  );
}

/** Tasks and milestones outlive their workstream (the database sets theirs to none). */
function workstreamDeleteConsequence(tasks: number, milestones: number): string {
  if (tasks === 0 && milestones === 0) return 'It has no tasks or milestones.';
  const its = (n: number, word: string) => (n === 1 ? `its ${word}` : `its ${n} ${word}s`);
  const parts = [
    tasks > 0 ? its(tasks, 'task') : null,
    milestones > 0 ? its(milestones, 'milestone') : null,
  ].filter(Boolean);
  const they = tasks + milestones === 1 ? 'stays' : 'stay';
  const joined = parts.join(' and ');
  return `${joined.charAt(0).toUpperCase()}${joined.slice(1)} ${they} in the program, without a workstream.`;
}
