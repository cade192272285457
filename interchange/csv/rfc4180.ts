/**
 * RFC 4180 comma-separated values, by hand (no dependency):
 *
 * - records end with CRLF, LF or CR; the last one may have no line end;
 * - a field in double quotes may hold the delimiter, quotes (doubled: `""`) and line ends;
 * - a quote inside an unquoted field is kept as it is (spreadsheets write such files);
 * - text after a closing quote, and a quote never closed, are errors.
 *
 * The delimiter is `,` by default; `;` and tab (what spreadsheets in many locales write)
 * can be chosen, or guessed from the header line with {@link guessDelimiter}.
 */

import { ROWS_PER_STEP, runSteps, type Steps } from '../stepwise.js';

export interface CsvRecord {
  /** 1-based line on which the record starts (records may span lines). */
  line: number;
  fields: string[];
}

export interface CsvSyntaxError {
  line: number;
  reason: string;
}

export type CsvParseResult =
  { ok: true; records: CsvRecord[] } | { ok: false; errors: CsvSyntaxError[] };

export type CsvDelimiter = ',' | ';' | '\t';

/** The delimiter used most often, outside quotes, on the first line. */
export function guessDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvParseResult {
  return runSteps(parseCsvSteps(text, delimiter));
}

/** {@link parseCsv}, yielding the records read so far every {@link ROWS_PER_STEP} records. */
export function* parseCsvSteps(text: string, delimiter: CsvDelimiter = ','): Steps<CsvParseResult> {
  const records: CsvRecord[] = [];
  const errors: CsvSyntaxError[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const n = text.length;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: recordLine, fields });
    fields = [];
    field = '';
  };
  while (i < n) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field.
      const quoteLine = line;
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          closed = true;
          break;
        }
        if (c === '\r' || c === '\n') {
          // Line ends inside quotes are kept as they are; CRLF counts as one line.
          if (c === '\r' && text[i + 1] === '\n') {
            field += '\r';
            i++;
          }
          field += text[i]!;
          line++;
          i++;
          continue;
        }
        field += c;
        i++;
      }
      if (!closed) {
        errors.push({ line: quoteLine, reason: 'a quoted field is never closed' });
        return { ok: false, errors };
      }
      const next = text[i];
      if (next !== undefined && next !== delimiter && next !== '\r' && next !== '\n') {
        errors.push({ line, reason: 'text after a closing quote (double a quote inside quotes)' });
        // Skip to the end of the field and carry on, so later records are still checked.
        while (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') i++;
      }
      continue;
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i++;
      continue;
    }
    if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord();
      line++;
      recordLine = line;
      if (records.length % ROWS_PER_STEP === 0) yield records.length;
      continue;
    }
    field += ch;
    i++;
  }
  if (field !== '' || fields.length > 0) endRecord();
  return errors.length > 0 ? { ok: false, errors } : { ok: true, records };
}

/**
 * Quotes a field when it holds the delimiter, a quote, a line end, or edge
 * spaces, or starts with a single quote (a neutralised formula:
 * formula-neutralisation.ts).
 */
export function formatCsvField(value: string, delimiter: CsvDelimiter = ','): string {
  return value.includes(delimiter) ||
    /["\r\n]/.test(value) ||
    value.startsWith("'") ||
    value !== value.trim() ||
    value.startsWith('\uFEFF')
    ? `"${value.replaceAll('"', '""')}"`
    : value;
}

/** Records joined with CRLF (RFC 4180), the last one ended too. */
export function formatCsv(
  rows: readonly (readonly string[])[],
  delimiter: CsvDelimiter = ',',
): string {
  return rows
    .map((row) => row.map((v) => formatCsvField(v, delimiter)).join(delimiter) + '\r\n')
    .join('');
}
