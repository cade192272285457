import type { ProgramCalendar } from '../../api/types';
import { WEEK_ORDER, type Period, type WeekdayKey } from './calendar-time';

export interface ResolvedDay {
  weekday: WeekdayKey;
  periods: Period[];
  /** The day is not stated by this calendar: it comes from its base (or is off without one). */
  inherited: boolean;
}

/**
 * A calendar's week Mon–Sun as the engine reads it: a weekday it does not state comes
 * from its base calendar, and without a base it is not working.
 */
export function resolveWeek(
  calendar: ProgramCalendar,
  all: readonly ProgramCalendar[],
): ResolvedDay[] {
  return WEEK_ORDER.map((weekday) => {
    const own = calendar.week[weekday];
    if (own) return { weekday, periods: own, inherited: false };
    return { weekday, periods: fromBase(calendar, weekday, all), inherited: true };
  });
}

function fromBase(
  calendar: ProgramCalendar,
  weekday: WeekdayKey,
  all: readonly ProgramCalendar[],
): Period[] {
  const seen = new Set([calendar.id]);
  let base = all.find((c) => c.id === calendar.baseCalendarId);
  // A loop of bases is refused by the server; the guard only keeps a stale read finite.
  while (base && !seen.has(base.id)) {
    const periods = base.week[weekday];
    if (periods) return periods;
    seen.add(base.id);
    base = all.find((c) => c.id === base!.baseCalendarId);
  }
  return [];
}
