/**
 * A JSON number token sent exactly as written. `1e999`, `-0` and huge integers
 * cannot survive JSON.stringify (they become `null`, `0` or lose digits), yet a
 * hostile client sends them as text, and the server's JSON.parse turns them into
 * Infinity, -0 and rounded doubles.
 */
export class RawJson {
  constructor(readonly text: string) {}
}

const MARK = '\u0001raw:';
const MARKED = /"\\u0001raw:([^"]*)"/g;

/** JSON text of a generated value, with every RawJson written as its own token. */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v instanceof RawJson ? `${MARK}${v.text}` : v,
  ).replace(MARKED, (_m, text: string) => text);
}

/** The text a RawJson or plain value takes in a query string or path. */
export function toParamText(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (typeof value === 'string') return value;
  return toJsonText(value);
}
