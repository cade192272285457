import type { ScheduleItem, Task } from '../../api/types';
import { formatDate, formatDateTime, formatHours } from '../../components/format';

/**
 * Under a task's name, what its plan file or the schedule says of it: where the schedule
 * puts it (a summary's dates rolled up from below), its deadline, and its MS Project UID.
 */
export function TaskPlanDetails({
  task,
  summary,
  scheduled,
  deadlineMissed,
}: {
  task: Task;
  summary: boolean;
  scheduled: ScheduleItem | undefined;
  deadlineMissed: boolean;
}) {
  return (
    <>
      {scheduled ? (
        // It may wrap: a line this long would otherwise widen the task column past the edit row.
        <span
          className="table__sub table__sub--wrap"
          data-testid="task-scheduled"
          title={`${formatDateTime(scheduled.earlyStart)} – ${formatDateTime(scheduled.earlyFinish)}`}
        >
          {`${summary ? 'Rolled up' : 'Scheduled'} ${formatDate(scheduled.earlyStart)} – ${formatDate(scheduled.earlyFinish)}`}
        </span>
      ) : null}
      {task.deadline ? (
        <span
          className={deadlineMissed ? 'table__sub text-danger' : 'table__sub'}
          data-testid="task-deadline"
        >
          {`Deadline ${formatDateTime(task.deadline)}${deadlineMissed ? ' (missed)' : ''}`}
        </span>
      ) : null}
      {task.uid !== null ? (
        <span className="table__sub" data-testid="task-uid">{`MS Project UID ${task.uid}`}</span>
      ) : null}
    </>
  );
}

/**
 * An estimate as MS Project writes it: an elapsed duration counts wall-clock time
 * (24 × 7), so it reads "5 ed" in days when whole, else "30 h elapsed".
 */
export function TaskEstimate({ task }: { task: Task }) {
  if (!task.durationElapsed || task.estimateHours === null)
    return <>{formatHours(task.estimateHours)}</>;
  const days = task.estimateHours / 24;
  return (
    <span
      data-testid="task-elapsed"
      title="Elapsed duration: wall-clock time, nights and weekends included"
    >
      {Number.isInteger(days) ? `${days} ed` : `${formatHours(task.estimateHours)} elapsed`}
    </span>
  );
}
