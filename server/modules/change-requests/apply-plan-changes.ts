import type { Task } from '../../../contracts/task.schema.js';
import type { PlanChange, PlanChangeOf } from '../../../contracts/change-request.schema.js';
import type { EstimateRow } from '../forecasts/program-forecast-input.js';
import type {
  ScheduleDependencyRow,
  ScheduleRows,
  ScheduleTaskRow,
} from '../schedules/schedule-input.js';
import { estimateRangeFollowingLikely } from '../tasks/estimate-range.js';
import { resolveProgress } from '../tasks/task-progress.js';

/**
 * A program's plan as the impact reads it: the schedule's rows, the forecast's
 * estimate and cost rows, the budget, and the ends of its dependencies (the
 * schedule rows carry no dependency ids).
 */
export interface PlanCopy {
  rows: ScheduleRows;
  estimates: EstimateRow[];
  budgetCents: number | null;
  dependencyEnds: ReadonlyMap<string, { predecessorId: string; successorId: string }>;
}

/** What the task service reads from the clock, passed in: now and the status date on the program's clock. */
export interface ApplyClock {
  programId: string;
  now: string;
  statusDate: string;
}

/** The id an added task has in the copy (the real one is given on approval). */
export const addedTaskId = (index: number) => `added-task-${index + 1}`;

type TaskFields = Omit<PlanChangeOf<'update_task'>, 'kind' | 'taskId'>;

/** The schedule row's columns of the task fields named (as TASK_COLUMNS maps them). */
function taskRowChanges(
  row: ScheduleTaskRow,
  fields: TaskFields,
  at: ApplyClock,
  created = false,
): ScheduleTaskRow {
  const next: ScheduleTaskRow = { ...row };
  const set = <K extends keyof ScheduleTaskRow>(key: K, value: ScheduleTaskRow[K] | undefined) => {
    if (value !== undefined) next[key] = value;
  };
  set('name', fields.name);
  set('estimate_hours', fields.estimateHours);
  set('start_date', fields.startDate);
  set('due_date', fields.dueDate);
  set('state', fields.state);
  set('team_id', fields.teamId);
  set('milestone_id', fields.milestoneId);
  set('parent_task_id', fields.parentTaskId);
  set('position', fields.position);
  set('uid', fields.uid);
  set('calendar_id', fields.calendarId);
  set('duration_elapsed', fields.durationElapsed);
  set('deadline', fields.deadline);
  set('constraint_type', fields.constraintType);
  set('constraint_date', fields.constraintDate);
  // As the task service: clearing the constraint, or making it ALAP, takes its date with it.
  if (
    fields.constraintDate === undefined &&
    (fields.constraintType === null || fields.constraintType === 'ALAP')
  )
    next.constraint_date = null;
  const progress = resolveProgress(
    created
      ? null
      : {
          state: row.state as Task['state'],
          actual_start: row.actual_start ?? null,
          actual_finish: row.actual_finish ?? null,
          percent_complete: row.percent_complete ?? 0,
          remaining_hours: row.remaining_hours ?? null,
        },
    fields,
    at.now,
    at.statusDate,
  );
  return { ...next, ...progress };
}

function estimateChanges(row: EstimateRow, fields: TaskFields): EstimateRow {
  const next: EstimateRow = { ...row };
  if (fields.state !== undefined) next.state = fields.state;
  if (fields.estimateOptimisticHours !== undefined)
    next.estimate_optimistic_hours = fields.estimateOptimisticHours;
  if (fields.estimatePessimisticHours !== undefined)
    next.estimate_pessimistic_hours = fields.estimatePessimisticHours;
  if (fields.fixedCost !== undefined) next.fixed_cost = fields.fixedCost;
  if (fields.costPerHour !== undefined) next.cost_per_hour = fields.costPerHour;
  return { ...next, ...estimateRangeFollowingLikely(row, fields) };
}

