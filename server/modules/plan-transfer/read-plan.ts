import type { Issue } from '../../../contracts/common.schema.js';
import { MAX_IMPORT_ROWS, type PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { formatLocalDateTime, parseLocalDateTime } from '../../../engine/calendar/local-time.js';
import type { ScheduleInput } from '../../../engine/scheduling/index.js';
import { readCsvPlanSteps } from '../../../interchange/csv/csv-plan.js';
import {
  readMspdi,
  xmlSyntaxProblem,
  type MspdiBaselineRow,
  type MspdiReadResult,
  type MspdiSkipReason,
} from '../../../interchange/mspdi/index.js';
import type { ImportWarning } from '../../../contracts/plan-transfer.schema.js';
import { readPlanFile } from '../../../interchange/plan-file/index.js';
import { runSteps, type Steps } from '../../../interchange/stepwise.js';
import { DomainError, ValidationError } from '../../domain-errors.js';
import { planFromInputSteps, type ImportedPlan, type PlanForecastInputs } from './plan-mapping.js';

/**
 * A file with thousands of bad rows answers with the first this many problems
 * and a count of the rest: the answer stays readable and small.
 */
export const MAX_REPORTED_ISSUES = 500;

function bodyIssue(code: string, message: string): Issue {
  return { path: 'body', code, message };
}

const count = (n: number) => n.toLocaleString('en-US');

/** More rows or tasks than MAX_IMPORT_ROWS: named in the message and in the issue. */
export function tooManyRows(rows: number, what: 'rows' | 'tasks'): DomainError {
  const message = `The file has ${count(rows)} ${what}; at most ${count(MAX_IMPORT_ROWS)} can be imported.`;
  return new DomainError('too_many_rows', message, [bodyIssue('too_many_rows', message)]);
}

/** Every problem, up to MAX_REPORTED_ISSUES of them and then how many more there are. */
export function cappedIssues(issues: Issue[]): Issue[] {
  if (issues.length <= MAX_REPORTED_ISSUES) return issues;
  const rest = issues.length - MAX_REPORTED_ISSUES;
  return [
    ...issues.slice(0, MAX_REPORTED_ISSUES),
    bodyIssue('more_issues', `… and ${count(rest)} more problems not listed.`),
  ];
}

function lineIssues(errors: { line: number; field: string; reason: string }[]): Issue[] {
  return cappedIssues(
    errors.map((e) => bodyIssue('invalid_row', `line ${e.line} ${e.field}: ${e.reason}`)),
  );
}

/**
 * The file's text → the engine's input, and from a plan file also its
 * estimates, costs and risks; or every problem found (each names its line
 * when the format has lines). CSV reads in steps (see interchange/stepwise.ts);
 * the YAML and XML parsers are libraries that read a file in one call.
 */
export function* readPlanSteps(
  format: PlanFormat,
  text: string,
  today: string,
): Steps<{
  input: ScheduleInput;
  forecast?: PlanForecastInputs;
  warnings?: ImportWarning[];
  baseline?: readonly MspdiBaselineRow[];
  resources?: MspdiReadResult['resources'];
  assignments?: MspdiReadResult['assignments'];
}> {
  if (format === 'csv') {
    let r = yield* readCsvPlanSteps(text, { maxRows: MAX_IMPORT_ROWS });
    // A file without Start dates (a hand-made one) starts today.
    if (!r.ok && r.errors.length === 1 && r.errors[0]!.line === 1 && r.errors[0]!.field === 'Start')
      r = yield* readCsvPlanSteps(text, {
        start: parseLocalDateTime(`${today}T08:00`)!,
        maxRows: MAX_IMPORT_ROWS,
      });
    if (!r.ok && r.tooManyRows) throw tooManyRows(r.tooManyRows.rows, 'rows');
    if (!r.ok)
      throw new ValidationError(
        lineIssues(r.errors),
        'The CSV file has bad rows; nothing was imported.',
      );
    return { input: r.input };
  }
  if (format === 'yaml') {
    const r = readPlanFile(text);
    if (!r.ok)
      throw new ValidationError(
        lineIssues(r.errors),
        'The plan file has errors; nothing was imported.',
      );
    if (r.plan.input.tasks.length > MAX_IMPORT_ROWS)
      throw tooManyRows(r.plan.input.tasks.length, 'tasks');
    const { estimates, costs, risks } = r.plan;
    return { input: r.plan.input, forecast: { estimates, costs, risks } };
  }
  // A truncated or broken file must not import as an empty plan: the parser is lenient.
  const syntax = xmlSyntaxProblem(text);
  if (syntax)
    throw new ValidationError(
      [bodyIssue('invalid_file', `line ${syntax.line} file: ${syntax.message}`)],
      'The MSPDI file is not well-formed XML; nothing was imported.',
    );
  let read: MspdiReadResult;
  try {
    read = readMspdi(text);
  } catch (error) {
    throw new ValidationError(
      [bodyIssue('invalid_file', `line 1 file: ${(error as Error).message}`)],
      'The MSPDI file cannot be read; nothing was imported.',
    );
  }
  const { input } = read;
  if (input.tasks.length > MAX_IMPORT_ROWS) throw tooManyRows(input.tasks.length, 'tasks');
  return {
    input,
    warnings: mspdiWarnings(read),
    ...(read.baseline ? { baseline: read.baseline } : {}),
    ...(read.resources ? { resources: read.resources } : {}),
    ...(read.assignments ? { assignments: read.assignments } : {}),
  };
}

const SKIPPED: Record<MspdiSkipReason, string | null> = {
  // A blank row carries nothing.
  null: null,
  inactive: 'An inactive task is not imported (Waymark has no inactive tasks).',
  manual:
    'A manually scheduled task is imported as automatically scheduled: its dates now follow its links.',
  // A started task's actuals are imported (its dates are simply not CPM dates).
  progress: null,
};

const FIELD_OF: Record<MspdiSkipReason, string> = {
  null: 'IsNull',
  inactive: 'Active',
  manual: 'Manual',
  progress: 'ActualStart',
};

/** What the MSPDI reader read but the program cannot keep, or read differently, as warnings. */
function mspdiWarnings(read: MspdiReadResult): ImportWarning[] {
  const warnings: ImportWarning[] = read.diagnostics.map((d) => {
    const [at, ...rest] = d.path.split('/');
    return { at: at!, field: rest.join('/') || 'file', message: d.message };
  });
  for (const s of read.skipped) {
    const message = SKIPPED[s.reason];
    if (message) warnings.push({ at: `Task[UID=${s.uid}]`, field: FIELD_OF[s.reason], message });
  }
  for (const r of read.resources ?? [])
    if (r.type === 'material' || r.type === 'cost')
      warnings.push({
        at: `Resource[UID=${r.uid ?? r.id}]`,
        field: 'Type',
        message: `"${r.name}" is a ${r.type} resource: not imported (Waymark plans people's work; costs are on tasks).`,
      });
  return warnings;
}

/** readPlanSteps run straight through. */
export function readPlan(
  format: PlanFormat,
  text: string,
  today: string,
): { input: ScheduleInput; forecast?: PlanForecastInputs } {
  return runSteps(readPlanSteps(format, text, today));
}

/** The file read and mapped onto a program, or a ValidationError / too_many_rows error. */
export function* importedPlanSteps(
  format: PlanFormat,
  text: string,
  today: string,
): Steps<ImportedPlan> {
  const read = yield* readPlanSteps(format, text, today);
  // After the reader's three passes over the rows (interchange/stepwise.ts).
  const offset = 3 * read.input.tasks.length;
  const mapping = planFromInputSteps(read.input, read.forecast, read.warnings);
  let step = mapping.next();
  while (!step.done) {
    yield offset + step.value;
    step = mapping.next();
  }
  const mapped = step.value;
  if (!mapped.ok)
    throw new ValidationError(
      cappedIssues(mapped.issues),
      'The plan cannot be imported; nothing was written.',
    );
  // MS Project's Baseline 0 becomes a Waymark baseline of the new program (rows of kept items).
  const kept = new Set([...mapped.plan.tasks, ...mapped.plan.milestones].map((i) => i.key));
  const baseline = (read.baseline ?? [])
    .filter((b) => kept.has(b.taskId))
    .map((b) => ({
      key: b.taskId,
      start: formatLocalDateTime(b.start),
      finish: formatLocalDateTime(b.finish),
      durationMinutes: b.durationMinutes,
    }));
  return { ...mapped.plan, baseline, ...resourcesOf(read, mapped.plan) };
}

/**
 * The file's work resources and their assignments to the plan's tasks (a milestone takes
 * no work: an assignment to one is named in a warning). Matching to people happens when
 * they are written (plan-insert.repository.ts).
 */
function resourcesOf(
  read: { resources?: MspdiReadResult['resources']; assignments?: MspdiReadResult['assignments'] },
  plan: ImportedPlan,
): Pick<ImportedPlan, 'resources' | 'resourceAssignments'> {
  const work = (read.resources ?? []).filter((r) => (r.type ?? 'work') === 'work');
  if (work.length === 0) return {};
  const calendars = new Set(plan.calendars.map((c) => c.key));
  const tasks = new Set(plan.tasks.filter((t) => t.estimateHours !== null).map((t) => t.key));
  const milestones = new Set(plan.milestones.map((m) => m.key));
  const resources = work.map((r) => ({
    key: r.id,
    name: r.name.trim().slice(0, 200) || `Resource ${r.uid ?? r.id}`,
    maxUnits: Math.min(1000, Math.max(0.01, r.maxUnits)),
    calendarKey: r.calendarId && calendars.has(r.calendarId) ? r.calendarId : null,
    uid: r.uid !== undefined && r.uid > 0 ? r.uid : null,
  }));
  const keys = new Set(resources.map((r) => r.key));
  const resourceAssignments: NonNullable<ImportedPlan['resourceAssignments']> = [];
  for (const a of read.assignments ?? []) {
    if (!keys.has(a.resourceId)) continue;
    if (milestones.has(a.taskId)) {
      plan.warnings.push({
        at: `Assignment[Task=${a.taskId}]`,
        field: 'ResourceUID',
        message: 'An assignment to a milestone is not imported (a milestone takes no work).',
      });
      continue;
    }
    if (!tasks.has(a.taskId)) continue;
    resourceAssignments.push({
      taskKey: a.taskId,
      resourceKey: a.resourceId,
      units: Math.min(1000, Math.max(0.01, a.units)),
    });
  }
  return { resources, resourceAssignments };
}
