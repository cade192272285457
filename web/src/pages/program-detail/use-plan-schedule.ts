import type { ProgramCalendar, ProgramPlan, ProgramSchedule } from '../../api/types';
import { useLoad } from '../../api/use-load';
import { api, unwrap } from '../../api/waymark-api';

/**
 * The program's schedule, fetched again whenever the plan read changes, so that an
 * edit (a milestone's date, a link's lag) shows where the work now lands. The server
 * recomputes it when its inputs changed.
 */
export function usePlanSchedule(
  plan: ProgramPlan,
  calendars: readonly ProgramCalendar[] = [],
): ProgramSchedule | undefined {
  const schedule = useLoad(
    () =>
      unwrap(api.GET('/api/programs/{id}/schedule', { params: { path: { id: plan.program.id } } })),
    planFingerprint(plan, calendars),
  );
  return schedule.data;
}

/**
 * Every edit bumps a version and every add or delete changes a count: either changes this.
 * Calendars count too: a working week changed moves the dates without touching the plan.
 */
function planFingerprint(plan: ProgramPlan, calendars: readonly ProgramCalendar[]): string {
  const of = (items: { version: number }[]) =>
    `${items.length}.${items.reduce((sum, i) => sum + i.version, 0)}`;
  return [
    plan.program.id,
    plan.program.version,
    of(plan.tasks),
    of(plan.milestones),
    of(plan.dependencies),
    calendars.map((c) => `${c.id}.${c.version}`).join(','),
  ].join(':');
}
