import type { Queryable } from '../db/database.js';
import { insertRequest } from '../modules/intake/request.repository.js';

// A year of requests that were answered and decided, so the intake KPIs
// (first response within the SLA, throughput, cycle time) have a trend.
// Invented titles, as all demo data.
const TITLES = [
  'Single sign-on for the expense tool',
  'Move the wiki to the new hosting',
  'Retire the fax gateway',
  'Quarterly access reviews for finance systems',
  'Self-service staging environments',
  'A status page for the partner API',
  'Data retention rules for support tickets',
  'Replace the build agents',
  'Store payouts in the local currency',
  'Dark mode in the mobile app',
  'Encrypt the backups at rest',
  'On-call handbook for new teams',
  'Migrate the marketing site',
  'Consolidate the survey tools',
  'Audit log export for customers',
  'Load test the checkout before the sale',
  'New laptop images for engineering',
  'Vendor contract renewals in one calendar',
  'Printer fleet replacement',
  'Translate the help centre',
  'Customer data deletion requests automated',
  'Feature flags for the web app',
  'Warehouse network refresh',
  'Unified incident postmortem template',
  'Two-factor sign-in for contractors',
  'Cost dashboards per team',
  'Archive the old ticketing system',
  'Accessibility checks in the build',
];
/** Wall-clock hours to the first response: most well within the 24 working hours, some days late. */
const FIRST_RESPONSE_HOURS = [2, 6, 20, 1, 150, 4, 30, 3, 200, 5, 9, 170, 2, 26];
/** Calendar days from arrival to the decision: most within days, a few waiting weeks. */
const DECIDED_AFTER_DAYS = [1, 2, 4, 1, 9, 2, 3, 14, 2, 5];
const SOURCES = ['web', 'slack', 'api', 'gitlab', 'cli'] as const;
const DAY_HOURS = 24;

/**
 * Requests spread over the last 250 days, each answered (first response) and
 * decided (accepted, or every fifth declined), the history events with them.
 * Dates count back from `now`.
 */
export async function writeDemoIntakeHistory(tx: Queryable, now: Date): Promise<number> {
  const partners = (
    await tx.query<{ id: string; name: string; time_zone: string }>(
      "SELECT id, name, time_zone FROM users WHERE role = 'stakeholder' ORDER BY name",
    )
  ).rows;
  const tpms = (
    await tx.query<{ id: string; name: string }>(
      "SELECT id, name FROM users WHERE role = 'tpm' ORDER BY name LIMIT 4",
    )
  ).rows;
  if (partners.length === 0 || tpms.length === 0) return 0;
  for (const [i, title] of TITLES.entries()) {
    const requester = partners[i % partners.length]!;
    const tpm = tpms[i % tpms.length]!;
    // Arrivals every nine days or so, at 16:00 UTC: the start of the working day in California.
    const ageHours = Math.round((12 + i * 8.5) * DAY_HOURS);
    const responseHours = FIRST_RESPONSE_HOURS[i % FIRST_RESPONSE_HOURS.length]!;
    const decidedHours = Math.max(
      responseHours + 1,
      DECIDED_AFTER_DAYS[i % DECIDED_AFTER_DAYS.length]! * DAY_HOURS,
    );
    const declined = i % 5 === 4;
    const id = await insertRequest(tx, {
      title,
      problem: 'Raised by the team that owns the work today.',
      teams: [],
      sizeGuess: (['s', 'm', 'l'] as const)[i % 3],
      source: SOURCES[i % SOURCES.length]!,
      requesterId: requester.id,
      requesterName: requester.name,
      requesterTimeZone: requester.time_zone,
      createdAt: now,
    });
    await tx.query(
      `WITH d AS (SELECT date_trunc('day', $2::timestamptz - make_interval(hours => $3)) AS day),
            -- A weekend arrival moves to the Monday: requests come in on working days.
            t AS (SELECT day + make_interval(days => CASE extract(isodow FROM day)::int WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END)
                         + interval '16 hours' AS at FROM d)
       UPDATE intake_requests r
          SET created_at = t.at, updated_at = t.at + make_interval(hours => $5),
              first_response_at = t.at + make_interval(hours => $4),
              triaged_at = t.at + make_interval(hours => $5),
              state = $6, state_reason = $7, assignee_id = $8
         FROM t WHERE r.id = $1`,
      [
        id,
        now,
        ageHours,
        responseHours,
        decidedHours,
        declined ? 'declined' : 'accepted',
        declined ? 'Covered by a program already under way.' : null,
        tpm.id,
      ],
    );
    await tx.query(
      `INSERT INTO intake_request_events (request_id, at, actor_name, kind, from_state, to_state, note)
       SELECT id, created_at, requester_name, 'submitted', NULL, 'new', 'via ' || source FROM intake_requests WHERE id = $1
       UNION ALL
       SELECT id, first_response_at, $2, 'acknowledge', 'new', 'acknowledged', '' FROM intake_requests WHERE id = $1
       UNION ALL
       SELECT id, triaged_at, $2, $3, 'acknowledged', state, coalesce(state_reason, '') FROM intake_requests WHERE id = $1`,
      [id, tpm.name, declined ? 'decline' : 'accept'],
    );
  }
  return TITLES.length;
}
