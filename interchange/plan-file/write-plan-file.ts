/**
 * Writes a schedule input as a Waymark plan file (YAML) that readPlanFile reads back
 * to the same plan: scheduling the file gives the input's schedule to the minute.
 *
 * - `start`, `statusDate`, `criticalSlack` and the duration settings (when not MS
 *   Project's defaults: `d`, `w`, `mo` are written in them) are the input's.
 * - Every calendar (week, exceptions with their repeats, base, zone; see
 *   write-plan-file-calendars.ts), the project `calendar` and each task's `calendar`.
 * - Tasks in outline order with their ids (as text), `uid` when they have one,
 *   `parent` for the WBS, `after` links (`{task, type, lag}` unless a plain FS
 *   link without lag, which is just the id), constraint, deadline, priority and
 *   actuals (`progress`).
 * - A summary task (one with children) gets no duration, milestone flag or
 *   constraint: the reader rolls it up and refuses them, the engine ignores them.
 * - Three-point estimates, task costs and risks are written when given (the
 *   forecast's inputs); a task with an estimate keeps its duration too.
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
import type { PlanFileDocument, TaskDocument } from './plan-file.schema.js';
import { STANDARD_CALENDAR_ID } from './plan-file-calendars.js';
import { calendarDocuments } from './write-plan-file-calendars.js';
import {
  outlineOrder,
  type PlanEstimate,
  type PlanRisk,
  type PlanTaskCost,
} from './read-plan-file.js';

export interface WritePlanFileOptions {
  name?: string;
  /** IANA zone of the plan's wall clock; left out, the reader takes UTC. */
  timezone?: string;
  settings?: DurationSettings;
  /** For the forecast: three-point estimates, risks and task costs, written as readPlanFile reads them. */
  estimates?: readonly PlanEstimate[];
  risks?: readonly PlanRisk[];
  costs?: readonly PlanTaskCost[];
}

/**
 * The settings the file can state (the reader's limits); one it cannot (a file's
 * 0 days a month) is the default, and the units are written in what the file states.
 */
function writableSettings(settings: DurationSettings): DurationSettings {
  const valid = (n: number, max = Infinity) => Number.isInteger(n) && n >= 1 && n <= max;
  const d = DEFAULT_DURATION_SETTINGS;
  return {
    minutesPerDay: valid(settings.minutesPerDay, 1440) ? settings.minutesPerDay : d.minutesPerDay,
    minutesPerWeek: valid(settings.minutesPerWeek) ? settings.minutesPerWeek : d.minutesPerWeek,
    minutesPerMonth: valid(settings.minutesPerMonth) ? settings.minutesPerMonth : d.minutesPerMonth,
  };
}

export function writePlanFile(input: ScheduleInput, options: WritePlanFileOptions = {}): string {
  const settings = writableSettings(options.settings ?? DEFAULT_DURATION_SETTINGS);
  const ids = new Set(input.tasks.map((t) => t.id));
  const parents = new Set(
    input.tasks.flatMap((t) => (t.parentId && ids.has(t.parentId) ? [t.parentId] : [])),
  );
  const estimateOf = new Map((options.estimates ?? []).map((e) => [e.taskId, e]));
  const costOf = new Map((options.costs ?? []).map((c) => [c.taskId, c]));
  const tasks: TaskDocument[] = outlineOrder(input.tasks).map((t) => {
    const doc: TaskDocument = { id: t.id };
    if (t.uid !== undefined) doc.uid = t.uid;
    doc.name = t.name;
    if (t.parentId && ids.has(t.parentId)) doc.parent = t.parentId;
    if (!parents.has(t.id)) doc.duration = formatTimeSpan(t.duration, settings);
    // The reader refuses these on a summary, and the engine never reads them there.
    const summary = parents.has(t.id);
    if (t.milestone && !summary) doc.milestone = true;
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
    if (t.constraint && !summary)
      doc.constraint = {
        type: t.constraint.type,
        ...(t.constraint.date === undefined
          ? {}
          : { date: formatLocalDateTime(t.constraint.date) }),
      };
    if (t.deadline !== undefined) doc.deadline = formatLocalDateTime(t.deadline);
    if (t.calendarId !== undefined && t.calendarId !== null) doc.calendar = t.calendarId;
    if (t.priority !== undefined) doc.priority = t.priority;
    if (t.progress) {
      const { actualStart, actualFinish, remainingMinutes } = t.progress;
      doc.progress = {
        actualStart: formatLocalDateTime(actualStart),
        ...(actualFinish === undefined ? {} : { actualFinish: formatLocalDateTime(actualFinish) }),
        ...(remainingMinutes === undefined
          ? {}
          : {
              remaining: formatTimeSpan(
                // A summary's time base when read back is working time.
                { kind: summary ? 'working' : t.duration.kind, minutes: remainingMinutes },
                settings,
              ),
            }),
      };
    }
    return doc;
  });
  const defaults = DEFAULT_DURATION_SETTINGS;
  const calendars = calendarDocuments(input.calendars);
  const head: Omit<PlanFileDocument, 'tasks'> = {
    ...(options.name === undefined ? {} : { name: options.name }),
    start: formatLocalDateTime(input.start),
    ...(input.statusDate === undefined
      ? {}
      : { statusDate: formatLocalDateTime(input.statusDate) }),
    ...(options.timezone === undefined ? {} : { timezone: options.timezone }),
    ...(settings.minutesPerDay === defaults.minutesPerDay
      ? {}
      : { minutesPerDay: settings.minutesPerDay }),
    ...(settings.minutesPerWeek === defaults.minutesPerWeek
      ? {}
      : { minutesPerWeek: settings.minutesPerWeek }),
    ...(settings.minutesPerMonth === defaults.minutesPerMonth
      ? {}
      : { minutesPerMonth: settings.minutesPerMonth }),
    ...(input.criticalSlackMinutes !== undefined && input.criticalSlackMinutes > 0
      ? {
          criticalSlack: formatTimeSpan(
            { kind: 'working', minutes: input.criticalSlackMinutes },
            settings,
          ),
        }
      : {}),
    ...(input.projectCalendarId === STANDARD_CALENDAR_ID
      ? {}
      : { calendar: input.projectCalendarId }),
    ...(calendars.length > 0 ? { calendars } : {}),
  };
  return stringify(
    {
      ...head,
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
