import type { FieldFlag } from './fields.js';

/**
 * `--version` on update and delete verbs: the version the caller read; a stale one is
 * refused (409). Without it the verb reads the record just before writing, which only
 * guards the moment between the two requests — what a person at a terminal means anyway.
 */
export const VERSION_FLAG: FieldFlag = {
  field: 'version',
  kind: 'number',
  description: 'the version you read; a stale one is refused (409)',
};
