import type { PlanFormat } from '../../../contracts/plan-transfer.schema.js';

const YAML_ID_KEY = /["']?\bid["']?\s*:/g;
const MSPDI_TASK = /<(?:[\w.-]+:)?Task[\s>]/g;

function countMatches(text: string, pattern: RegExp): number {
  let n = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text) !== null) n++;
  return n;
}

/**
 * How many rows (CSV) or tasks (YAML, MSPDI) a file holds, counted without
 * parsing it (one regular-expression or indexOf pass: milliseconds for 10 MB),
 * to choose between importing in the request and in a background job. At least
 * the true count: CSV lines (a quoted field may span lines), YAML `id:` keys
 * (risks and resources have ids too), MSPDI Task elements.
 */
export function estimateImportRows(format: PlanFormat, text: string): number {
  if (format === 'yaml') return countMatches(text, YAML_ID_KEY);
  if (format === 'mspdi') return countMatches(text, MSPDI_TASK);
  let lines = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lines++;
  // A last line without its line end; a lone CR ends lines too (old Mac files).
  if (text.length > 0 && !text.endsWith('\n')) lines++;
  if (lines <= 1) lines = Math.max(lines, countMatches(text, /\r/g));
  return Math.max(0, lines - 1);
}
