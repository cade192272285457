/**
 * Writes a schedule input as a Waymark plan file (YAML) that readPlanFile reads back
 * to the same tasks, links, durations, constraints, deadlines and WBS parents.
 *
 * - `start` is the input's start; tasks are written in outline order with their
 *   ids (as text), `parent` for the WBS, `after` links (`{task, type, lag}` unless
 *   a plain FS link without lag, which is just the id).
 * - A summary task (one with children) gets no duration: the reader rolls it up.
 * - Three-point estimates, task costs and risks are written when given (the
 *   forecast's inputs); a task with an estimate keeps its duration too.
 * - Calendars are not written: every task is on the built-in `standard` calendar
 *   when read back (Waymark schedules on it), so task `calendar` fields are left out.
 *
 * Pure: the text is built from the input alone.
 */
import { stringify } from 'yaml';
import { formatLocalDateTime } from '../../engine/calendar/local-time.js';
import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import {
  DEFAULT_DURATION_SETTINGS,
  formatLag,
  formatTimeSpan,
  type DurationSettings,
} from './duration.js';
import type { TaskDocument } from './plan-file.schema.js';
import {
  outlineOrder,
  type PlanEstimate,
  type PlanRisk,
  type PlanTaskCost,
} from './read-plan-file.js';

export interface WritePlanFileOptions {
  name?: string;
  settings?: DurationSettings;
  /** For the forecast: three-point estimates, risks and task costs, written as readPlanFile reads them. */
  estimates?: readonly PlanEstimate[];
  risks?: readonly PlanRisk[];
  costs?: readonly PlanTaskCost[];
}

export function writePlanFile(input: ScheduleInput, options: WritePlanFileOptions = {}): string {
  const settings = options.settings ?? DEFAULT_DURATION_SETTINGS;
  const ids = new Set(input.tasks.map((t) => t.id));
  const parents = new Set(
    input.tasks.flatMap((t) => (t.parentId && ids.has(t.parentId) ? [t.parentId] : [])),
  );
  const estimateOf = new Map((options.estimates ?? []).map((e) => [e.taskId, e]));
  const costOf = new Map((options.costs ?? []).map((c) => [c.taskId, c]));
  const tasks: TaskDocument[] = outlineOrder(input.tasks).map((t) => {
    const doc: TaskDocument = { id: t.id, name: t.name };
    if (t.parentId && ids.has(t.parentId)) doc.parent = t.parentId;
    if (!parents.has(t.id)) doc.duration = formatTimeSpan(t.duration, settings);
    if (t.milestone) doc.milestone = true;
    const estimate = parents.has(t.id) ? undefined : estimateOf.get(t.id);
    if (estimate)
      doc.estimate = {
        optimistic: formatTimeSpan(estimate.optimistic, settings),
        likely: formatTimeSpan(estimate.likely, settings),
        pessimistic: formatTimeSpan(estimate.pessimistic, settings),
      };
    const cost = parents.has(t.id) ? undefined : costOf.get(t.id);
    if (cost)
      doc.cost = {
        ...(cost.fixedCost === undefined ? {} : { fixed: cost.fixedCost }),
        ...(cost.costPerHour === undefined ? {} : { perHour: cost.costPerHour }),
      };
    if (t.predecessors.length > 0)
      doc.after = t.predecessors.map((l) => {
        const zeroLag = l.lag.kind !== 'percent' && l.lag.minutes === 0;
        if (l.type === 'FS' && zeroLag) return l.predecessorId;
        return {
          task: l.predecessorId,
          ...(l.type === 'FS' ? {} : { type: l.type }),
          ...(zeroLag ? {} : { lag: formatLag(l.lag, settings) }),
        };
      });
    if (t.constraint)
      doc.constraint = {
        type: t.constraint.type,
        ...(t.constraint.date === undefined
          ? {}
          : { date: formatLocalDateTime(t.constraint.date) }),
      };
    if (t.deadline !== undefined) doc.deadline = formatLocalDateTime(t.deadline);
    return doc;
  });
  return stringify(
    {
      ...(options.name === undefined ? {} : { name: options.name }),
      start: formatLocalDateTime(input.start),
      tasks,
      ...(options.risks?.length
        ? {
            risks: options.risks.map((r) => ({
              id: r.id,
              name: r.name,
              probability: r.probability,
              impact: {
                tasks: r.impact.taskIds,
                delay: formatTimeSpan(r.impact.delay, settings),
                ...(r.impact.cost === undefined ? {} : { cost: r.impact.cost }),
              },
            })),
          }
        : {}),
    },
    { lineWidth: 0 },
  );
}
