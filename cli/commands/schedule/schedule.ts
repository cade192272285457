import { Command, Option } from 'commander';
import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import { levelPlan } from '../../../engine/levelling/level-plan.js';
import type { LevelingResult } from '../../../engine/levelling/levelling-types.js';
import { schedulePlan } from '../../../engine/scheduling/schedule-plan.js';
import type {
  ScheduleDiagnostic,
  ScheduleResult,
} from '../../../engine/scheduling/schedule-result.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import {
  formatSlack,
  renderScheduleJson,
  renderScheduleText,
  toScheduleJson,
} from './format-schedule.js';
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
  return runLevelled(plan, null).result;
}

/**
 * `runSchedule`, then (when `level` is given) resource levelling of the plan's
 * resources and assignments; the calendar diagnostics lead the result's.
 */
export function runLevelled(
  plan: LoadedPlan,
  level: { withinSlackOnly: boolean } | null,
): LevelingResult {
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
  const levelled = level
    ? levelPlan(plan.input, plan.resources ?? [], plan.assignments ?? [], level, compiled.calendars)
    : {
        result: schedulePlan(plan.input, { calendars: compiled.calendars }),
        delays: [],
        unresolved: [],
        diagnostics: [],
      };
  const result = levelled.result;
  return {
    ...levelled,
    result: { ...result, diagnostics: [...calendarDiagnostics, ...result.diagnostics] },
  };
}

/** The levelling report under the table: each delay and each task left over-allocated. */
function renderLevellingText(
  levelled: Omit<LevelingResult, 'result'>,
  minutesPerDay: number,
): string {
  const lines = [
    `Levelling: ${levelled.delays.length} task(s) delayed, ${levelled.unresolved.length} left over-allocated`,
  ];
  for (const d of levelled.delays)
    lines.push(
      `  delayed ${d.taskId} by ${formatSlack(d.delayMinutes, minutesPerDay)}: ${d.reason}`,
    );
  for (const u of levelled.unresolved) lines.push(`  unresolved ${u.taskId}: ${u.reason}`);
  for (const d of levelled.diagnostics) lines.push(`  warning: ${d.code}: ${d.message}`);
  return `${lines.join('\n')}\n`;
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
    .addOption(
      new Option(
        '--level',
        'level resources: delay tasks until no resource is over capacity (the plan file\'s resources and assignments); JSON adds "levelling": {delays, unresolved, diagnostics}',
      ),
    )
    .addOption(
      new Option(
        '--within-slack',
        'with --level: delay tasks only within their total slack (the finish does not move)',
      ),
    )
    .action(
      async (file: string, options: { json?: boolean; level?: boolean; withinSlack?: boolean }) => {
        if (options.withinSlack && !options.level)
          throw CliError.usage('--within-slack needs --level');
        const plan = await loadPlan(file);
        for (const warning of plan.warnings) io.err(`warning: ${warning}\n`);
        const levelled = runLevelled(
          plan,
          options.level ? { withinSlackOnly: options.withinSlack === true } : null,
        );
        const result = levelled.result;
        if (options.json) {
          io.out(
            options.level
              ? `${JSON.stringify({
                  ...toScheduleJson(result),
                  levelling: {
                    delays: levelled.delays,
                    unresolved: levelled.unresolved,
                    diagnostics: levelled.diagnostics,
                  },
                })}\n`
              : renderScheduleJson(result),
          );
        } else {
          io.out(
            renderScheduleText(result, { minutesPerDay: plan.minutesPerDay, depth: depths(plan) }),
          );
          if (options.level) io.out(renderLevellingText(levelled, plan.minutesPerDay));
        }
        const errors = result.diagnostics.filter((d) => d.severity === 'error');
        if (errors.length > 0)
          throw CliError.usage(...errors.map((d) => `${file}: ${d.code}: ${d.message}`));
      },
    );
}
