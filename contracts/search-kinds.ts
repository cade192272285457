// Plain constants (no schema library), so the web's error words can use them too.

/** What search finds, in the order the filters and the results page list them. */
export const SEARCH_KINDS = [
  'program',
  'milestone',
  'task',
  'intake_request',
  'risk',
  'assumption',
  'issue',
  'external_dependency',
  'decision',
  'change_request',
  'person',
  'status_report',
  'post_mortem',
  'action_item',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

const kindList = `(${SEARCH_KINDS.join('|')})`;
/** `kinds=`: one or more kinds, comma-separated. */
export const SEARCH_KINDS_PATTERN = `^${kindList}(,${kindList})*$`;
