import { describe, expect, it } from 'vitest';
import { demoHolidays } from './demo-working-time.js';

describe('demo holidays', () => {
  it('puts the weekday-rule holidays on the right days', () => {
    const days = Object.fromEntries(demoHolidays(2027).map((h) => [h.name, h.day]));
    expect(days['Memorial Day']).toBe('2027-05-31');
    expect(days['Labor Day']).toBe('2027-09-06');
    expect(days['Thanksgiving']).toBe('2027-11-25');
    expect(days['Day after Thanksgiving']).toBe('2027-11-26');
    expect(demoHolidays(2026).find((h) => h.name === 'Thanksgiving')!.day).toBe('2026-11-26');
    expect(demoHolidays(2026).find((h) => h.name === 'Memorial Day')!.day).toBe('2026-05-25');
  });
});
