import type { CalendarDefinition } from '../../engine/calendar/calendar-definition.js';
import { compileCalendars } from '../../engine/calendar/compile-calendar.js';
import { ELAPSED_TIME } from '../../engine/calendar/compiled-working-time.js';
import type { WorkingTime } from '../../engine/calendar/working-time.js';
import type { ScheduleTask } from '../../engine/scheduling/schedule-input.js';
import { parseIsoDuration } from './codes.js';
import { date, flag, int, list, text, type Node } from './mspdi-xml.js';
import type { MspdiDiagnostic } from './read-mspdi.js';

/**
 * What an MSPDI file carries that the Waymark model has no place for, reported as diagnostics so
 * that nothing is dropped without a word: split tasks, task types whose duration follows work and
 * units, recurring tasks and hyperlinks.
 */

/** A task kept in `input.tasks`, with the `<Task>` element it was read from. */
export interface ReadTaskRow {
  task: ScheduleTask;
  node: Node;
  summary: boolean;
}

export interface DroppedFeatureContext {
  rows: readonly ReadTaskRow[];
  assignments: readonly Node[];
  calendars: readonly CalendarDefinition[];
  projectCalendarId: string;
  /** UIDs of tasks with non-zero work on a work resource. */
  workAssigned: ReadonlySet<number>;
}

export const SPLIT_MESSAGE =
  'Split task: its parts are imported as one task (Waymark does not split tasks)';

/** Timephased work types of an assignment: 1 = remaining work, 2 = actual work. */
const WORK_TYPES = new Set([1, 2]);

/**
 * Task UIDs with an assignment whose work stops and resumes: an explicit zero-work period between
 * two periods with work (MS Project writes non-working time without a value, and a split as zero).
 */
function timephasedSplits(assignments: readonly Node[]): Set<string> {
  const out = new Set<string>();
  for (const a of assignments) {
    const taskUid = int(a, 'TaskUID');
    if (taskUid === null) continue;
    const periods = list(a, 'TimephasedData')
      .filter((d) => WORK_TYPES.has(int(d, 'Type') ?? 0))
      .map((d) => {
        // `Value` is also an outline-code list element, so the parser hands it over as an array.
        const raw = d['Value'];
        const value = text({ Value: Array.isArray(raw) ? raw[0] : raw }, 'Value');
        return {
          start: date(text(d, 'Start')),
          finish: date(text(d, 'Finish')),
          work: value === null ? null : parseIsoDuration(value),
        };
      })
      .filter((p) => p.start !== null && p.finish !== null && p.work !== null)
      .sort((x, y) => x.start! - y.start!);
    let state: 'before' | 'working' | 'stopped' = 'before';
    for (const p of periods) {
      if (p.work! > 0) {
        if (state === 'stopped') {
          out.add(String(taskUid));
          break;
        }
        state = 'working';
      } else if (state === 'working' && p.finish! > p.start!) {
        state = 'stopped';
      }
    }
  }
  return out;
}

/**
 * Waymark keeps a task's duration when its assignments change (MS Project's fixed duration). A
 * fixed-work task, and an effort-driven one, would instead keep the work and move the duration.
 */
function workDrivenField(node: Node): { field: string; kind: string } | null {
  if (int(node, 'Type') === 2) return { field: 'Type', kind: 'Fixed-work task' };
  if (flag(node, 'EffortDriven') === true)
    return { field: 'EffortDriven', kind: 'Effort-driven task' };
  return null;
}

export function droppedFeatureDiagnostics(ctx: DroppedFeatureContext): MspdiDiagnostic[] {
  const out: MspdiDiagnostic[] = [];
  const splitByWork = timephasedSplits(ctx.assignments);
  const childrenOf = new Map<string, ReadTaskRow[]>();
  for (const row of ctx.rows) {
    const parent = row.task.parentId;
    if (!parent) continue;
    const siblings = childrenOf.get(parent) ?? [];
    siblings.push(row);
    childrenOf.set(parent, siblings);
  }
  // Compiled only when some task has a Stop before its Resume (few files do).
  let clocks: Map<string, WorkingTime> | undefined;
  const clockOf = (task: ScheduleTask): WorkingTime | undefined => {
    if (task.duration.kind === 'elapsed') return ELAPSED_TIME;
    clocks ??= compileCalendars(ctx.calendars).calendars;
    return clocks.get(task.calendarId ?? ctx.projectCalendarId);
  };
  const workBetween = (task: ScheduleTask, a: number, b: number): number => {
    try {
      return clockOf(task)?.workingBetween(a, b) ?? 0;
    } catch {
      return 0; // a calendar without working time: no gap to speak of
    }
  };

  for (const { task, node, summary } of ctx.rows) {
    const path = `Task[UID=${task.uid ?? task.id}]`;
    if (!summary) {
      // Stop/Resume on an unfinished task: its actual part ends, its remaining part resumes later.
      const stop = date(text(node, 'Stop'));
      const resume = date(text(node, 'Resume'));
      const unfinished = date(text(node, 'ActualFinish')) === null;
      const stopped =
        unfinished &&
        stop !== null &&
        resume !== null &&
        resume > stop &&
        workBetween(task, stop, resume) > 0;
      if (stopped || splitByWork.has(task.id)) out.push({ path, message: SPLIT_MESSAGE });

      const uid = task.uid ?? Number(task.id);
      const driven = ctx.workAssigned.has(uid) ? workDrivenField(node) : null;
      if (driven) {
        out.push({
          path: `${path}/${driven.field}`,
          message: `${driven.kind}: Waymark keeps its duration when its assignments change (MS Project would keep the work and change the duration)`,
        });
      }
    }

    // MS Project marks a recurring task's summary and each occurrence; converted files also set
    // the flag on unrelated rows, so a summary counts only when all its children are occurrences.
    const children = childrenOf.get(task.id) ?? [];
    if (
      summary &&
      flag(node, 'Recurring') === true &&
      children.length > 0 &&
      children.every((c) => flag(c.node, 'Recurring') === true)
    ) {
      out.push({
        path: `${path}/Recurring`,
        message:
          'Recurring task: its occurrences are imported as separate tasks; the recurrence itself is not kept',
      });
    }

    const hyperlink = text(node, 'HyperlinkAddress') || text(node, 'Hyperlink');
    if (hyperlink) {
      out.push({
        path: `${path}/Hyperlink`,
        message: `Hyperlink ${hyperlink} is not imported (a Waymark task has no hyperlink field)`,
      });
    }
  }
  return out;
}
