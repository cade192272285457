import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardCalendar } from '../../engine/calendar/calendar-definition.js';
import { parseLocalDateTime } from '../../engine/calendar/local-time.js';
import type { ScheduleInput } from '../../engine/scheduling/schedule-input.js';
import { readCsvPlan } from './csv-plan.js';
import { writeCsvPlan } from './write-csv-plan.js';
import { parseCsv } from './rfc4180.js';

const START = parseLocalDateTime('2027-01-04T08:00')!;
const FORMULA = /^[=+\-@\t\r]/;

/** Text with a good share of formula starts, quotes, delimiters and line ends. */
const text = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
  fc
    .tuple(
      fc.stringMatching(/^'{0,3}$/),
      fc.constantFrom('=', '+', '-', '@', '\t', '\r', "'", ''),
      fc.string({ minLength: 0, maxLength: 20 }),
    )
    .map(([quotes, start, rest]) => `${quotes}${start}${rest}`),
);

function planNamed(names: string[], ids: string[]): ScheduleInput {
  return {
    start: START,
    projectCalendarId: 'standard',
    calendars: [standardCalendar('standard', 'Standard')],
    tasks: names.map((name, i) => ({
      id: ids[i]!,
      name,
      parentId: null,
      duration: { kind: 'working', minutes: 480 },
      predecessors:
        i > 0
          ? [{ predecessorId: ids[i - 1]!, type: 'FS', lag: { kind: 'working', minutes: 0 } }]
          : [],
    })),
  };
}

describe('exported CSV: formulas neutralised, our own file reads back', () => {
  it('no text cell starts a formula, names come back as they were (trimmed, as every import trims) and links by row number', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.tuple(
            text.filter((s) => s.trim() !== ''),
            text.filter((s) => s.trim() !== '' && !/[,;]/.test(s) && s === s.trim()),
          ),
          { minLength: 1, maxLength: 8, selector: ([, id]) => id },
        ),
        (rows) => {
          const names = rows.map(([name]) => name);
          const ids = rows.map(([, id]) => id);
          const csv = writeCsvPlan(planNamed(names, ids));
          const parsed = parseCsv(csv);
          if (!parsed.ok) throw new Error('our own CSV does not parse');
          for (const record of parsed.records.slice(1))
            for (const column of [0, 2, 4]) expect(record.fields[column]).not.toMatch(FORMULA);
          const read = readCsvPlan(csv, { start: START });
          if (!read.ok) throw new Error(JSON.stringify(read.errors));
          expect(read.input.tasks.map((t) => t.name)).toEqual(names.map((n) => n.trim()));
          // Whatever the ids, the file names tasks by row number, as MS Project does.
          const rowNumbers = ids.map((_, i) => String(i + 1));
          expect(read.input.tasks.map((t) => t.id)).toEqual(rowNumbers);
          expect(read.input.tasks.map((t) => t.predecessors.map((p) => p.predecessorId))).toEqual(
            rowNumbers.map((_, i) => (i > 0 ? [rowNumbers[i - 1]] : [])),
          );
        },
      ),
      { seed: 20_271_213, numRuns: 300 },
    );
  });
});
