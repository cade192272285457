const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * `2026-11-25` → `25 Nov 2026`, the one way people read dates in Waymark. A local date-time
 * (`2026-11-25T17:00:00`, as forecasts give P-dates) is read as its day.
 */
export function dayInWords(day: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+)?$/.exec(day);
  if (!m) return day;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}
