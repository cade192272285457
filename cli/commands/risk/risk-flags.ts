import { parseNumber, type FieldFlag } from '../../fields.js';

/** The fields of a risk event, as add and update take them. */
export const RISK_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what might happen' },
  { field: 'probability', kind: 'number', description: 'chance it happens, 0 to 1' },
  { field: 'delayHours', kind: 'number', description: 'working hours it adds to each task named' },
  {
    field: 'cost',
    description: 'what it would cost if it happens; "none" clears it',
    // A typo reaches the API as text, which names the field in its refusal.
    toValue: ([text]) => (text === 'none' ? null : (parseNumber(text!) ?? text)),
  },
  {
    field: 'taskIds',
    flag: 'task',
    repeatable: true,
    description: 'a task it would delay; replaces the list on update',
  },
];
