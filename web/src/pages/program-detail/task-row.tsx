import type { Task } from '../../api/types';
import { TASK_CONSTRAINT_LABEL, TASK_STATE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { TASK_STATE_TONE } from '../../components/badge-tones';
import { formatDate, formatDateTime, formatHours } from '../../components/format';
import { ProgressBar } from '../../components/progress-bar';
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
            {task.constraintDate ? ` ${formatDateTime(task.constraintDate)}` : ''}
          </span>
        ) : null}
      </td>
      <td>
        <Badge tone={TASK_STATE_TONE[task.state]}>{TASK_STATE_LABEL[task.state]}</Badge>
      </td>
      <td className="nowrap">{task.ownerName ?? <span className="muted">Unassigned</span>}</td>
      {/* The actuals sit under the plan they report on: started under start, finished under due. */}
      <td className="nowrap">
        {formatDate(task.startDate)}
        {task.actualStart ? (
          <span className="table__sub" data-testid="task-actual-start">
            Started {formatDateTime(task.actualStart)}
          </span>
        ) : null}
      </td>
      <td className="nowrap">
        {formatDate(task.dueDate)}
        {task.actualFinish ? (
          <span className="table__sub" data-testid="task-actual-finish">
            Finished {formatDateTime(task.actualFinish)}
          </span>
        ) : null}
      </td>
      <td className="table__progress">
        <ProgressBar
          done={task.percentComplete}
          total={100}
          label={`Progress of ${task.name}`}
          valueText={`${task.percentComplete}% complete`}
          text={`${task.percentComplete}%`}
        />
        <RemainingWork task={task} />
      </td>
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

/**
 * Hours left, once they say more than the estimate does: after work has started,
 * or when someone set them by hand. A done task has none.
 */
function RemainingWork({ task }: { task: Task }) {
  if (task.state === 'done') return null;
  if (task.percentComplete === 0 && !task.remainingHoursSet) return null;
  return (
    <span
      className="table__sub"
      data-testid="task-remaining"
      title={task.remainingHoursSet ? 'Set by hand' : 'The estimate less the share done'}
    >
      {formatHours(task.remainingHours)} left
    </span>
  );
}
