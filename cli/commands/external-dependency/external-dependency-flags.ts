import type { FieldFlag } from '../../fields.js';

/** The fields of an external dependency, as add and update take them. */
export const EXTERNAL_DEPENDENCY_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what the program waits for' },
  { field: 'description', description: 'details' },
  { field: 'kind', description: 'team, vendor or date' },
  { field: 'party', description: 'the team or vendor, by name' },
  { field: 'teamId', flag: 'team', nullable: true, description: 'a Waymark team (team id)' },
  { field: 'needByDate', nullable: true, description: 'the day it is needed by (YYYY-MM-DD)' },
  { field: 'status', description: 'pending, committed, at_risk, delivered or missed' },
  { field: 'ownerId', flag: 'owner', nullable: true, description: 'who follows it up (a user id)' },
  {
    field: 'taskIds',
    flag: 'task',
    repeatable: true,
    description: 'a task of the program that waits on it; replaces the list on update',
  },
];
