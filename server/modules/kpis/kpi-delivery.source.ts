import type { KpiItem } from '../../../contracts/kpi.schema.js';
import { scoreForecasts } from '../../../engine/forecasting/forecast-accuracy.js';
import {
  finishedOnTime,
  inPeriod,
  ON_TIME_TOLERANCE_WORKING_DAYS,
} from '../../../engine/measures/index.js';
import { dayInWords } from '../../../engine/reporting/day-in-words.js';
import { loadForecastOutcomes } from '../forecasts/forecast-accuracy.repository.js';
import { programCount, scopeCondition, scopeParams, type KpiSource } from './kpi-scope.js';

interface FinishRow {
  kind: 'milestone' | 'program';
  id: string;
  name: string;
  program_id: string;
  program_name: string;
  actual: string;
  baseline: string | null;
  planned: string | null;
}

/**
 * Milestones achieved and programs completed, with their actual finish (as the
 * forecast-accuracy page reads it), the planned finish in the first baseline that
 * has them, and the due or target date.
 */
const FINISHES = `
  SELECT * FROM (
    SELECT 'milestone' AS kind, m.id, m.name, m.program_id, p.name AS program_name,
           coalesce(m.achieved_at::date,
                    (SELECT min(a.at)::date FROM audit_events a
                      WHERE a.entity_type = 'milestone' AND a.entity_id = m.id::text
                        AND a.after->>'state' = 'achieved'), m.due_date)::text AS actual,
           (SELECT left(i->>'earlyFinish', 10) FROM baselines b, jsonb_array_elements(b.schedule->'items') i
             WHERE b.program_id = m.program_id AND i->>'id' = m.id::text
             ORDER BY b.created_at, b.id LIMIT 1) AS baseline,
           m.due_date::text AS planned
      FROM milestones m JOIN programs p ON p.id = m.program_id
     WHERE m.state = 'achieved' AND ${scopeCondition('m.program_id')}
    UNION ALL
    SELECT 'program', p.id, p.name, p.id, p.name,
           coalesce((SELECT max(f)::date FROM (
                       SELECT actual_finish AS f FROM tasks WHERE program_id = p.id
                       UNION ALL SELECT achieved_at FROM milestones WHERE program_id = p.id) done),
                    (SELECT min(a.at)::date FROM audit_events a
                      WHERE a.entity_type = 'program' AND a.entity_id = p.id::text
                        AND a.after->>'status' = 'completed'))::text,
           (SELECT left(b.schedule->>'finish', 10) FROM baselines b
             WHERE b.program_id = p.id ORDER BY b.created_at, b.id LIMIT 1),
           p.target_date::text
      FROM programs p
     WHERE p.status = 'completed' AND ${scopeCondition('p.id')}
  ) finished
  WHERE actual BETWEEN $3 AND $4
  ORDER BY actual, name, id`;

const TOLERANCE =
  ON_TIME_TOLERANCE_WORKING_DAYS === 0
    ? ''
    : ` (tolerance ${ON_TIME_TOLERANCE_WORKING_DAYS} working days)`;

export const completionSource: KpiSource = async (db, scope, period) => {
  const rows = (
    await db.query<FinishRow>(FINISHES, [...scopeParams(scope), period.from, period.to])
  ).rows;
  const items: KpiItem[] = [];
  const facts = rows.map((r) => {
    const planned = r.baseline ?? r.planned;
    const onTime = finishedOnTime(r.actual, planned, ON_TIME_TOLERANCE_WORKING_DAYS);
    const plannedBy = r.baseline
      ? 'the baseline finish'
      : r.kind === 'milestone'
        ? 'the due date'
        : 'the target date';
    const what = r.kind === 'milestone' ? 'Achieved' : 'Completed';
    items.push({
      kind: r.kind,
      id: r.id,
      name: r.name,
      programId: r.program_id,
      programName: r.program_name,
      date: r.actual,
      value: null,
      counts: onTime === null ? 'neutral' : onTime ? 'good' : 'bad',
      detail:
        planned === null
          ? `${what} ${dayInWords(r.actual)} with no baseline, due or target date: not counted (on time only).`
          : `${what} ${dayInWords(r.actual)}, ${onTime ? 'on or before' : 'after'} ${plannedBy} ${dayInWords(planned)}${TOLERANCE} (on time only).`,
    });
    return { date: r.actual, good: onTime, value: null };
  });
  return { facts, items, figures: [] };
};

