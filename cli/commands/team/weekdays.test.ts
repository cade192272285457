import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatWeekdays, parseWeekdays } from './weekdays.js';

describe('weekdays', () => {
  it('reads names (any case, three letters or more) and ISO numbers, sorted and once each', () => {
    expect(parseWeekdays('mon,Tue,wednesday,5')).toEqual([1, 2, 3, 5]);
    expect(parseWeekdays('7,1,1')).toEqual([1, 7]);
    expect(parseWeekdays('mon,funday')).toBeNull();
    expect(parseWeekdays('mo')).toBeNull();
    expect(parseWeekdays('8')).toBeNull();
  });

  it('reads back what it formats', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }), (days) => {
        const text = formatWeekdays(days).split(' ').join(',');
        expect(parseWeekdays(text)).toEqual([...days].sort((a, b) => a - b));
      }),
    );
  });
});
