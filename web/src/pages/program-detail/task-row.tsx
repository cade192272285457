import type { ScheduleItem, Task } from '../../api/types';
import { TASK_CONSTRAINT_LABEL, TASK_STATE_LABEL } from '../../api/vocabulary';
import { Badge } from '../../components/badge';
import { TASK_STATE_TONE } from '../../components/badge-tones';
import { formatDate, formatDateTime, formatHours } from '../../components/format';
import { ProgressBar } from '../../components/progress-bar';
import { usePlan } from './plan-context';
import { TaskEstimate, TaskPlanDetails } from './task-plan-details';

/** A task as read; `onEdit` and `onDelete` are only given to people who may change it. */
export function TaskRow({
  task,
  outline = { depth: 0, summary: false },
  scheduled,
  deadlineMissed = false,
  onEdit,
  onDelete,
}: {
  task: Task;
  /** Where it sits in the outline: indented by depth, a summary marked. */
  outline?: { depth: number; summary: boolean };
  scheduled?: ScheduleItem | undefined;
  deadlineMissed?: boolean;
  onEdit?: (() => void) | undefined;
  onDelete?: (() => void) | undefined;
}) {
  const { plan } = usePlan();
  const workstream = plan.workstreams.find((w) => w.id === task.workstreamId);
  const milestone = plan.milestones.find((m) => m.id === task.milestoneId);
  const context = [workstream?.name, milestone ? `→ ${milestone.name}` : undefined]
    .filter(Boolean)
    .join(' ');
  return (
    <tr
      id={`item-${task.id}`}
      data-testid="task-row"
      data-depth={outline.depth}
      className={outline.summary ? 'task-row--summary' : undefined}
    >
      {/* Indented through the CSSOM (React's style), which a strict CSP allows. */}
      <td className="table__primary" style={{ paddingInlineStart: 20 + outline.depth * 22 }}>
        <span className="outline__name">
          {outline.depth > 0 ? (
            <span className="outline__marker" aria-hidden="true">
              ↳
            </span>
          ) : null}
          <span className="table__title">{task.name}</span>
          {outline.summary ? <Badge tone="neutral">Summary</Badge> : null}
        </span>
        {context ? <span className="table__sub">{context}</span> : null}
        {task.constraintType ? (
          <span className="table__sub" title={TASK_CONSTRAINT_LABEL[task.constraintType]}>
            {task.constraintType}
            {task.constraintDate ? ` ${formatDateTime(task.constraintDate)}` : ''}
          </span>
        ) : null}
        <TaskPlanDetails
          task={task}
          summary={outline.summary}
          scheduled={scheduled}
          deadlineMissed={deadlineMissed}
        />
      </td>
      {/* Progress sits with the state it qualifies: a column of its own made the edit row too wide. */}
      <td className="task-state">
        <Badge tone={TASK_STATE_TONE[task.state]}>{TASK_STATE_LABEL[task.state]}</Badge>
        <TaskProgress task={task} />
      </td>
      <td className="nowrap">{task.ownerName ?? <span className="muted">Unassigned</span>}</td>
      {/* The actuals sit under the plan they report on: started under start, finished under due.
          The day only, the minute on hover: with the time these columns outgrew the edit row's inputs. */}
      <PlannedDate planned={task.startDate} actual={task.actualStart} verb="Started" />
      <PlannedDate planned={task.dueDate} actual={task.actualFinish} verb="Finished" />
      <td className="numeric">
        <TaskEstimate task={task} />
      </td>
      {onEdit ? (
        <td className="table__actions">
          <div className="button-group">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={onEdit}
              aria-label={`Edit task ${task.name}`}
            >
              Edit
            </button>
            {onDelete ? (
              <button
                type="button"
                className="button button--ghost button--small button--quiet-danger"
                onClick={onDelete}
                aria-label={`Delete task ${task.name}`}
              >
                Delete
              </button>
            ) : null}
          </div>
        </td>
      ) : null}
    </tr>
  );
}

/** The share done, once there is something to say: work has started, or some is done. */
function TaskProgress({ task }: { task: Task }) {
  const started = task.state === 'in_progress' || task.state === 'blocked';
  if (task.percentComplete === 0 && !started) return null;
  return (
    <div className="task-state__progress">
      <ProgressBar
        done={task.percentComplete}
        total={100}
        label={`Progress of ${task.name}`}
        valueText={`${task.percentComplete}% complete`}
        text={`${task.percentComplete}%`}
      />
      <RemainingWork task={task} />
    </div>
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

/** A planned day with the actual one under it: the day only, the minute on hover. */
function PlannedDate({
  planned,
  actual,
  verb,
}: {
  planned: string | null;
  actual: string | null;
  verb: 'Started' | 'Finished';
}) {
  return (
    <td className="nowrap">
      {formatDate(planned)}
      {actual ? (
        <span
          className="table__sub"
          data-testid={`task-actual-${verb === 'Started' ? 'start' : 'finish'}`}
          title={`${verb} ${formatDateTime(actual)}`}
        >
          {verb} {formatDate(actual)}
        </span>
      ) : null}
    </td>
  );
}
