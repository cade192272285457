import type { Task } from '../../api/types';
import { TASK_CONSTRAINT_LABEL, TASK_STATE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { TASK_STATE_TONE } from '../../components/badge-tones';
import { formatDate, formatHours } from '../../components/format';
import { usePlan } from './plan-context';

/** A task as read; `onEdit` is only given to people who may change it. */
export function TaskRow({ task, onEdit }: { task: Task; onEdit?: (() => void) | undefined }) {
  const { plan } = usePlan();
  const workstream = plan.workstreams.find((w) => w.id === task.workstreamId);
  const milestone = plan.milestones.find((m) => m.id === task.milestoneId);
  const context = [workstream?.name, milestone ? `→ ${milestone.name}` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <tr data-testid="task-row">
      <td className="table__primary">
        <span className="table__title">{task.name}</span>
        {context ? <span className="table__sub">{context}</span> : null}
        {task.constraintType ? (
          <span className="table__sub" title={TASK_CONSTRAINT_LABEL[task.constraintType]}>
            {task.constraintType}
            {task.constraintDate ? ` ${task.constraintDate.slice(0, 16).replace('T', ' ')}` : ''}
          </span>
        ) : null}
      </td>
      <td>
        <Badge tone={TASK_STATE_TONE[task.state]}>{TASK_STATE_LABEL[task.state]}</Badge>
      </td>
      <td className="nowrap">{task.ownerName ?? <span className="muted">Unassigned</span>}</td>
      <td className="nowrap">{formatDate(task.startDate)}</td>
      <td className="nowrap">{formatDate(task.dueDate)}</td>
      <td className="numeric">{formatHours(task.estimateHours)}</td>
      {onEdit ? (
        <td className="table__actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={onEdit}
            aria-label={`Edit task ${task.name}`}
          >
            Edit
          </button>
        </td>
      ) : null}
    </tr>
  );
}
