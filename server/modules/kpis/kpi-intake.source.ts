import type { KpiItem } from '../../../contracts/kpi.schema.js';
import { median } from '../../../engine/measures/index.js';
import { dayInWords } from '../../../engine/reporting/day-in-words.js';
import type { Queryable } from '../../db/database.js';
import { requestClocks, type SlaSettings } from '../intake/request-sla.js';
import { REQUEST_PAUSES_COLUMN, type RequestRow } from '../intake/request.repository.js';
import { loadSlaSettings } from '../intake/request.service.js';
import { scopeCondition, scopeParams, type KpiScope, type KpiSource } from './kpi-scope.js';

type MeasuredRow = RequestRow & { program_name: string | null };

/** Requests whose `column` (first_response_at or triaged_at) falls in the period, as the intake page reads them. */
async function requestsBy(
  db: Queryable,
  column: 'first_response_at' | 'triaged_at',
  scope: KpiScope,
  period: { from: string; to: string },
): Promise<MeasuredRow[]> {
  return (
    await db.query<MeasuredRow>(
      `SELECT r.*, NULL AS assignee_name, p.name AS program_name, ${REQUEST_PAUSES_COLUMN}
         FROM intake_requests r LEFT JOIN programs p ON p.id = r.program_id
        WHERE r.${column} IS NOT NULL AND ${scopeCondition('r.program_id')}
          AND (r.${column} AT TIME ZONE 'UTC')::date BETWEEN $3 AND $4
        ORDER BY r.${column}, r.id`,
      [...scopeParams(scope), period.from, period.to],
    )
  ).rows;
}

const utcDay = (at: Date) => at.toISOString().slice(0, 10);
const hours = (minutes: number) => Math.round((minutes / 60) * 100) / 100;

function requestItem(
  r: MeasuredRow,
  day: string,
  value: number,
  counts: KpiItem['counts'],
  detail: string,
): KpiItem {
  return {
    kind: 'request',
    id: r.id,
    name: `#${r.number} ${r.title}`,
    programId: r.program_id,
    programName: r.program_name,
    date: day,
    value,
    counts,
    detail,
  };
}

/** Working hours the clock ran until it stopped: the target less what was left (the SLA clock's own count). */
function workingHoursTaken(
  r: MeasuredRow,
  settings: SlaSettings,
  clock: 'firstResponse' | 'triage',
): { hours: number; met: boolean } {
  const c = requestClocks(r, settings, 0)[clock];
  return { hours: hours(c.targetHours * 60 - c.workingMinutesLeft), met: c.state === 'met' };
}

export const slaSource: KpiSource = async (db, scope, period) => {
  const [rows, settings] = await Promise.all([
    requestsBy(db, 'first_response_at', scope, period),
    loadSlaSettings(db),
  ]);
  const measured = rows.map((r) => ({
    r,
    day: utcDay(r.first_response_at!),
    ...workingHoursTaken(r, settings, 'firstResponse'),
  }));
  return {
    facts: measured.map((m) => ({ date: m.day, good: m.met, value: m.hours })),
    items: measured.map((m) =>
      requestItem(
        m.r,
        m.day,
        m.hours,
        m.met ? 'good' : 'bad',
        `First response ${dayInWords(m.day)} after ${m.hours} working hours: ${m.met ? 'within' : 'beyond'} the ${settings.firstResponseHours}-hour SLA.`,
      ),
    ),
    figures: [
      {
        label: 'Median working hours to first response',
        value: median(measured.map((m) => m.hours)),
        unit: 'hours',
      },
      { label: 'Requests first responded to', value: measured.length, unit: 'count' },
    ],
  };
};

const DECISIONS: Record<string, string> = {
  accepted: 'Accepted',
  declined: 'Declined',
  deferred: 'Deferred',
  duplicate: 'Marked duplicate',
};

/** Requests given a triage decision in the period: throughput counts them, cycle time measures them. */
async function decided(db: Queryable, scope: KpiScope, period: { from: string; to: string }) {
  const [rows, settings] = await Promise.all([
    requestsBy(db, 'triaged_at', scope, period),
    loadSlaSettings(db),
  ]);
  return rows
    .filter((r) => r.state in DECISIONS)
    .map((r) => ({ r, day: utcDay(r.triaged_at!), ...workingHoursTaken(r, settings, 'triage') }));
}

export const throughputSource: KpiSource = async (db, scope, period) => {
  const rows = await decided(db, scope, period);
  return {
    facts: rows.map((m) => ({ date: m.day, good: null, value: 1 })),
    items: rows.map((m) =>
      requestItem(m.r, m.day, m.hours, 'neutral', `${DECISIONS[m.r.state]} ${dayInWords(m.day)}.`),
    ),
    figures: [],
  };
};

export const cycleTimeSource: KpiSource = async (db, scope, period) => {
  const rows = await decided(db, scope, period);
  return {
    facts: rows.map((m) => ({ date: m.day, good: null, value: m.hours })),
    items: rows.map((m) =>
      requestItem(
        m.r,
        m.day,
        m.hours,
        'neutral',
        `${DECISIONS[m.r.state]} ${dayInWords(m.day)}, ${m.hours} working hours after it was submitted.`,
      ),
    ),
    figures: [{ label: 'Requests decided', value: rows.length, unit: 'count' }],
  };
};
