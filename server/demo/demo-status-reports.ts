import { draftSummary } from '../../engine/reporting/draft-summary.js';
import { addDays } from '../../engine/reporting/report-dates.js';
import type { Clock } from '../clock/clock.js';
import type { Queryable } from '../db/database.js';
import { gatherReportFacts } from '../modules/status-reports/gather-report-facts.js';
import { insertStatusReport } from '../modules/status-reports/status-report.repository.js';
import type { ScheduleService } from '../modules/schedules/schedule.service.js';

/** How many demo programs get reports: enough to show the page, cheap to seed. */
const PROGRAMS_WITH_REPORTS = 2;

/**
 * The first two demo programs each get last week's report, published by the owner,
 * and this week's draft compared against it. Written in the seed's transaction
 * (the service's own transactions would not see the uncommitted demo rows).
 */
export async function writeDemoStatusReports(
  tx: Queryable,
  today: string,
  deps: { clock: Clock; schedules: ScheduleService },
): Promise<void> {
  const programs = await tx.query<{
    id: string;
    name: string;
    owner_id: string | null;
    target_date: string | null;
    time_zone: string;
  }>(
    `SELECT id, name, owner_id, target_date::text, time_zone FROM programs
      ORDER BY name, id LIMIT ${PROGRAMS_WITH_REPORTS}`,
  );
  for (const p of programs.rows) {
    const program = { id: p.id, targetDate: p.target_date, timeZone: p.time_zone, today };
    const lastWeek = { start: addDays(today, -14), end: addDays(today, -7) };
    const published = await gatherReportFacts(tx, deps, program, lastWeek, null);
    const publishedId = await insertStatusReport(tx, {
      programId: p.id,
      title: `${p.name} status ${lastWeek.end}`,
      periodStart: lastWeek.start,
      periodEnd: lastWeek.end,
      summary: draftSummary(published),
      facts: published,
      factsComputedAt: deps.clock(),
      createdBy: p.owner_id,
    });
    await tx.query(
      `UPDATE status_reports
          SET status = 'published', published_at = $2, published_by = $3,
              asks = 'A decision on the vendor contract by Friday.'
        WHERE id = $1`,
      [publishedId, `${lastWeek.end}T17:00:00Z`, p.owner_id],
    );
    const thisWeek = { start: lastWeek.end, end: today };
    const draft = await gatherReportFacts(tx, deps, program, thisWeek, published.snapshot);
    await insertStatusReport(tx, {
      programId: p.id,
      title: `${p.name} status ${today}`,
      periodStart: thisWeek.start,
      periodEnd: thisWeek.end,
      summary: draftSummary(draft),
      facts: draft,
      factsComputedAt: deps.clock(),
      createdBy: p.owner_id,
    });
  }
}
