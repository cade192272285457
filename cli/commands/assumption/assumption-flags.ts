import type { FieldFlag } from '../../fields.js';

/** The fields of an assumption, as add and update take them. */
export const ASSUMPTION_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'statement', description: 'what is taken as true' },
  { field: 'description', description: 'why it matters' },
  { field: 'ownerId', flag: 'owner', nullable: true, description: 'who checks it (a user id)' },
  {
    field: 'validateBy',
    nullable: true,
    description: 'the day it must be checked by (YYYY-MM-DD)',
  },
  { field: 'status', description: 'unvalidated, valid or invalid' },
  { field: 'note', description: 'what the check found' },
];
