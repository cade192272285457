import type { FieldFlag } from '../../fields.js';

/** The fields of an issue, as add and update take them. */
export const ISSUE_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what is wrong' },
  { field: 'description', description: 'what happened and its effect' },
  { field: 'severity', description: 'low, medium, high or critical' },
  { field: 'ownerId', flag: 'owner', nullable: true, description: 'who resolves it (a user id)' },
  { field: 'dueDate', nullable: true, description: 'the day it must be resolved by (YYYY-MM-DD)' },
  { field: 'status', description: 'open, in_progress, resolved or closed' },
  { field: 'escalationLevel', description: 'none, program, director or executive' },
  {
    field: 'taskIds',
    flag: 'task',
    repeatable: true,
    description: 'a task of the program it blocks; replaces the list on update',
  },
  {
    field: 'riskIds',
    flag: 'risk',
    repeatable: true,
    description: 'a risk of the program it relates to; replaces the list on update',
  },
];
