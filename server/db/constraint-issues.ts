import { DomainError, DuplicateError, ValidationError } from '../domain-errors.js';

interface PgError {
  code?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

/** Constraint name -> the request field it guards and what to tell the user. */
const KNOWN_CONSTRAINTS: Record<string, { path: string; message: string }> = {
  teams_name_unique: { path: 'body.name', message: 'a team with this name already exists' },
  users_email_unique: { path: 'body.email', message: 'a user with this e-mail already exists' },
  programs_target_date_after_start: {
    path: 'body.targetDate',
    message: 'must be on or after the start date',
  },
  tasks_due_date_after_start: {
    path: 'body.dueDate',
    message: 'must be on or after the start date',
  },
  workstreams_name_unique: {
    path: 'body.name',
    message: 'this program already has a workstream with this name',
  },
  baselines_name_unique: {
    path: 'body.name',
    message: 'this program already has a baseline with this name',
  },
  dependencies_pair_unique: {
    path: 'body.successorId',
    message: 'these two items are already linked',
  },
  tasks_estimate_optimistic_range: {
    path: 'body.estimateOptimisticHours',
    message: 'must be at most the likely estimate',
  },
  tasks_estimate_pessimistic_range: {
    path: 'body.estimatePessimisticHours',
    message: 'must be at least the likely and the optimistic estimates',
  },
  // Ajv refuses negatives first; these guard writes that skip it (imports, the demo).
  tasks_fixed_cost_nonnegative: { path: 'body.fixedCost', message: 'must be at least 0' },
  tasks_cost_per_hour_nonnegative: { path: 'body.costPerHour', message: 'must be at least 0' },
  forecasts_rank_correlation_range: {
    path: 'body.rankCorrelation',
    message: 'must be at least 0 and below 1',
  },
  program_risks_probability_range: { path: 'body.probability', message: 'must be between 0 and 1' },
  program_risks_delay_optimistic_order: {
    path: 'body.delayOptimisticHours',
    message: 'must be at least 0 and at most the delay (delayHours)',
  },
  program_risks_delay_pessimistic_order: {
    path: 'body.delayPessimisticHours',
    message: 'must be at least the delay (delayHours)',
  },
  tasks_constraint_date_required: {
    path: 'body.constraintDate',
    message: 'is required for this constraint type (every type but ALAP)',
  },
  tasks_constraint_type_required: {
    path: 'body.constraintType',
    message: 'a constraint date needs one of the constraint types SNET, SNLT, FNET, FNLT, MSO, MFO',
  },
  milestones_constraint_date_required: {
    path: 'body.constraintDate',
    message: 'is required for this constraint type (every type but ALAP)',
  },
  milestones_constraint_type_required: {
    path: 'body.constraintType',
    message: 'a constraint date needs one of the constraint types SNET, SNLT, FNET, FNLT, MSO, MFO',
  },
  tasks_not_own_parent: { path: 'body.parentTaskId', message: 'a task cannot be its own parent' },
  program_calendars_not_own_base: {
    path: 'body.baseCalendarId',
    message: 'a calendar cannot be its own base',
  },
  dependencies_lag_percent_kind: {
    path: 'body.lagPercent',
    message: 'a percent lag needs its percentage (lagPercent), and only a percent lag has one',
  },
  dependencies_lag_percent_range: {
    path: 'body.lagPercent',
    message: 'must be between -100000 and 100000',
  },
  dependencies_not_self: { path: 'body.successorId', message: 'an item cannot depend on itself' },
  career_tracks_key_unique: { path: 'body.key', message: 'a career track with this key exists' },
  career_levels_key_unique: { path: 'body.key', message: 'a career level with this key exists' },
  career_levels_path_grade_unique: {
    path: 'body.grade',
    message: 'this path already has a level at this grade',
  },
};

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

/**
 * Maps SQLSTATE + constraint name to a domain error naming the field. Never
 * matches on message text. Anything unrecognised is returned unchanged (a 500).
 */
export function translateDatabaseError(error: unknown): unknown {
  if (error instanceof DomainError || typeof error !== 'object' || error === null) return error;
  const pgError = error as PgError;
  const constraint = pgError.constraint;
  if (!constraint) return error;
  const known = KNOWN_CONSTRAINTS[constraint];
  switch (pgError.code) {
    case '23505': // unique_violation
      return new DuplicateError(known?.path ?? 'body', known?.message ?? 'already exists');
    case '23514': // check_violation
      if (known) return ValidationError.field(known.path, 'invalid', known.message);
      return error;
    case '23503': {
      // foreign_key_violation: constraint names follow PostgreSQL's <table>_<column>_fkey.
      const match = /^[a-z]+_([a-z_]+)_fkey$/.exec(constraint);
      if (!match?.[1]) return error;
      const field = camelCase(match[1]);
      return ValidationError.field(
        `body.${field}`,
        'not_found',
        `no such ${field.replace(/Id$/, '')}`,
      );
    }
    default:
      return error;
  }
}
