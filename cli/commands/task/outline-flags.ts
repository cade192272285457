import { CliError } from '../../errors.js';
import type { FieldFlag } from '../../fields.js';

/** yes/no as people type it, for boolean fields. */
function yesNo(field: string) {
  return ([text]: string[]): boolean => {
    const t = (text ?? '').trim().toLowerCase();
    if (['yes', 'true', '1'].includes(t)) return true;
    if (['no', 'false', '0'].includes(t)) return false;
    throw CliError.usage(`${field}: give yes or no`);
  };
}

/**
 * Where an item sits in a plan as MS Project sees it (issue 15): shared by tasks and
 * milestones, in add and update.
 */
export const OUTLINE_FLAGS: readonly FieldFlag[] = [
  {
    field: 'parentTaskId',
    flag: 'parent',
    nullable: true,
    description: 'the summary task it sits under (same program)',
  },
  {
    field: 'calendarId',
    flag: 'calendar',
    nullable: true,
    description: "one of the program's calendars (default: the program's own)",
  },
];

/** Only tasks take time: a deadline and an elapsed (wall-clock) duration. */
export const TASK_TIMING_FLAGS: readonly FieldFlag[] = [
  {
    field: 'deadline',
    nullable: true,
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock; its late finish is never after it",
  },
  {
    field: 'durationElapsed',
    flag: 'elapsed',
    description: 'yes: the estimate is wall-clock time (24 × 7), no: working time',
    toValue: yesNo('durationElapsed'),
  },
];

/** A milestone's constraint, as a task's. */
export const MILESTONE_CONSTRAINT_FLAGS: readonly FieldFlag[] = [
  {
    field: 'constraintType',
    nullable: true,
    description: 'SNET | SNLT | FNET | FNLT | MSO | MFO | ALAP',
  },
  {
    field: 'constraintDate',
    nullable: true,
    description: "YYYY-MM-DDTHH:MM:SS on the program's clock",
  },
];
