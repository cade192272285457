import type { FieldFlag } from '../../fields.js';

/**
 * One item as typed: "text", or "category: text" when the part before the first
 * colon is a single word (so a sentence with a colon later in it stays whole).
 */
export function itemFromText(text: string): { text: string; category?: string } {
  const match = /^([^\s:]{1,60}):\s+(.+)$/s.exec(text);
  return match ? { category: match[1]!, text: match[2]! } : { text };
}

const items = (values: string[]) => values.map(itemFromText);

/** The fields of a post-mortem, as create and update take them. */
export const POST_MORTEM_FIELD_FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'what the post-mortem is about' },
  { field: 'periodFrom', flag: 'from', description: 'first day covered, YYYY-MM-DD' },
  { field: 'periodTo', flag: 'to', description: 'last day covered, YYYY-MM-DD' },
  {
    field: 'facilitatorId',
    flag: 'facilitator',
    nullable: true,
    description: 'the user who runs it (defaults to you on create)',
  },
  {
    field: 'participantIds',
    flag: 'participant',
    repeatable: true,
    description: 'a user who took part; replaces the list',
  },
  {
    field: 'wentWell',
    flag: 'went-well',
    repeatable: true,
    toValue: items,
    description: 'what went well ("category: text" to group it); replaces the list',
  },
  {
    field: 'didNotGoWell',
    flag: 'did-not-go-well',
    repeatable: true,
    toValue: items,
    description: 'what did not go well; replaces the list',
  },
  {
    field: 'rootCauses',
    flag: 'root-cause',
    repeatable: true,
    toValue: items,
    description: 'a root cause, e.g. "estimation: review time left out"; replaces the list',
  },
];
