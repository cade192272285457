/** The picker's choices; `custom` takes the RRULE as typed (advanced use). */
export type RecurrenceChoice = 'none' | 'weekly' | 'biweekly' | 'monthly' | 'custom';

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;

export const WEEKDAY_LABEL: Record<string, string> = {
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
  SU: 'Sunday',
};

/** The weekday of a YYYY-MM-DD day, as RRULE writes it (TU). */
export function weekdayOf(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? 'MO' : WEEKDAYS[d.getUTCDay()]!;
}

/**
 * The RRULE a choice writes (null: once). Monthly repeats on the start day's date;
 * the weekly ones on the weekday chosen.
 */
export function recurrenceRule(
  choice: RecurrenceChoice,
  weekday: string,
  startsOn: string,
  custom: string,
): string | null {
  switch (choice) {
    case 'none':
      return null;
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${weekday}`;
    case 'biweekly':
      return `FREQ=WEEKLY;INTERVAL=2;BYDAY=${weekday}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${Number(startsOn.slice(8, 10)) || 1}`;
    case 'custom':
      return custom.trim() || null;
  }
}
