import type { Queryable } from '../db/database.js';

/** The weekday-rule holidays of one year: the organization's days off (US, as in the seeds). */
export function demoHolidays(year: number): { day: string; name: string }[] {
  const iso = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const weekday = (month: number, day: number) =>
    new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  /** The nth (1-based) given weekday of a month; n = -1 for the last. */
  const nth = (month: number, dow: number, n: number) => {
    if (n > 0) return 1 + ((dow - weekday(month, 1) + 7) % 7) + (n - 1) * 7;
    const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return last - ((weekday(month, last) - dow + 7) % 7);
  };
  const thanksgiving = nth(11, 4, 4);
  return [
    { day: iso(1, 1), name: "New Year's Day" },
    { day: iso(5, nth(5, 1, -1)), name: 'Memorial Day' },
    { day: iso(7, 4), name: 'Independence Day' },
    { day: iso(9, nth(9, 1, 1)), name: 'Labor Day' },
    { day: iso(11, thanksgiving), name: 'Thanksgiving' },
    { day: iso(11, thanksgiving + 1), name: 'Day after Thanksgiving' },
    { day: iso(12, 25), name: 'Christmas Day' },
  ];
}

/**
 * Working time of the demo organization: most teams work 08:00–16:00 Pacific
 * (the seeds' hours); IT Operations works 09:00–17:00 Eastern. Each task's
 * owner works on it half time (owners also coordinate), so the schedule
 * page's resource view has real load and a little over-booking to level. Holidays for this year and next.
 */
export async function writeDemoWorkingTime(tx: Queryable, today: string): Promise<void> {
  await tx.query(
    `UPDATE teams SET time_zone = 'America/New_York', working_hours_start = 540, working_hours_end = 1020
      WHERE name = 'IT Operations'`,
  );
  await tx.query(
    `INSERT INTO task_assignments (task_id, user_id, units)
     SELECT id, owner_id, 0.5 FROM tasks WHERE owner_id IS NOT NULL`,
  );
  const year = Number(today.slice(0, 4));
  for (const holiday of [...demoHolidays(year), ...demoHolidays(year + 1)])
    await tx.query('INSERT INTO holidays (day, name) VALUES ($1, $2)', [holiday.day, holiday.name]);
}
