import { formatLocalDateTime, type LocalMinutes } from '../../engine/calendar/local-time.js';
import type { ScheduleResult, TaskSchedule } from '../../engine/scheduling/schedule-result.js';
import type { ExpectedTaskDates, MspdiSkipped } from '../../interchange/mspdi/index.js';

/**
 * Scores a schedule against the dates an MSPDI file carries, with the rules of
 * `../shared/conformance/synthetic/compare.py` (strict mode) and README §9:
 * - tasks are keyed by UID; UID 0, null, inactive, manual and progressed rows are skipped;
 * - Start, Finish, EarlyStart, EarlyFinish, LateStart, LateFinish must agree to the minute
 *   (an expected date the file lacks is not compared);
 * - leaf TotalSlack and FreeSlack must agree within ±10 tenths of a minute (±1 minute);
 *   a slack the file lacks is not compared (some MPXJ-converted files have none);
 * - summary rows are scored on their dates only, and counted apart from leaves;
 * - `critical` agreement is reported for leaves, outside the score.
 */
export interface ExpectedSchedule {
  expected: Map<number, ExpectedTaskDates>;
  skipped?: readonly MspdiSkipped[];
}

export interface CompareOptions {
  /** More UIDs to leave out (e.g. resource-driven tasks). */
  skip?: Iterable<number>;
  /** How many differences to list (default 5). */
  show?: number;
}

export interface CompareReport {
  /** Scored rows (leaves + summaries) and how many agree on everything. */
  total: number;
  matched: number;
  leafTotal: number;
  leafMatched: number;
  summaryTotal: number;
  summaryMatched: number;
  /** Scored rows the schedule lacks (counted as not matched). */
  missing: number;
  criticalTotal: number;
  criticalAgree: number;
  skipped: number;
  /** The first `show` rows that disagree, one line each. */
  differences: string[];
}

const DATE_FIELDS = [
  ['start', 'Start'],
  ['finish', 'Finish'],
  ['earlyStart', 'EarlyStart'],
  ['earlyFinish', 'EarlyFinish'],
  ['lateStart', 'LateStart'],
  ['lateFinish', 'LateFinish'],
] as const;

/** Slack tolerance, tenths of a minute. */
export const SLACK_TOLERANCE_TENTHS = 10;

function fmt(t: LocalMinutes | undefined): string {
  return t === undefined || !Number.isFinite(t) ? String(t) : formatLocalDateTime(t).slice(0, 16);
}

export function compareSchedule(
  expected: ExpectedSchedule,
  result: Pick<ScheduleResult, 'tasks'>,
  options: CompareOptions = {},
): CompareReport {
  const show = options.show ?? 5;
  const skip = new Set<number>(options.skip ?? []);
  for (const s of expected.skipped ?? []) skip.add(s.uid);
  const byUid = new Map<number, TaskSchedule>();
  for (const t of result.tasks) {
    const uid = t.uid ?? Number(t.id);
    if (Number.isFinite(uid)) byUid.set(uid, t);
  }
  const report: CompareReport = {
    total: 0,
    matched: 0,
    leafTotal: 0,
    leafMatched: 0,
    summaryTotal: 0,
    summaryMatched: 0,
    missing: 0,
    criticalTotal: 0,
    criticalAgree: 0,
    skipped: 0,
    differences: [],
  };
  const uids = [...expected.expected.keys()].sort((a, b) => a - b);
  for (const uid of uids) {
    const e = expected.expected.get(uid)!;
    if (uid === 0 || skip.has(uid)) {
      report.skipped++;
      continue;
    }
    const label = `UID ${uid}${e.summary ? ' (summary)' : ''}`;
    report.total++;
    if (e.summary) report.summaryTotal++;
    else report.leafTotal++;
    const got = byUid.get(uid);
    if (!got) {
      report.missing++;
      if (report.differences.length < show)
        report.differences.push(`${label}: missing from the schedule`);
      continue;
    }
    const notes: string[] = [];
    for (const [key, element] of DATE_FIELDS) {
      const want = e[key];
      if (want === null) continue;
      if (got[key] !== want) notes.push(`${element} expected ${fmt(want)} got ${fmt(got[key])}`);
    }
    if (!e.summary) {
      const slacks = [
        ['TotalSlack', e.totalSlack, got.totalSlackMinutes],
        ['FreeSlack', e.freeSlack, got.freeSlackMinutes],
      ] as const;
      for (const [element, want, minutes] of slacks) {
        if (want === null) continue;
        const tenths = minutes * 10;
        if (!(Math.abs(tenths - want) <= SLACK_TOLERANCE_TENTHS)) {
          notes.push(`${element} expected ${want} got ${Math.round(tenths)} (tenths of a minute)`);
        }
      }
      if (e.critical !== null) {
        report.criticalTotal++;
        if (e.critical === got.critical) report.criticalAgree++;
      }
    }
    if (notes.length === 0) {
      report.matched++;
      if (e.summary) report.summaryMatched++;
      else report.leafMatched++;
    } else if (report.differences.length < show) {
      report.differences.push(`${label}: ${notes.join('; ')}`);
    }
  }
  return report;
}
