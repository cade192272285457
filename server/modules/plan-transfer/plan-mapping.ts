import type { Issue } from '../../../contracts/common.schema.js';
import type { Task } from '../../../contracts/task.schema.js';
import { formatLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ScheduleInput, ScheduleTask } from '../../../engine/scheduling/index.js';
import { ROWS_PER_STEP, runSteps, type Steps } from '../../../interchange/stepwise.js';
import type {
  PlanEstimate,
  PlanRisk,
  PlanTaskCost,
} from '../../../interchange/plan-file/read-plan-file.js';

/** What a plan file carries for the forecast besides the schedule (none from MSPDI or CSV). */
export interface PlanForecastInputs {
  estimates: readonly PlanEstimate[];
  costs: readonly PlanTaskCost[];
  risks: readonly PlanRisk[];
}

/**
 * How an imported plan (the engine's ScheduleInput, read from MSPDI, YAML or CSV)
 * becomes a Waymark program (pure):
 *
 * - Program: startDate = the date of the plan's start.
 * - WBS summaries (tasks with children) at level 1 become workstreams (names made
 *   unique with " (2)", " (3)"…). Deeper summaries are not stored: their leaf
 *   tasks join their level-1 workstream. A top-level leaf has no workstream.
 * - A leaf marked milestone, or of zero duration, becomes a milestone; its
 *   deadline's date becomes the milestone's dueDate.
 * - Other leaves become tasks: estimateHours = duration minutes / 60 (an elapsed
 *   duration is read as that many working minutes).
 * - Links keep type and lag (working or elapsed minutes as working minutes; a
 *   percentage lag becomes that share of the predecessor's duration). A link to
 *   or from a summary task becomes a link from or to each leaf below it, as the
 *   scheduler reads it (the same leaf pair twice keeps the first link).
 * - A start-no-earlier-than constraint becomes the task's startDate (Waymark
 *   starts an open task no earlier than that day); the other constraints
 *   (SNLT, FNET, FNLT, MSO, MFO, ALAP) are the task's constraintType and
 *   constraintDate. Calendars, resources and assignments are not stored
 *   (Waymark schedules on its own calendars).
 * - From a plan file, the forecast's inputs too: a task's estimate gives its
 *   optimistic and pessimistic hours (widened to take in its duration, as the
 *   forecast reads them), its cost its fixed cost and hourly rate; a risk keeps
 *   its probability, delay (in hours) and cost, on the tasks it names (a summary
 *   named: every task below it).
 */
export interface ImportedPlan {
  startDate: string;
  workstreams: { key: string; name: string }[];
  tasks: {
    key: string;
    name: string;
    workstreamKey: string | null;
    estimateHours: number;
    startDate: string | null;
    constraintType: Task['constraintType'];
    constraintDate: string | null;
    estimateOptimisticHours: number | null;
    estimatePessimisticHours: number | null;
    fixedCost: number | null;
    costPerHour: number | null;
  }[];
  risks: {
    title: string;
    probability: number;
    delayHours: number;
    cost: number | null;
    taskKeys: string[];
  }[];
  milestones: { key: string; name: string; workstreamKey: string | null; dueDate: string | null }[];
  dependencies: {
    predecessorKey: string;
    successorKey: string;
    type: 'FS' | 'SS' | 'FF' | 'SF';
    lagMinutes: number;
  }[];
}

/**
 * A link to or from a summary becomes one per leaf pair, so a few summary links
 * can stand for millions of dependencies; past this many the import is refused.
 */
export const MAX_IMPORT_DEPENDENCIES = 1_000_000;

function tooManyDependencies(): Issue {
  return {
    path: 'body',
    code: 'too_many_rows',
    message: `The plan's links make more than ${MAX_IMPORT_DEPENDENCIES.toLocaleString('en-US')} dependencies (a link to or from a summary counts once per task below it); at most ${MAX_IMPORT_DEPENDENCIES.toLocaleString('en-US')} can be imported.`,
  };
}

