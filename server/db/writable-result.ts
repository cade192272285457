/**
 * Why a transaction's result could not be written back as JSON (a non-finite number,
 * an invalid date), or null when it can. Checked before COMMIT: an answer that would
 * fail to serialise after the commit is how a request used to fail and still write
 * (a task stored with fixedCost Infinity, then every read of its program failing).
 */
export function unwritableInResult(
  value: unknown,
  path = 'result',
  seen = new WeakSet<object>(),
): string | null {
  if (typeof value === 'number')
    return Number.isFinite(value) ? null : `${path} is ${value}, which JSON cannot hold`;
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? `${path} is an invalid date` : null;
  if (value === null || typeof value !== 'object' || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const problem = unwritableInResult(value[i], `${path}[${i}]`, seen);
      if (problem) return problem;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const problem = unwritableInResult(item, `${path}.${key}`, seen);
    if (problem) return problem;
  }
  return null;
}

export class UnwritableResultError extends Error {
  constructor(problem: string) {
    super(`rolled back: the transaction's ${problem}`);
    this.name = 'UnwritableResultError';
  }
}

// Past year 9999 Date#toISOString writes "+010000-…": no date or LocalDateTime holds
// it, calendar code refuses it, and a serialiser that checks a nullable date refuses
// the whole answer.
const EXTENDED_YEAR = /"[+-]\d{6}-/;

/** Whether a computed or stored value holds a date past year 9999 (or before year 0). */
export function hasUnwritableDates(value: unknown): boolean {
  return EXTENDED_YEAR.test(JSON.stringify(value));
}
