import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsv, guessDelimiter, parseCsv } from './rfc4180.js';

describe('RFC 4180 parsing', () => {
  it('reads quoted commas, doubled quotes and line ends inside fields', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\r\nlines"\r\nlast,,\r\n';
    expect(parseCsv(text)).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b', 'c'] },
        { line: 2, fields: ['x, y', 'say "hi"', 'two\r\nlines'] },
        { line: 4, fields: ['last', '', ''] },
      ],
    });
  });

  it('accepts LF and CR line ends, a BOM and no final line end', () => {
    const result = parseCsv('\uFEFFa,b\nc,d\re,f');
    expect(result.ok && result.records.map((r) => [r.line, ...r.fields])).toEqual([
      [1, 'a', 'b'],
      [2, 'c', 'd'],
      [3, 'e', 'f'],
    ]);
  });

  it('keeps a quote inside an unquoted field', () => {
    const result = parseCsv('5" pipe,x\n');
    expect(result.ok && result.records[0]!.fields).toEqual(['5" pipe', 'x']);
  });

  it('reports a quote never closed, and text after a closing quote, by line', () => {
    expect(parseCsv('a\n"b,c\nd\n')).toEqual({
      ok: false,
      errors: [{ line: 2, reason: 'a quoted field is never closed' }],
    });
    const after = parseCsv('a\n"b"x,c\n"ok"y\n');
    expect(after.ok).toBe(false);
    expect(!after.ok && after.errors.map((e) => e.line)).toEqual([2, 3]);
  });

  it('guesses the delimiter from the header line', () => {
    expect(guessDelimiter('ID;Name;"a,b"\n1,2,3')).toBe(';');
    expect(guessDelimiter('ID\tName\tDuration')).toBe('\t');
    expect(guessDelimiter('ID,Name')).toBe(',');
  });

  it('round-trips any fields (property)', () => {
    const field = fc.string({
      unit: fc.constantFrom('a', ' ', ',', ';', '"', '\n', '\r', 'é', '😀'),
    });
    const rows = fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), {
      minLength: 1,
      maxLength: 8,
    });
    for (const delimiter of [',', ';'] as const) {
      fc.assert(
        fc.property(rows, (rs) => {
          const parsed = parseCsv(formatCsv(rs, delimiter), delimiter);
          expect(parsed.ok && parsed.records.map((r) => r.fields)).toEqual(rs);
        }),
      );
    }
  });
});
