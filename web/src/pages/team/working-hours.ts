const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** ISO weekdays, 1 = Monday … 7 = Sunday, as the API counts them. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function weekdayOf(day: number): string {
  return WEEKDAYS[day] ?? String(day);
}

/** Minutes after midnight → "08:00". */
export function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export function weekdaysOf(days: readonly number[]): string {
  return days.map((d) => WEEKDAYS[d]).join(' ');
}
