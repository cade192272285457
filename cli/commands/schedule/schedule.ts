import { Command, Option } from 'commander';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { schedulePlan } from '../../../engine/scheduling/schedule-plan.js';
import type {
  ScheduleDiagnostic,
  ScheduleResult,
} from '../../../engine/scheduling/schedule-result.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { renderScheduleJson, renderScheduleText } from './format-schedule.js';
import { loadPlan, type LoadedPlan } from './load-plan.js';

/** Outline depth of each task, for indenting names in the table. */
function depths(plan: LoadedPlan): Map<string, number> {
  const parent = new Map(plan.input.tasks.map((t) => [t.id, t.parentId ?? null]));
  const depth = new Map<string, number>();
  for (const task of plan.input.tasks) {
    let d = 0;
    for (
      let p = parent.get(task.id) ?? null;
      p !== null && d <= parent.size;
      p = parent.get(p) ?? null
    )
      d++;
    depth.set(task.id, d);
  }
  return depth;
}

/**
 * Compiles the calendars on the project's clock (a calendar in another zone is
 * shifted onto it), then schedules; the engine is pure and never throws on plan data.
 */
export function runSchedule(plan: LoadedPlan): ScheduleResult {
  const compiled = compileCalendars(plan.input.calendars, { projectTimeZone: plan.timezone });
  const calendarDiagnostics: ScheduleDiagnostic[] = compiled.diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    message: d.message,
    taskIds: [],
    ...(d.path ? { path: d.path } : {}),
  }));
  // A calendar without working time would make every search on it throw: leave it out,
  // the engine then reports the tasks that use it.
  for (const d of compiled.diagnostics)
    if (d.code === 'calendar_has_no_working_time') compiled.calendars.delete(d.calendarId);
  const result = schedulePlan(plan.input, { calendars: compiled.calendars });
  return { ...result, diagnostics: [...calendarDiagnostics, ...result.diagnostics] };
}

/**
 * `waymark schedule FILE [--json]`: offline, no server, no login. Exit 2 when
 * the file is bad (`file:line field: reason` lines) or the schedule has error
 * diagnostics (cycles, unknown references: the schedule is still printed).
 */
export function scheduleCommand(io: CliIo): Command {
  return new Command('schedule')
    .description(
      'schedule a Waymark plan (.yaml/.yml) or MS Project XML (.xml) offline: dates, slack and the critical path',
    )
    .argument('<file>', 'plan file (.yaml, .yml) or MSPDI file (.xml)')
    .addOption(
      new Option(
        '--json',
        'print {"finish", "tasks": [{uid, id, name, earlyStart, earlyFinish, lateStart, lateFinish, totalSlackMinutes, freeSlackMinutes, critical}], "diagnostics"}',
      ),
    )
    .action(async (file: string, options: { json?: boolean }) => {
      const plan = await loadPlan(file);
      for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
      const result = runSchedule(plan);
      io.out(
        options.json
          ? renderScheduleJson(result)
          : renderScheduleText(result, { minutesPerDay: plan.minutesPerDay, depth: depths(plan) }),
      );
      const errors = result.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0)
        throw CliError.usage(...errors.map((d) => `${file}: ${d.code}: ${d.message}`));
    });
}