function label(t: ScheduleTask): string {
  return `task ${t.uid ?? t.id} "${t.name}"`;
}

const hoursOf = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

export type MappedPlan = { ok: true; plan: ImportedPlan } | { ok: false; issues: Issue[] };

export function planFromInput(
  input: ScheduleInput,
  forecast: PlanForecastInputs = { estimates: [], costs: [], risks: [] },
): MappedPlan {
  return runSteps(planFromInputSteps(input, forecast));
}

/** {@link planFromInput} in steps: yields every {@link ROWS_PER_STEP} tasks (twice over the tasks in all). */
export function* planFromInputSteps(
  input: ScheduleInput,
  forecast: PlanForecastInputs = { estimates: [], costs: [], risks: [] },
): Steps<MappedPlan> {
  const total = input.tasks.length;
  const issues: Issue[] = [];
  const byId = new Map(input.tasks.map((t) => [t.id, t]));
  yield 0;
  const hasChildren = new Set<string>();
  for (const t of input.tasks) if (t.parentId && byId.has(t.parentId)) hasChildren.add(t.parentId);
  yield 0;
  // The level-1 ancestor of each task, memoised: one walk per task up a deep outline would be quadratic.
  const tops = new Map<string, ScheduleTask>();
  const topOf = (t: ScheduleTask): ScheduleTask => {
    const chain: ScheduleTask[] = [];
    const seen = new Set<string>();
    let current = t;
    let top: ScheduleTask | undefined;
    while (!(top = tops.get(current.id))) {
      chain.push(current);
      seen.add(current.id);
      const parent = current.parentId ? byId.get(current.parentId) : undefined;
      if (!parent || seen.has(parent.id)) {
        top = current;
        break;
      }
      current = parent;
    }
    for (const c of chain) tops.set(c.id, top);
    return top;
  };
  const plan: ImportedPlan = {
    startDate: formatLocalDateTime(input.start).slice(0, 10),
    workstreams: [],
    tasks: [],
    milestones: [],
    dependencies: [],
    risks: [],
  };
  yield 0;
  const estimateOf = new Map(forecast.estimates.map((e) => [e.taskId, e]));
  const costOf = new Map(forecast.costs.map((c) => [c.taskId, c]));
  const names = new Set<string>();
  for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield 0;
    if (!hasChildren.has(t.id) || (t.parentId && byId.has(t.parentId))) continue;
    let name = t.name.trim() || `Workstream ${plan.workstreams.length + 1}`;
    for (let n = 2; names.has(name); n++) name = `${t.name} (${n})`;
    names.add(name);
    plan.workstreams.push({ key: t.id, name });
  }
  yield 0;
  const children = new Map<string, ScheduleTask[]>();
  for (const t of input.tasks)
    if (t.parentId && byId.has(t.parentId)) {
      const list = children.get(t.parentId);
      if (list) list.push(t);
      else children.set(t.parentId, [t]);
    }
  // Each summary's leaves, computed once (iteratively: an outline may be deep).
  const leaves = new Map<string, ScheduleTask[]>();
  const leavesOf = (t: ScheduleTask): ScheduleTask[] => {
    if (!hasChildren.has(t.id)) return [t];
    const known = leaves.get(t.id);
    if (known) return known;
    const found: ScheduleTask[] = [];
    const stack = [t];
    const seen = new Set<string>();
    while (stack.length > 0) {
      const at = stack.pop()!;
      if (seen.has(at.id)) continue;
      seen.add(at.id);
      if (!hasChildren.has(at.id)) found.push(at);
      else stack.push(...(children.get(at.id) ?? []).slice().reverse());
    }
    leaves.set(t.id, found);
    return found;
  };
  const linked = new Set<string>();
  links: for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield i;
    for (const link of t.predecessors) {
      const from = byId.get(link.predecessorId);
      if (!from) {
        issues.push(issue(`${label(t)}: unknown predecessor ${link.predecessorId}`));
        continue;
      }
      for (const a of leavesOf(from))
        for (const b of leavesOf(t)) {
          const pair = `${a.id}\u0000${b.id}`;
          if (a.id === b.id || linked.has(pair)) continue;
          if (linked.size === MAX_IMPORT_DEPENDENCIES) {
            issues.push(tooManyDependencies());
            break links;
          }
          linked.add(pair);
          const lag =
            link.lag.kind === 'percent'
              ? (link.lag.percent / 100) * a.duration.minutes
              : link.lag.minutes;
          plan.dependencies.push({
            predecessorKey: a.id,
            successorKey: b.id,
            type: link.type,
            lagMinutes: Math.round(lag),
          });
        }
    }
  }
  for (const [i, t] of input.tasks.entries()) {
    if (i % ROWS_PER_STEP === 0) yield total + i;
    if (hasChildren.has(t.id)) continue;
    const top = topOf(t);
    const workstreamKey = top.id === t.id ? null : top.id;
    const name = t.name.trim() || `Task ${t.uid ?? t.id}`;
    if (t.milestone || t.duration.minutes === 0) {
      plan.milestones.push({
        key: t.id,
        name,
        workstreamKey,
        dueDate: t.deadline === undefined ? null : formatLocalDateTime(t.deadline).slice(0, 10),
      });
    } else {
      const estimateHours = hoursOf(t.duration.minutes);
      const estimate = estimateOf.get(t.id);
      const cost = costOf.get(t.id);
      plan.tasks.push({
        key: t.id,
        name,
        workstreamKey,
        estimateHours,
        estimateOptimisticHours: estimate
          ? Math.min(hoursOf(estimate.optimistic.minutes), estimateHours)
          : null,
        estimatePessimisticHours: estimate
          ? Math.max(hoursOf(estimate.pessimistic.minutes), estimateHours)
          : null,
        fixedCost: cost?.fixedCost ?? null,
        costPerHour: cost?.costPerHour ?? null,
        startDate:
          t.constraint?.type === 'SNET' && t.constraint.date !== undefined
            ? formatLocalDateTime(t.constraint.date).slice(0, 10)
            : null,
        ...storedConstraint(t.constraint),
      });
    }
  }
  yield 2 * total;
  const taskKeys = new Set(plan.tasks.map((t) => t.key));
  for (const r of forecast.risks) {
    const keys = [
      ...new Set(
        r.impact.taskIds.flatMap((id) => {
          const named = byId.get(id);
          return named ? leavesOf(named).map((l) => l.id) : [];
        }),
      ),
    ].filter((k) => taskKeys.has(k));
    if (keys.length === 0) {
      issues.push(issue(`risk ${r.id} "${r.name}": names no task (milestones take no delay)`));
      continue;
    }
    plan.risks.push({
      title: r.name.trim() || r.id,
      probability: r.probability,
      delayHours: hoursOf(r.impact.delay.minutes),
      cost: r.impact.cost ?? null,
      taskKeys: keys,
    });
  }
  return issues.length > 0 ? { ok: false, issues } : { ok: true, plan };
}

/** SNET is the task's startDate; ASAP is no constraint; the others are kept as they are. */
function storedConstraint(
  c: ScheduleTask['constraint'],
): Pick<ImportedPlan['tasks'][number], 'constraintType' | 'constraintDate'> {
  if (!c || c.type === 'ASAP' || c.type === 'SNET')
    return { constraintType: null, constraintDate: null };
  if (c.type === 'ALAP') return { constraintType: 'ALAP', constraintDate: null };
  if (c.date === undefined) return { constraintType: null, constraintDate: null };
  return { constraintType: c.type, constraintDate: formatLocalDateTime(c.date) };
}

function issue(message: string): Issue {
  return { path: 'body', code: 'unsupported', message };
}
