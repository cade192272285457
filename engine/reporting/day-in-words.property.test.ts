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
});
