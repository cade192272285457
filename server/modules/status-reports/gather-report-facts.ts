import { compileCalendars } from '../../../engine/calendar/compile-calendar.js';
import type { WorkingTime } from '../../../engine/calendar/working-time.js';
import { draftReportFacts } from '../../../engine/reporting/report-facts.js';
import type { ReportFacts, ReportSnapshot } from '../../../engine/reporting/report-facts-types.js';
import type { Clock } from '../../clock/clock.js';
import type { Queryable } from '../../db/database.js';
import { buildProgramScheduleInputAt } from '../schedules/schedule-input-at.js';
import { loadScheduleRows } from '../schedules/schedule.repository.js';
import type { ScheduleService } from '../schedules/schedule.service.js';
import { loadReportSources } from './report-sources.repository.js';

const day = (localDateTime: string) => localDateTime.slice(0, 10);

/** The program's own calendar (its project calendar, holidays included), compiled on its clock. */
async function programCalendar(
  tx: Queryable,
  programId: string,
  clock: Clock,
): Promise<WorkingTime> {
  const built = buildProgramScheduleInputAt(
    programId,
    await loadScheduleRows(tx, programId),
    clock,
  );
  const { calendars } = compileCalendars(built.input.calendars, {
    projectTimeZone: built.timeZone,
  });
  return calendars.get(built.input.projectCalendarId)!;
}

/**
 * Gathers the live rows of a program (its up-to-date schedule, milestones, latest
 * baseline and forecast, registers) and hands them to the pure engine function.
 */
export async function gatherReportFacts(
  tx: Queryable,
  deps: { clock: Clock; schedules: ScheduleService },
  program: { id: string; targetDate: string | null; timeZone: string; today: string },
  period: { start: string; end: string },
  previous: ReportSnapshot | null,
): Promise<ReportFacts> {
  const schedule = await deps.schedules.current(tx, program.id);
  const sources = await loadReportSources(tx, program.id, program.timeZone);
  const scheduled = new Map(schedule.items.map((i) => [i.id, i]));
  const items = schedule.items
    .filter((i) => !i.summary)
    .map((i) => ({ id: i.id, name: i.name, kind: i.kind, critical: i.critical }));
  const milestones = sources.milestones.map((m) => {
    const item = scheduled.get(m.id);
    const complete = m.state === 'achieved' || item?.progress === 'done';
    const date = (complete && m.achieved_on) || (item ? day(item.earlyFinish) : m.due_date);
    return {
      id: m.id,
      name: m.name,
      date: date ?? program.today,
      dueDate: m.due_date,
      complete,
      completedOn: complete ? (m.achieved_on ?? date) : null,
    };
  });
  const baseline = sources.baseline
    ? {
        finish: day(sources.baseline.finish),
        milestoneDates: Object.fromEntries(
          sources.baseline.items
            .filter((i) => i.kind === 'milestone')
            .map((i) => [i.id, day(i.earlyFinish)]),
        ),
      }
    : null;
  return draftReportFacts(
    {
      periodStart: period.start,
      periodEnd: period.end,
      today: program.today,
      targetDate: program.targetDate,
      cpmFinish: day(schedule.finish),
      baseline,
      forecast: sources.forecast
        ? { p50Finish: day(sources.forecast.p50), p80Finish: day(sources.forecast.p80) }
        : null,
      items,
      milestones,
      risks: sources.risks.map((r) => ({
        id: r.id,
        title: r.title,
        status: r.status,
        createdOn: r.created_on,
        closedOn: r.closed_on,
      })),
      issues: sources.issues.map((i) => ({
        id: i.id,
        title: i.title,
        severity: i.severity,
        status: i.status,
        createdOn: i.created_on,
        resolvedOn: i.resolved_on,
      })),
      decisions: sources.decisions.map((d) => ({
        id: d.id,
        title: d.title,
        status: d.status,
        decidedOn: d.decided_on,
      })),
      changeRequests: sources.changeRequests.map((c) => ({
        id: c.id,
        number: c.number,
        title: c.title,
        status: c.status,
        decidedOn: c.decided_on,
      })),
      previous,
    },
    await programCalendar(tx, program.id, deps.clock),
  );
}
