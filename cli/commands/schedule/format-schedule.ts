import { formatLocalDateTime, type LocalMinutes } from '../../../engine/calendar/local-time.js';
import type {
  ScheduleDiagnostic,
  ScheduleResult,
  TaskSchedule,
} from '../../../engine/scheduling/schedule-result.js';
import { renderTable, type Column } from '../../output.js';

/** One task of `waymark schedule --json`; keys in this order, times project-local without a zone. */
export interface ScheduleJsonTask {
  uid: number;
  id: string;
  name: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackMinutes: number;
  freeSlackMinutes: number;
  critical: boolean;
}

export interface ScheduleJsonDiagnostic {
  code: string;
  severity: 'error' | 'warning';
  message: string;
  taskIds: string[];
  path?: string[];
}

/** What `waymark schedule FILE --json` prints. */
export interface ScheduleJson {
  finish: string;
  tasks: ScheduleJsonTask[];
  diagnostics: ScheduleJsonDiagnostic[];
}

function diagnosticJson(d: ScheduleDiagnostic): ScheduleJsonDiagnostic {
  return {
    code: d.code,
    severity: d.severity,
    message: d.message,
    taskIds: [...d.taskIds],
    ...(d.path ? { path: [...d.path] } : {}),
  };
}

/** The engine's result as the CLI's JSON: uid = the task's uid, else its 1-based position. */
export function toScheduleJson(result: ScheduleResult): ScheduleJson {
  return {
    finish: formatLocalDateTime(result.finish),
    tasks: result.tasks.map((t, i) => ({
      uid: t.uid ?? i + 1,
      id: t.id,
      name: t.name,
      earlyStart: formatLocalDateTime(t.earlyStart),
      earlyFinish: formatLocalDateTime(t.earlyFinish),
      lateStart: formatLocalDateTime(t.lateStart),
      lateFinish: formatLocalDateTime(t.lateFinish),
      // `+ 0` turns -0 into 0.
      totalSlackMinutes: Math.round(t.totalSlackMinutes) + 0,
      freeSlackMinutes: Math.round(t.freeSlackMinutes) + 0,
      critical: t.critical,
    })),
    diagnostics: result.diagnostics.map(diagnosticJson),
  };
}

/** One line, so a 5,000-task schedule stays one JSON document per line for pipes. */
export function renderScheduleJson(result: ScheduleResult): string {
  return `${JSON.stringify(toScheduleJson(result))}\n`;
}

/** Working minutes as `2d 3h 15m` (days of `minutesPerDay`); `0` for none, `-` prefix when negative. */
export function formatSlack(minutes: number, minutesPerDay = 480): string {
  const rounded = Math.round(minutes);
  if (rounded === 0) return '0';
  const sign = rounded < 0 ? '-' : '';
  let rest = Math.abs(rounded);
  const days = Math.floor(rest / minutesPerDay);
  rest -= days * minutesPerDay;
  const hours = Math.floor(rest / 60);
  const mins = rest - hours * 60;
  const parts = [days ? `${days}d` : '', hours ? `${hours}h` : '', mins ? `${mins}m` : ''];
  return sign + parts.filter(Boolean).join(' ');
}

/** `2027-01-04 08:00`: the table's date format (the JSON keeps seconds). */
export function formatTableDate(t: LocalMinutes): string {
  return formatLocalDateTime(t).slice(0, 16).replace('T', ' ');
}

export interface ScheduleTextOptions {
  minutesPerDay?: number;
  /** Outline depth per task id (0 = top level); names are indented by it. */
  depth?: ReadonlyMap<string, number>;
}

/** The readable schedule: one row per task, `*` on critical tasks, then the finish, the critical path and any diagnostics. */
export function renderScheduleText(
  result: ScheduleResult,
  options: ScheduleTextOptions = {},
): string {
  const perDay = options.minutesPerDay ?? 480;
  const rows = result.tasks.map((task, i) => ({ task, uid: task.uid ?? i + 1 }));
  const columns: Column<{ task: TaskSchedule; uid: number }>[] = [
    { header: 'CRIT', value: ({ task }) => (task.critical ? '*' : '') },
    { header: 'UID', value: ({ uid }) => String(uid) },
    { header: 'ID', value: ({ task }) => task.id, maxWidth: 24 },
    {
      header: 'NAME',
      value: ({ task }) => `${'· '.repeat(options.depth?.get(task.id) ?? 0)}${task.name}`,
      maxWidth: 40,
    },
    { header: 'START', value: ({ task }) => formatTableDate(task.earlyStart) },
    { header: 'FINISH', value: ({ task }) => formatTableDate(task.earlyFinish) },
    { header: 'LATE START', value: ({ task }) => formatTableDate(task.lateStart) },
    { header: 'LATE FINISH', value: ({ task }) => formatTableDate(task.lateFinish) },
    { header: 'TOTAL SLACK', value: ({ task }) => formatSlack(task.totalSlackMinutes, perDay) },
    { header: 'FREE SLACK', value: ({ task }) => formatSlack(task.freeSlackMinutes, perDay) },
  ];
  let text = rows.length > 0 ? renderTable(columns, rows) : 'No tasks.\n';
  text += `\nFinish: ${formatTableDate(result.finish)}\n`;
  const path = result.tasks
    .filter((t) => t.critical && !t.summary)
    // Late dates first: on a chain held back by a constraint (negative slack) the early
    // dates can run backwards, the late ones still follow the links.
    .sort(
      (a, b) =>
        a.lateStart - b.lateStart || a.earlyStart - b.earlyStart || a.lateFinish - b.lateFinish,
    );
  text +=
    path.length > 0
      ? `Critical path (*): ${path.map((t) => t.id).join(' → ')}\n`
      : 'Critical path (*): none\n';
  for (const d of result.diagnostics) {
    const tasks = d.taskIds.length ? ` [${d.taskIds.join(', ')}]` : '';
    text += `${d.severity}: ${d.code}: ${d.message}${tasks}\n`;
  }
  return text;
}
