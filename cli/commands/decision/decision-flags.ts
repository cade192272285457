import { parseNumber, type FieldFlag } from '../../fields.js';

/**
 * `--option "name|pros|cons|cost"`: an option considered, in the order given. Parts
 * left empty are left out; a cost that is not a number reaches the API as text,
 * which names `body.options[i].cost` in its refusal.
 */
export function parseDecisionOption(text: string): Record<string, unknown> {
  const [name = '', pros = '', cons = '', cost = ''] = text.split('|').map((p) => p.trim());
  return {
    name,
    ...(pros ? { pros } : {}),
    ...(cons ? { cons } : {}),
    ...(cost ? { cost: parseNumber(cost) ?? cost } : {}),
  };
}

/** The fields of a decision, as add and update take them. */
export const DECISION_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what is to be decided' },
  { field: 'context', nullable: true, description: 'why a decision is needed, what constrains it' },
  {
    field: 'options',
    flag: 'option',
    repeatable: true,
    description: 'an option considered, "name|pros|cons|cost"; replaces the list on update',
    toValue: (values) => values.map(parseDecisionOption),
  },
  { field: 'neededBy', nullable: true, description: 'the date it is needed by (YYYY-MM-DD)' },
  {
    field: 'riskIds',
    flag: 'risk',
    repeatable: true,
    description: 'a risk of the program it answers; replaces the list on update',
  },
  {
    field: 'issueIds',
    flag: 'issue',
    repeatable: true,
    description: 'an issue of the program it answers; replaces the list on update',
  },
  {
    field: 'changeRequestIds',
    flag: 'change-request',
    repeatable: true,
    description: 'a change request of the program it concerns; replaces the list on update',
  },
];
