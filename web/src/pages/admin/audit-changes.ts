/** One field an audited write changed, its values written as JSON text. */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const MAX_VALUE = 120;

/** JSON text, cut to one readable line: the full objects are one click away. */
export function valueText(value: unknown): string {
  const text = value === undefined ? '—' : JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * The top-level fields whose values differ between an event's before and after
 * (version and updatedAt change on every write, so they say nothing).
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  if (!isRecord(before) || !isRecord(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return fields
    .filter((field) => field !== 'version' && field !== 'updatedAt')
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: valueText(before[field]), after: valueText(after[field]) }));
}
