import { formatLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import type {
  ScheduleInput,
  ScheduleLink,
  TimeSpan,
} from '../../engine/scheduling/schedule-input.js';
import type { ScheduleResult } from '../../engine/scheduling/schedule-result.js';
import {
  DEFAULT_DURATION_SETTINGS,
  formatLag,
  formatTimeSpan,
  type DurationSettings,
} from '../plan-file/duration.js';
import { outlineOrder } from '../plan-file/read-plan-file.js';
import { CSV_PLAN_COLUMNS } from './csv-plan.js';
import { neutraliseFormula } from './formula-neutralisation.js';
import { formatCsv } from './rfc4180.js';

/** Writing the CSV plan that csv-plan.ts reads (its columns and formats are described there). */

export interface WriteCsvPlanOptions {
  settings?: DurationSettings;
}

function writeDate(t: LocalMinutes): string {
  return formatLocalDateTime(t).slice(0, 16);
}

function writeSpan(span: TimeSpan, settings: DurationSettings): string {
  if (span.minutes === 0) return span.kind === 'elapsed' ? '0ed' : '0d';
  return formatTimeSpan(span, settings);
}

/**
 * `3FS+2d`, `5SS-25%`, `7FF`, `3`: the predecessor by its row number (MS Project's ID
 * column), the link type unless it is a plain FS, then the lag.
 */
function writeLink(
  link: ScheduleLink,
  rowOf: ReadonlyMap<string, number>,
  settings: DurationSettings,
): string {
  // A link to a task outside this plan has no row: its id is the best that can be said.
  const row = String(rowOf.get(link.predecessorId) ?? link.predecessorId);
  const noLag = link.lag.kind === 'working' && link.lag.minutes === 0;
  if (noLag) return link.type === 'FS' ? row : `${row}${link.type}`;
  const lag = formatLag(link.lag, settings);
  return `${row}${link.type}${lag.startsWith('-') ? '' : '+'}${lag}`;
}

/**
 * Writes the input's tasks as CSV (CRLF, a header row, {@link CSV_PLAN_COLUMNS}) in outline
 * order. As in MS Project, the ID column is the row number (1 = the first task) and
 * Predecessors name rows by it; WBS codes come from the outline; Start and Finish are
 * filled in from `result` when it is given.
 * The project start and calendars are not written: the reader takes the start from the
 * earliest Start, or from its options.
 */
export function writeCsvPlan(
  input: ScheduleInput,
  result?: ScheduleResult,
  options: WriteCsvPlanOptions = {},
): string {
  const settings = options.settings ?? DEFAULT_DURATION_SETTINGS;
  const scheduled = new Map((result?.tasks ?? []).map((t) => [t.id, t]));
  const ids = new Set(input.tasks.map((t) => t.id));
  const ordered = outlineOrder(input.tasks);
  const rowOf = new Map(ordered.map((task, i) => [task.id, i + 1]));
  const wbsOf = new Map<string, string>();
  const childCount = new Map<string | null, number>();
  for (const task of ordered) {
    const parent = task.parentId && ids.has(task.parentId) ? task.parentId : null;
    const n = (childCount.get(parent) ?? 0) + 1;
    childCount.set(parent, n);
    wbsOf.set(task.id, parent === null ? String(n) : `${wbsOf.get(parent)!}.${n}`);
  }
  const rows: string[][] = [[...CSV_PLAN_COLUMNS]];
  for (const task of ordered) {
    const s = scheduled.get(task.id);
    const c = task.constraint;
    rows.push([
      String(rowOf.get(task.id)!),
      wbsOf.get(task.id)!,
      neutraliseFormula(task.name),
      writeSpan(task.duration, settings),
      neutraliseFormula(task.predecessors.map((l) => writeLink(l, rowOf, settings)).join(',')),
      s ? writeDate(s.start) : '',
      s ? writeDate(s.finish) : '',
      c ? c.type : '',
      c?.date === undefined ? '' : writeDate(c.date),
      task.milestone ? 'Yes' : 'No',
      task.deadline === undefined ? '' : writeDate(task.deadline),
      task.uid === undefined ? '' : String(task.uid),
    ]);
  }
  return formatCsv(rows);
}
