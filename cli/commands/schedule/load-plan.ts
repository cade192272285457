import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Assignment, Resource } from '../../../engine/levelling/levelling-types.js';
import type { ScheduleInput } from '../../../engine/scheduling/schedule-input.js';
import { readMspdi } from '../../../interchange/mspdi/read-mspdi.js';
import {
  readPlanFile,
  type PlanEstimate,
  type PlanRisk,
  type PlanTaskCost,
} from '../../../interchange/plan-file/read-plan-file.js';
import { CliError } from '../../errors.js';

/** A plan ready for the engine, whichever file it came from. */
export interface LoadedPlan {
  input: ScheduleInput;
  /** IANA zone of the project clock (MSPDI carries none: UTC). */
  timezone: string;
  minutesPerDay: number;
  /** Non-fatal remarks of the reader (MSPDI rows it could not use), printed to stderr. */
  warnings: string[];
  /** For `--level`: the plan file's resources and assignments (none from MSPDI yet). */
  resources?: Resource[];
  assignments?: Assignment[];
  /** For `waymark forecast`: the plan file's three-point estimates, risks and task costs (none from MSPDI). */
  estimates?: PlanEstimate[];
  risks?: PlanRisk[];
  costs?: PlanTaskCost[];
}

export type PlanFormat = 'plan' | 'mspdi';

export function formatOfFile(file: string): PlanFormat | null {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.yaml' || ext === '.yml') return 'plan';
  if (ext === '.xml') return 'mspdi';
  return null;
}

/**
 * Parses a plan's text. Bad input throws a usage CliError whose lines read
 * `file:line field: reason`, one per problem.
 */
export function parsePlan(file: string, text: string): LoadedPlan {
  const format = formatOfFile(file);
  if (format === 'plan') {
    const read = readPlanFile(text);
    if (!read.ok)
      throw CliError.usage(...read.errors.map((e) => `${file}:${e.line} ${e.field}: ${e.reason}`));
    return {
      input: read.plan.input,
      timezone: read.plan.timezone,
      minutesPerDay: read.plan.settings.minutesPerDay,
      warnings: [],
      resources: read.plan.resources,
      assignments: read.plan.assignments,
      estimates: read.plan.estimates,
      risks: read.plan.risks,
      costs: read.plan.costs,
    };
  }
  if (format === 'mspdi') {
    let read;
    try {
      read = readMspdi(text);
    } catch (error) {
      throw CliError.usage(
        `${file}:1 Project: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    return {
      input: read.input,
      timezone: 'UTC',
      minutesPerDay: read.project.minutesPerDay,
      warnings: read.diagnostics.map((d) => `${file}: ${d.path}: ${d.message}`),
    };
  }
  throw CliError.usage(
    `${file}: not a plan file: expected .yaml or .yml (Waymark plan) or .xml (MS Project XML)`,
  );
}

export async function loadPlan(file: string): Promise<LoadedPlan> {
  if (!formatOfFile(file)) parsePlan(file, '');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'a directory'
          : (code ?? String(error));
    throw CliError.usage(`${file}: cannot read: ${reason}`);
  }
  return parsePlan(file, text);
}
