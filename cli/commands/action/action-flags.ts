import type { FieldFlag } from '../../fields.js';

/** The fields of an action item, as add and update take them. */
export const ACTION_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what is to be done' },
  { field: 'ownerId', flag: 'owner', description: 'the user who owes it (default: you)' },
  { field: 'dueDate', flag: 'due', nullable: true, description: 'when it is due, YYYY-MM-DD' },
  { field: 'notes', nullable: true, description: 'more about it' },
];

/** Only on add: where the item belongs and where it came from. */
export const ACTION_ADD_FLAGS: readonly FieldFlag[] = [
  { field: 'programId', flag: 'program', description: 'the program (default: the portfolio)' },
  {
    field: 'sourceKind',
    flag: 'source-kind',
    description: 'review, post_mortem, status_report, risk or manual (the default)',
  },
  { field: 'sourceId', flag: 'source', description: 'the row it came from (a risk id…)' },
];

export const ACTION_STATUS_FLAG: FieldFlag = {
  field: 'status',
  description: 'open, done or cancelled',
};