export const calibrationSource: KpiSource = async (db, scope, period) => {
  const allowed = scope.programIds ? new Set(scope.programIds) : null;
  const outcomes = (
    await loadForecastOutcomes(db, undefined, (id) => allowed === null || allowed.has(id))
  ).filter((o) => o.kind === 'milestone' && inPeriod(o.actual, period));
  // Only forecasts made before the finish score; each milestone by its latest one.
  const latest = new Map<string, (typeof outcomes)[number]>();
  for (const s of scoreForecasts(outcomes).scored) {
    const seen = latest.get(s.itemId);
    if (!seen || seen.forecastOn <= s.forecastOn) latest.set(s.itemId, s);
  }
  const chosen = [...latest.values()].sort(
    (a, b) => a.actual.localeCompare(b.actual) || a.itemId.localeCompare(b.itemId),
  );
  const report = scoreForecasts(chosen);
  const names = new Map(
    (
      await db.query<{ id: string; program_id: string; program_name: string }>(
        `SELECT m.id, m.program_id, p.name AS program_name
           FROM milestones m JOIN programs p ON p.id = m.program_id WHERE m.id = ANY($1::uuid[])`,
        [chosen.map((c) => c.itemId)],
      )
    ).rows.map((r) => [r.id, r]),
  );
  return {
    facts: report.scored.map((s) => ({ date: s.actual, good: s.withinP80, value: null })),
    items: report.scored.map((s) => ({
      kind: 'milestone',
      id: s.itemId,
      name: s.itemName,
      programId: names.get(s.itemId)?.program_id ?? null,
      programName: names.get(s.itemId)?.program_name ?? null,
      date: s.actual,
      value: s.p50ErrorDays,
      counts: s.withinP80 ? 'good' : 'bad',
      detail: `Achieved ${dayInWords(s.actual)}, ${s.withinP80 ? 'on or before' : 'after'} the P80 ${dayInWords(s.p80)} of the forecast of ${dayInWords(s.forecastOn)} (P50 ${dayInWords(s.p50)}, P95 ${dayInWords(s.p95)}).`,
    })),
    figures: [
      {
        label: 'Mean absolute error against the P50, in calendar days',
        value: report.meanAbsoluteP50ErrorDays,
        unit: 'days',
      },
    ],
    calibration: report.calibration,
  };
};

interface ChangeRow {
  id: string;
  number: number;
  title: string;
  program_id: string;
  program_name: string;
  decided_on: string;
}

export const changeRequestSource: KpiSource = async (db, scope, period) => {
  const rows = (
    await db.query<ChangeRow>(
      `SELECT cr.id, cr.number, cr.title, cr.program_id, p.name AS program_name,
              (cr.decided_at AT TIME ZONE 'UTC')::date::text AS decided_on
         FROM change_requests cr JOIN programs p ON p.id = cr.program_id
        WHERE cr.status = 'approved' AND cr.decided_at IS NOT NULL AND ${scopeCondition('cr.program_id')}
          AND (cr.decided_at AT TIME ZONE 'UTC')::date BETWEEN $3 AND $4
        ORDER BY cr.decided_at, cr.id`,
      [...scopeParams(scope), period.from, period.to],
    )
  ).rows;
  const programs = await programCount(db, scope);
  return {
    facts: rows.map((r) => ({ date: r.decided_on, good: null, value: 1 })),
    items: rows.map((r) => ({
      kind: 'change_request',
      id: r.id,
      name: `CR-${r.number} ${r.title}`,
      programId: r.program_id,
      programName: r.program_name,
      date: r.decided_on,
      value: null,
      counts: 'neutral',
      detail: `Approved ${dayInWords(r.decided_on)}.`,
    })),
    figures: [
      { label: 'Change requests approved', value: rows.length, unit: 'count' },
      { label: 'Programs in scope', value: programs, unit: 'count' },
    ],
    programCount: programs,
  };
};