function addTask(plan: PlanCopy, change: PlanChangeOf<'add_task'>, index: number, at: ApplyClock) {
  const id = addedTaskId(index);
  const blank: ScheduleTaskRow = {
    id,
    program_id: at.programId,
    name: change.name,
    estimate_hours: null,
    start_date: null,
    due_date: null,
    state: 'todo',
    team_id: null,
    constraint_type: null,
    constraint_date: null,
    milestone_id: null,
    actual_start: null,
    actual_finish: null,
    percent_complete: 0,
    remaining_hours: null,
    parent_task_id: null,
    position: null,
    uid: null,
    calendar_id: null,
    duration_elapsed: false,
    deadline: null,
  };
  const { kind: _kind, ...fields } = change;
  // Created as by the task service: progress resolved from a task that did not exist.
  const row = taskRowChanges(blank, fields, at, true);
  const estimate: EstimateRow = {
    id,
    state: row.state,
    estimate_optimistic_hours: change.estimateOptimisticHours ?? null,
    estimate_pessimistic_hours: change.estimatePessimisticHours ?? null,
    fixed_cost: change.fixedCost ?? null,
    cost_per_hour: change.costPerHour ?? null,
  };
  return {
    ...plan,
    rows: { ...plan.rows, tasks: [...plan.rows.tasks, row] },
    estimates: [...plan.estimates, estimate],
  };
}

/** As deleting the task: its links and assignments go, its children lose their parent. */
function removeTask(plan: PlanCopy, taskId: string): PlanCopy {
  const rows = plan.rows;
  return {
    ...plan,
    rows: {
      ...rows,
      tasks: rows.tasks
        .filter((t) => t.id !== taskId)
        .map((t) => (t.parent_task_id === taskId ? { ...t, parent_task_id: null } : t)),
      milestones: rows.milestones.map((m) =>
        m.parent_task_id === taskId ? { ...m, parent_task_id: null } : m,
      ),
      dependencies: rows.dependencies.filter(
        (d) => d.predecessor_id !== taskId && d.successor_id !== taskId,
      ),
      assignments: (rows.assignments ?? []).filter((a) => a.task_id !== taskId),
      resourceAssignments: (rows.resourceAssignments ?? []).filter((a) => a.task_id !== taskId),
    },
    estimates: plan.estimates.filter((e) => e.id !== taskId),
  };
}

/** The lag as the dependency service stores it: lagPercent alone means a percent lag. */
function dependencyRow(change: PlanChangeOf<'add_dependency'>): ScheduleDependencyRow {
  const kind =
    change.lagKind ??
    (change.lagPercent !== undefined && change.lagPercent !== null ? 'percent' : 'working');
  return {
    predecessor_id: change.predecessorId,
    successor_id: change.successorId,
    type: change.type ?? 'FS',
    lag_minutes: change.lagMinutes ?? 0,
    lag_kind: kind,
    lag_percent: kind === 'percent' ? (change.lagPercent ?? null) : null,
  };
}

function applyOne(plan: PlanCopy, change: PlanChange, index: number, at: ApplyClock): PlanCopy {
  const rows = plan.rows;
  switch (change.kind) {
    case 'update_task': {
      const { kind: _kind, taskId, ...fields } = change;
      return {
        ...plan,
        rows: {
          ...rows,
          tasks: rows.tasks.map((t) => (t.id === taskId ? taskRowChanges(t, fields, at) : t)),
        },
        estimates: plan.estimates.map((e) => (e.id === taskId ? estimateChanges(e, fields) : e)),
      };
    }
    case 'add_task':
      return addTask(plan, change, index, at);
    case 'remove_task':
      return removeTask(plan, change.taskId);
    case 'add_dependency':
      return {
        ...plan,
        rows: { ...rows, dependencies: [...rows.dependencies, dependencyRow(change)] },
      };
    case 'remove_dependency': {
      const ends = plan.dependencyEnds.get(change.dependencyId);
      if (!ends) return plan;
      return {
        ...plan,
        rows: {
          ...rows,
          dependencies: rows.dependencies.filter(
            (d) => d.predecessor_id !== ends.predecessorId || d.successor_id !== ends.successorId,
          ),
        },
      };
    }
    case 'move_milestone':
      return {
        ...plan,
        rows: {
          ...rows,
          milestones: rows.milestones.map((m) =>
            m.id === change.milestoneId ? { ...m, due_date: change.date } : m,
          ),
        },
      };
    case 'change_budget':
      return { ...plan, budgetCents: change.budgetCents };
    // Success criteria do not enter the schedule, the forecast or the cost.
    case 'add_criterion':
    case 'remove_criterion':
      return plan;
  }
}

/**
 * The plan with the changes applied in order (pure: no I/O, no clock; the input
 * is not modified). Each change is applied as the service of the direct edit
 * would apply it, so that approving yields this copy. Changes are checked
 * before (validation runs the real services), so an id that is not there
 * leaves the copy as it was.
 */
export function applyPlanChanges(
  plan: PlanCopy,
  changes: readonly PlanChange[],
  at: ApplyClock,
): PlanCopy {
  return changes.reduce((copy, change, index) => applyOne(copy, change, index, at), plan);
}
