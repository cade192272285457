import { formatDate, formatHours, formatMoney } from '../../components/format';
import type { PlanChange } from './change-request-types';

/** What a sentence about a change needs to know of the plan: names, and current values. */
export interface PlanNames {
  /** Task and milestone names by id (a dependency's ends may be either). */
  itemName(id: string): string;
  /** The task's estimate now, to say "40 h → 80 h"; undefined when unknown. */
  estimateOf(taskId: string): number | null | undefined;
  currency: string;
}

/** How a task field reads in a sentence ("estimate", "due date"…). */
const TASK_FIELD_WORDS: Record<string, string> = {
  name: 'name',
  estimateHours: 'estimate',
  estimateOptimisticHours: 'optimistic estimate',
  estimatePessimisticHours: 'pessimistic estimate',
  startDate: 'start date',
  dueDate: 'due date',
  deadline: 'deadline',
  state: 'state',
  percentComplete: 'percent complete',
  constraintType: 'constraint',
  constraintDate: 'constraint date',
  fixedCost: 'fixed cost',
  costPerHour: 'cost per hour',
};

function valueInWords(field: string, value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (field.endsWith('Hours') && typeof value === 'number') return formatHours(value);
  if (/(Date|deadline)$/i.test(field) && typeof value === 'string') return formatDate(value);
  if (field === 'percentComplete') return `${String(value)} %`;
  if (typeof value === 'string') return value.replaceAll('_', ' ');
  return String(value);
}

function taskUpdateInWords(change: Extract<PlanChange, { kind: 'update_task' }>, plan: PlanNames) {
  const { kind: _kind, taskId, ...fields } = change;
  const parts = Object.entries(fields).map(([field, value]) => {
    const words = TASK_FIELD_WORDS[field] ?? field.replace(/([A-Z])/g, ' $1').toLowerCase();
    const now = field === 'estimateHours' ? plan.estimateOf(taskId) : undefined;
    const before = now !== undefined && now !== value ? `${valueInWords(field, now)} → ` : '';
    return `${words} ${before}${valueInWords(field, value)}`;
  });
  return `Task ${plan.itemName(taskId)}: ${parts.join(', ') || 'no field changed'}`;
}

/** One proposed change as a plain sentence: "Task Build API: estimate 40 h → 80 h". */
export function changeInWords(change: PlanChange, plan: PlanNames): string {
  switch (change.kind) {
    case 'update_task':
      return taskUpdateInWords(change, plan);
    case 'add_task':
      return `New task ${change.name}${
        typeof change.estimateHours === 'number' ? ` (${formatHours(change.estimateHours)})` : ''
      }`;
    case 'remove_task':
      return `Task ${plan.itemName(change.taskId)} removed`;
    case 'add_dependency':
      return `${plan.itemName(change.successorId)} waits for ${plan.itemName(change.predecessorId)} (${change.type ?? 'FS'})`;
    case 'remove_dependency':
      return 'A dependency removed';
    case 'move_milestone':
      return change.date
        ? `Milestone ${plan.itemName(change.milestoneId)} moved to ${formatDate(change.date)}`
        : `Milestone ${plan.itemName(change.milestoneId)}: due date cleared`;
    case 'change_budget':
      return change.budgetCents === null
        ? 'Budget cleared'
        : `Budget set to ${formatMoney(change.budgetCents, plan.currency)}`;
    case 'add_criterion':
      return `Milestone ${plan.itemName(change.milestoneId)}: new success criterion “${change.description}”`;
    case 'remove_criterion':
      return 'A success criterion removed';
  }
}
