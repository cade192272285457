import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CalendarException, Recurrence, Weekday } from './calendar-definition.js';
import { exceptionDays, parseDay, recurrenceDays } from './recurrence.js';

function days(list: number[]): string[] {
  return list.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));
}
function expand(recurrence: Recurrence, from: string, to: string, occurrences?: number): string[] {
  return days(exceptionDays({ from, to, intervals: [], recurrence, occurrences }));
}

describe('recurrence kinds', () => {
  it('a plain exception covers every day from..to', () => {
    expect(days(exceptionDays({ from: '2027-12-30', to: '2028-01-02', intervals: [] }))).toEqual([
      '2027-12-30',
      '2027-12-31',
      '2028-01-01',
      '2028-01-02',
    ]);
    expect(exceptionDays({ from: '2027-02-30', to: '2027-03-01', intervals: [] })).toEqual([]);
  });

  it('daily, every N days, at most `occurrences`', () => {
    expect(expand({ kind: 'daily', every: 3 }, '2000-02-01', '2000-02-10')).toEqual([
      '2000-02-01',
      '2000-02-04',
      '2000-02-07',
      '2000-02-10',
    ]);
    expect(expand({ kind: 'daily', every: 1 }, '2000-01-01', '2000-12-31', 2)).toEqual([
      '2000-01-01',
      '2000-01-02',
    ]);
  });

  it('weekly, counting weeks (Sunday first) from the week of `from`', () => {
    expect(expand({ kind: 'weekly', every: 2, weekdays: [2] }, '2001-01-01', '2001-02-13')).toEqual(
      ['2001-01-02', '2001-01-16', '2001-01-30', '2001-02-13'],
    );
    expect(
      expand({ kind: 'weekly', every: 1, weekdays: [1, 5] }, '2027-01-05', '2027-01-18'),
    ).toEqual(['2027-01-08', '2027-01-11', '2027-01-15', '2027-01-18']);
  });

  it('monthly on a day, clamped to the month end', () => {
    expect(expand({ kind: 'monthly-day', every: 1, day: 31 }, '2027-01-01', '2027-04-30')).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
    expect(expand({ kind: 'monthly-day', every: 2, day: 1 }, '2003-01-01', '2003-05-01')).toEqual([
      '2003-01-01',
      '2003-03-01',
      '2003-05-01',
    ]);
  });

  it('monthly on the Nth or last weekday', () => {
    expect(
      expand(
        { kind: 'monthly-weekday', every: 1, position: 'last', weekday: 5 },
        '2027-01-01',
        '2027-03-31',
      ),
    ).toEqual(['2027-01-29', '2027-02-26', '2027-03-26']);
    expect(
      expand(
        { kind: 'monthly-weekday', every: 1, position: 2, weekday: 1 },
        '2027-01-12',
        '2027-02-28',
      ),
    ).toEqual(['2027-02-08']);
  });

  it('yearly on a date (29 Feb falls on 28 Feb in other years) or on the Nth weekday', () => {
    expect(expand({ kind: 'yearly-date', month: 2, day: 29 }, '2027-01-01', '2029-12-31')).toEqual([
      '2027-02-28',
      '2028-02-29',
      '2029-02-28',
    ]);
    // Thanksgiving: 4th Thursday of November.
    expect(
      expand(
        { kind: 'yearly-weekday', month: 11, position: 4, weekday: 4 },
        '2026-12-01',
        '2028-12-31',
      ),
    ).toEqual(['2027-11-25', '2028-11-23']);
  });

  it('huge or reversed ranges stay bounded', () => {
    expect(recurrenceDays({ kind: 'daily', every: 1 }, 10, 5)).toEqual([]);
    expect(recurrenceDays({ kind: 'daily', every: 1 }, 0, 1e12).length).toBeLessThanOrEqual(
      366_001,
    );
  });
});

// MS Project's own expansion: cal-recurring-exceptions-p2016 holds 27 recurring
// exceptions and, written by MS Project, the same exceptions expanded into 138
// legacy DayType-0 entries.
const ORACLE = fileURLToPath(
  new URL('../../../shared/conformance/mspdi/cal-recurring-exceptions-p2016.xml', import.meta.url),
);
const hasOracle = existsSync(ORACLE);

/** MSPDI recurring exception → our Recurrence (codes as in MS Project's output). */
function fromMspdi(f: Record<string, string>): Recurrence {
  const every = Number(f.Period ?? 1);
  const position = (p: string): 1 | 2 | 3 | 4 | 'last' =>
    p === '4' ? 'last' : ((Number(p) + 1) as 1 | 2 | 3 | 4);
  const weekday = (item: string): Weekday => (Number(item) - 3) as Weekday; // 3 = Sunday
  switch (f.Type) {
    case '1':
      return { kind: 'daily', every: 1 };
    case '7':
      return { kind: 'daily', every };
    case '6': {
      const mask = Number(f.DaysOfWeek);
      const weekdays = ([0, 1, 2, 3, 4, 5, 6] as Weekday[]).filter((d) => mask & (1 << d));
      return { kind: 'weekly', every, weekdays };
    }
    case '5':
      return {
        kind: 'monthly-weekday',
        every,
        position: position(f.MonthPosition!),
        weekday: weekday(f.MonthItem!),
      };
    case '4':
      return { kind: 'monthly-day', every, day: Number(f.MonthDay) };
    case '3':
      return {
        kind: 'yearly-weekday',
        month: Number(f.Month) + 1,
        position: position(f.MonthPosition!),
        weekday: weekday(f.MonthItem!),
      };
    case '2':
      return { kind: 'yearly-date', month: Number(f.Month) + 1, day: Number(f.MonthDay) };
    default:
      throw new Error(`unknown exception type ${f.Type}`);
  }
}

describe('recurrence expansion against MS Project (cal-recurring-exceptions-p2016)', () => {
  it.skipIf(!hasOracle)('every recurring exception expands to the days MS Project wrote', () => {
    const xml = readFileSync(ORACLE, 'utf8');
    const recurring = [...xml.matchAll(/<Exception>([\s\S]*?)<\/Exception>/g)].map((m) =>
      Object.fromEntries([...m[1]!.matchAll(/<(\w+)>([^<]*)<\/\1>/g)].map((f) => [f[1], f[2]])),
    ) as Record<string, string>[];
    expect(recurring).toHaveLength(27);
    const ours = new Set<number>();
    for (const f of recurring) {
      const exception: CalendarException = {
        name: f.Name,
        from: f.FromDate!,
        to: f.ToDate!,
        intervals: [],
        recurrence: fromMspdi(f),
        occurrences: Number(f.Occurrences),
      };
      const expanded = exceptionDays(exception);
      expect(expanded, f.Name).toHaveLength(Number(f.Occurrences));
      for (const d of expanded) ours.add(d);
    }
    const legacy = new Set<number>();
    const entries = [...xml.matchAll(/<WeekDay>\s*<DayType>0<\/DayType>([\s\S]*?)<\/WeekDay>/g)];
    expect(entries).toHaveLength(138);
    for (const m of entries) {
      const from = parseDay(/<FromDate>([^<]*)</.exec(m[1]!)![1]!)!;
      const to = parseDay(/<ToDate>([^<]*)</.exec(m[1]!)![1]!)!;
      for (let d = from; d <= to; d++) legacy.add(d);
    }
    expect(days([...ours].sort((a, b) => a - b))).toEqual(days([...legacy].sort((a, b) => a - b)));
  });
  if (!hasOracle) {
    it('(conformance data not found at ../shared/conformance: oracle comparison skipped)', () => {
      expect(hasOracle).toBe(false);
    });
  }
});
