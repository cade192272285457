import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DURATION_SETTINGS as S,
  DURATION_PATTERN,
  ELAPSED_UNITS,
  formatDurationText,
  formatLag,
  formatTimeSpan,
  LAG_PATTERN,
  parseDuration,
  parseDurationText,
  parseLag,
  WORKING_UNITS,
  type DurationUnit,
} from './duration.js';

describe('durations', () => {
  it.each([
    ['30m', 'working', 30],
    ['3h', 'working', 180],
    ['5d', 'working', 2400],
    ['1.5d', 'working', 720],
    ['2w', 'working', 4800],
    ['1mo', 'working', 9600],
    ['0d', 'working', 0],
    ['90em', 'elapsed', 90],
    ['2eh', 'elapsed', 120],
    ['4ed', 'elapsed', 5760],
    ['1ew', 'elapsed', 10080],
    ['1emo', 'elapsed', 43200],
    ['0.25h', 'working', 15],
  ])('%s = %s %i minutes', (text, kind, minutes) => {
    expect(parseDuration(text, S)).toEqual({ kind, minutes });
  });

  it('converts days, weeks and months with the plan settings', () => {
    const s = { minutesPerDay: 420, minutesPerWeek: 2100, minutesPerMonth: 8400 };
    expect(parseDuration('1d', s)).toEqual({ kind: 'working', minutes: 420 });
    expect(parseDuration('1w', s)).toEqual({ kind: 'working', minutes: 2100 });
    expect(parseDuration('1mo', s)).toEqual({ kind: 'working', minutes: 8400 });
    // Elapsed time does not depend on them.
    expect(parseDuration('1ed', s)).toEqual({ kind: 'elapsed', minutes: 1440 });
  });

  it('rounds to the whole minute', () => {
    expect(parseDuration('0.33h', S)).toEqual({ kind: 'working', minutes: 20 });
  });

  it.each(['5', 'd', '-1d', '5 days', '5x', '', '1.d', '.5d', '5%', 'd5', '5dd'])(
    'rejects %j as a duration',
    (text) => {
      expect(parseDuration(text, S)).toBeNull();
    },
  );
});

describe('lags', () => {
  it.each([
    ['2d', { kind: 'working', minutes: 960 }],
    ['-1d', { kind: 'working', minutes: -480 }],
    ['+4h', { kind: 'working', minutes: 240 }],
    ['-0d', { kind: 'working', minutes: 0 }],
    ['3ed', { kind: 'elapsed', minutes: 4320 }],
    ['-2eh', { kind: 'elapsed', minutes: -120 }],
    ['50%', { kind: 'percent', percent: 50 }],
    ['-25%', { kind: 'percent', percent: -25 }],
    ['12.5%', { kind: 'percent', percent: 12.5 }],
  ])('%s', (text, lag) => {
    expect(parseLag(text, S)).toEqual(lag);
  });

  it.each(['2', '--1d', '50 %%', 'two days', '%'])('rejects %j', (text) => {
    expect(parseLag(text, S)).toBeNull();
  });

  it('formats with the largest unit that divides exactly', () => {
    expect(formatTimeSpan({ kind: 'working', minutes: 2400 }, S)).toBe('1w');
    expect(formatTimeSpan({ kind: 'working', minutes: 960 }, S)).toBe('2d');
    expect(formatTimeSpan({ kind: 'working', minutes: 90 }, S)).toBe('90m');
    expect(formatTimeSpan({ kind: 'elapsed', minutes: 4320 }, S)).toBe('3ed');
    expect(formatTimeSpan({ kind: 'working', minutes: 0 }, S)).toBe('0m');
    expect(formatLag({ kind: 'working', minutes: -480 }, S)).toBe('-1d');
    expect(formatLag({ kind: 'percent', percent: 50 }, S)).toBe('50%');
  });
});

describe('grammar properties', () => {
  const units = [...WORKING_UNITS, ...ELAPSED_UNITS] as DurationUnit[];
  const settings = fc.record({
    minutesPerDay: fc.integer({ min: 1, max: 1440 }),
    minutesPerWeek: fc.integer({ min: 1, max: 10080 }),
    minutesPerMonth: fc.integer({ min: 1, max: 44640 }),
  });
  const value = fc.oneof(
    fc.integer({ min: 0, max: 100_000 }),
    fc.integer({ min: 0, max: 100_000 }).map((n) => n / 100),
  );

  it('format → parse returns the written duration', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(...units), (v, unit) => {
        expect(parseDurationText(formatDurationText({ value: v, unit }))).toEqual({
          value: v,
          unit,
        });
      }),
    );
  });

  it('format → parse returns the time span, for any settings', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('working' as const, 'elapsed' as const),
        fc.integer({ min: 0, max: 10_000_000 }),
        settings,
        (kind, minutes, s) => {
          expect(parseDuration(formatTimeSpan({ kind, minutes }, s), s)).toEqual({
            kind,
            minutes,
          });
        },
      ),
    );
  });

  it('format → parse returns the lag (leads and percentages too)', () => {
    const lag = fc.oneof(
      fc.record({
        kind: fc.constantFrom('working' as const, 'elapsed' as const),
        minutes: fc.integer({ min: -1_000_000, max: 1_000_000 }),
      }),
      fc.record({
        kind: fc.constant('percent' as const),
        percent: fc.integer({ min: -1000, max: 1000 }),
      }),
    );
    fc.assert(
      fc.property(lag, settings, (l, s) => {
        const back = parseLag(formatLag(l, s), s);
        // -0 and 0 are the same lag.
        expect(back).toEqual(
          l.kind === 'percent'
            ? { ...l, percent: l.percent + 0 }
            : { ...l, minutes: l.minutes + 0 },
        );
      }),
    );
  });

  it('the schema patterns accept exactly what the parsers accept', () => {
    const duration = new RegExp(DURATION_PATTERN);
    const lag = new RegExp(LAG_PATTERN);
    const text = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc
        .tuple(
          fc.constantFrom('', '-', '+'),
          fc.stringMatching(/^[0-9.]{0,5}$/),
          fc.constantFrom('', ' ', '%', ...units, 'x', 'days'),
        )
        .map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(text, (t) => {
        expect(duration.test(t)).toBe(parseDuration(t, S) !== null);
        expect(lag.test(t)).toBe(parseLag(t, S) !== null);
      }),
      { numRuns: 2000 },
    );
  });
});
