import type { WorkingTime } from '../calendar/working-time.js';
import { programHealth } from './program-health.js';
import { addDays, workingDaysBetween } from './report-dates.js';
import type { ReportFacts, ReportMilestone, ReportSnapshot } from './report-facts-types.js';

/** Upcoming: not complete and due at most this many days after the period's end. */
export const UPCOMING_WINDOW_DAYS = 28;
/** When nothing falls in the window, the next few open milestones are upcoming instead. */
export const UPCOMING_FALLBACK_COUNT = 3;

const OPEN_RISK = new Set(['open', 'mitigating', 'occurred']);
const CLOSED_ISSUE = new Set(['resolved', 'closed']);
const DECIDED_CR = new Set(['approved', 'deferred', 'rejected']);

/** The live rows a draft is computed from, gathered by the service; days are ISO days. */
export interface ReportInput {
  periodStart: string;
  periodEnd: string;
  today: string;
  targetDate: string | null;
  cpmFinish: string | null;
  /** The latest baseline: its finish and its milestone days (the reference of a first report). */
  baseline: { finish: string; milestoneDates: Record<string, string> } | null;
  forecast: { p50Finish: string; p80Finish: string } | null;
  items: readonly { id: string; name: string; kind: 'task' | 'milestone'; critical: boolean }[];
  milestones: readonly {
    id: string;
    name: string;
    /** Scheduled day (its completion day once complete). */
    date: string;
    dueDate: string | null;
    complete: boolean;
    completedOn: string | null;
  }[];
  risks: readonly {
    id: string;
    title: string;
    status: string;
    createdOn: string;
    closedOn: string | null;
  }[];
  issues: readonly {
    id: string;
    title: string;
    severity: string;
    status: string;
    createdOn: string;
    resolvedOn: string | null;
  }[];
  decisions: readonly { id: string; title: string; status: string; decidedOn: string | null }[];
  changeRequests: readonly {
    id: string;
    number: number;
    title: string;
    status: string;
    decidedOn: string | null;
  }[];
  /** The snapshot of the program's last published report, if any. */
  previous: ReportSnapshot | null;
}

const byDate = (a: { date: string; name: string }, b: { date: string; name: string }) =>
  a.date < b.date ? -1 : a.date > b.date ? 1 : a.name.localeCompare(b.name);

/**
 * The facts of a status report, from live rows and the last published snapshot
 * (docs/status-reports.md says what each bucket means). Pure and deterministic:
 * the same input gives the same facts.
 */
