import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayInWords } from './day-in-words.js';

describe('a day in words', () => {
  it('reads as the web shows dates, and parses back to the same day', () => {
    expect(dayInWords('2026-11-25')).toBe('25 Nov 2026');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }),
        (d) => {
          const day = d.toISOString().slice(0, 10);
          expect(new Date(`${dayInWords(day)} UTC`).toISOString().slice(0, 10)).toBe(day);
        },
      ),
    );
  });

  it('reads a local date-time as its day, and leaves what is not a date alone', () => {
    expect(dayInWords('2026-02-13T17:00:00')).toBe('13 Feb 2026');
    expect(dayInWords('2026-02-13T09:30:00.000')).toBe('13 Feb 2026');
    expect(dayInWords('next week')).toBe('next week');
  });
});