export function draftReportFacts(input: ReportInput, calendar: WorkingTime): ReportFacts {
  const within = (day: string | null) =>
    day !== null && day >= input.periodStart && day <= input.periodEnd;
  const prev = input.previous;
  const previousDates = prev
    ? new Map(prev.milestones.map((m) => [m.id, m.date]))
    : new Map(Object.entries(input.baseline?.milestoneDates ?? {}));

  const listed = (m: ReportInput['milestones'][number]): ReportMilestone => {
    const before = previousDates.get(m.id);
    const slip = before !== undefined ? workingDaysBetween(calendar, before, m.date) : 0;
    return {
      id: m.id,
      name: m.name,
      date: m.date,
      dueDate: m.dueDate,
      ...(before !== undefined && before !== m.date ? { previousDate: before } : {}),
      ...(slip > 0 ? { slipWorkingDays: slip } : {}),
    };
  };
  const all = input.milestones.map((m) => ({ row: m, item: listed(m) }));
  const completed = all
    .filter(({ row }) => row.complete && within(row.completedOn ?? row.date))
    .map(({ item }) => item);
  const slipped = all.filter(({ item }) => (item.slipWorkingDays ?? 0) > 0).map(({ item }) => item);
  const open = all.filter(({ row }) => !row.complete).map(({ item }) => item);
  open.sort(byDate);
  const horizon = addDays(input.periodEnd, UPCOMING_WINDOW_DAYS);
  const windowed = open.filter((m) => m.date <= horizon);
  const upcoming = windowed.length ? windowed : open.slice(0, UPCOMING_FALLBACK_COUNT);

  const critical = input.items.filter((i) => i.critical);
  const criticalIds = new Set(critical.map((i) => i.id));
  const names = new Map(input.items.map((i) => [i.id, i.name]));
  const previousCritical = new Set(prev?.criticalItemIds ?? []);
  const previousItems = new Map((prev?.items ?? []).map((i) => [i.id, i]));
  const currentItems = new Set(input.items.map((i) => i.id));
  const previousRisks = new Map((prev?.risks ?? []).map((r) => [r.id, r]));

  const openCriticalIssues = input.issues.filter(
    (i) => i.severity === 'critical' && !CLOSED_ISSUE.has(i.status),
  );
  const p50Finish = input.forecast?.p50Finish ?? null;
  const p80Finish = input.forecast?.p80Finish ?? null;
  const { health, reasons } = programHealth(
    {
      today: input.today,
      p80Finish,
      cpmFinish: input.cpmFinish,
      targetDate: input.targetDate,
      baselineFinish: input.baseline?.finish ?? null,
      openMilestones: input.milestones
        .filter((m) => !m.complete)
        .map((m) => ({ name: m.name, dueDate: m.dueDate ?? m.date })),
      openCriticalIssues,
    },
    calendar,
  );

  const riskRef = (r: ReportInput['risks'][number]) => ({
    id: r.id,
    title: r.title,
    status: r.status,
  });
  const issueRef = (i: ReportInput['issues'][number]) => ({
    id: i.id,
    title: i.title,
    severity: i.severity,
  });
  const risks = prev
    ? {
        opened: input.risks
          .filter((r) => !previousRisks.has(r.id) && r.status !== 'closed')
          .map(riskRef),
        changed: input.risks
          .filter((r) => {
            const before = previousRisks.get(r.id);
            return before && before.status !== r.status && r.status !== 'closed';
          })
          .map((r) => ({
            id: r.id,
            title: r.title,
            from: previousRisks.get(r.id)!.status,
            to: r.status,
          })),
        closed: input.risks
          .filter(
            (r) =>
              r.status === 'closed' &&
              (previousRisks.get(r.id)?.status ?? (within(r.closedOn) ? 'open' : 'closed')) !==
                'closed',
          )
          .map(riskRef),
      }
    : {
        opened: input.risks.filter((r) => within(r.createdOn)).map(riskRef),
        changed: [],
        closed: input.risks.filter((r) => r.status === 'closed' && within(r.closedOn)).map(riskRef),
      };

  return {
    periodStart: input.periodStart,
    periodEnd: input.periodEnd,
    health,
    healthReasons: reasons,
    schedule: {
      cpmFinish: input.cpmFinish,
      p50Finish,
      p80Finish,
      targetDate: input.targetDate,
      baselineFinish: input.baseline?.finish ?? null,
    },
    milestones: { completed, slipped, upcoming },
    changes: {
      criticalPath: prev
        ? {
            joined: critical
              .filter((i) => !previousCritical.has(i.id))
              .map((i) => ({ id: i.id, name: i.name })),
            left: [...previousCritical]
              .filter((id) => !criticalIds.has(id))
              .map((id) => ({ id, name: names.get(id) ?? previousItems.get(id)?.name ?? id })),
          }
        : { joined: [], left: [] },
      forecast: {
        p50Before: prev?.p50Finish ?? null,
        p50After: p50Finish,
        p80Before: prev?.p80Finish ?? null,
        p80After: p80Finish,
      },
      risks,
      issues: {
        opened: input.issues.filter((i) => within(i.createdOn)).map(issueRef),
        closed: input.issues
          .filter((i) => CLOSED_ISSUE.has(i.status) && within(i.resolvedOn))
          .map(issueRef),
      },
      decisions: input.decisions
        .filter((d) => d.status === 'decided' && within(d.decidedOn))
        .map((d) => ({ id: d.id, title: d.title, decidedOn: d.decidedOn! })),
      changeRequests: input.changeRequests
        .filter((c) => DECIDED_CR.has(c.status) && within(c.decidedOn))
        .map((c) => ({
          id: c.id,
          number: c.number,
          title: c.title,
          status: c.status,
          decidedOn: c.decidedOn!,
        })),
      scope: prev
        ? {
            added: input.items
              .filter((i) => !previousItems.has(i.id))
              .map((i) => ({ id: i.id, name: i.name, kind: i.kind })),
            removed: [...previousItems.values()].filter((i) => !currentItems.has(i.id)),
          }
        : { added: [], removed: [] },
    },
    counts: {
      milestones: input.milestones.length,
      milestonesComplete: input.milestones.filter((m) => m.complete).length,
      tasks: input.items.filter((i) => i.kind === 'task').length,
      openRisks: input.risks.filter((r) => OPEN_RISK.has(r.status)).length,
      openIssues: input.issues.filter((i) => !CLOSED_ISSUE.has(i.status)).length,
      openCriticalIssues: openCriticalIssues.length,
    },
    snapshot: {
      milestones: input.milestones.map((m) => ({
        id: m.id,
        name: m.name,
        date: m.date,
        complete: m.complete,
      })),
      criticalItemIds: critical.map((i) => i.id),
      items: input.items.map((i) => ({ id: i.id, name: i.name, kind: i.kind })),
      risks: input.risks.map((r) => ({ id: r.id, title: r.title, status: r.status })),
      p50Finish,
      p80Finish,
    },
  };
}
