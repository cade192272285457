/**
 * A post-mortem's timeline: what happened to a program, in the order it happened,
 * from the rows the server already keeps (baselines and the stored schedule,
 * change requests, risks that occurred, decisions made, milestones achieved,
 * issues raised). Pure: the same rows, in any order, give the same timeline.
 */

export const TIMELINE_EVENT_KINDS = [
  'baseline',
  'milestone_slip',
  'milestone_completed',
  'change_request',
  'risk_occurred',
  'decision',
  'issue',
] as const;
export type TimelineEventKind = (typeof TIMELINE_EVENT_KINDS)[number];

export interface TimelineEvent {
  /** An instant, ISO 8601 with its offset. */
  at: string;
  kind: TimelineEventKind;
  title: string;
  detail: string;
  /** The row the event is about: the milestone, change request, risk, decision, issue or baseline. */
  subjectId: string;
}

/** A milestone's finish in one schedule, on the program's clock (YYYY-MM-DDTHH:MM:SS). */
export interface SnapshotMilestone {
  id: string;
  name: string;
  finish: string;
}

/**
 * A schedule the program kept: a baseline (an event of its own) or the live
 * schedule (only a source of milestone moves, since the last baseline).
 */
export interface ScheduleSnapshotFact {
  id: string;
  source: 'baseline' | 'schedule';
  name: string;
  at: string;
  milestones: readonly SnapshotMilestone[];
}

export interface ChangeRequestFact {
  id: string;
  at: string;
  label: string;
  title: string;
  /** approved, rejected, deferred (decided) or submitted/draft (raised). */
  status: string;
}

export interface SubjectFact {
  id: string;
  at: string;
  title: string;
  detail: string;
}

export interface TimelineFacts {
  snapshots: readonly ScheduleSnapshotFact[];
  changeRequests: readonly ChangeRequestFact[];
  risksOccurred: readonly SubjectFact[];
  decisions: readonly SubjectFact[];
  milestonesCompleted: readonly SubjectFact[];
  issues: readonly SubjectFact[];
}

const instant = (at: string) => Date.parse(at);
const day = (localDateTime: string) => localDateTime.slice(0, 10);

/** Whole calendar days from one YYYY-MM-DD to another (negative when earlier). */
function daysBetween(from: string, to: string): number {
  return Math.round(
    (Date.parse(`${day(to)}T00:00:00Z`) - Date.parse(`${day(from)}T00:00:00Z`)) / 86_400_000,
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Ties broken by a key of everything the event says, so no input order shows through. */
function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  const byTime = instant(a.at) - instant(b.at);
  if (byTime !== 0) return byTime;
  const keyA = [TIMELINE_EVENT_KINDS.indexOf(a.kind), a.subjectId, a.title, a.detail];
  const keyB = [TIMELINE_EVENT_KINDS.indexOf(b.kind), b.subjectId, b.title, b.detail];
  for (let i = 0; i < keyA.length; i++) {
    if (keyA[i]! < keyB[i]!) return -1;
    if (keyA[i]! > keyB[i]!) return 1;
  }
  return 0;
}

function compareSnapshots(a: ScheduleSnapshotFact, b: ScheduleSnapshotFact): number {
  const byTime = instant(a.at) - instant(b.at);
  if (byTime !== 0) return byTime;
  if (a.source !== b.source) return a.source === 'baseline' ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Milestone moves between consecutive schedules (oldest first): each milestone
 * whose finish differs from the one before is a `milestone_slip` at the later
 * schedule's time, earlier moves included (the detail says which way).
 */
export function milestoneMoves(snapshots: readonly ScheduleSnapshotFact[]): TimelineEvent[] {
  const ordered = [...snapshots].sort(compareSnapshots);
  const events: TimelineEvent[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const before = new Map(ordered[i - 1]!.milestones.map((m) => [m.id, m]));
    const after = ordered[i]!;
    for (const m of after.milestones) {
      const was = before.get(m.id);
      if (!was || day(was.finish) === day(m.finish)) continue;
      const days = daysBetween(was.finish, m.finish);
      const where =
        after.source === 'baseline' ? `baseline "${after.name}"` : 'the current schedule';
      events.push({
        at: after.at,
        kind: 'milestone_slip',
        title: `${m.name} ${days > 0 ? 'slipped' : 'moved earlier'} ${plural(Math.abs(days), 'day')}`,
        detail: `From ${day(was.finish)} to ${day(m.finish)}, in ${where}.`,
        subjectId: m.id,
      });
    }
  }
  return events;
}

const CHANGE_REQUEST_OUTCOMES: Record<string, string> = {
  approved: 'approved',
  rejected: 'rejected',
  deferred: 'deferred',
};

/** Every fact as one event (and each milestone move as one), ordered by time. */
export function buildPostMortemTimeline(facts: TimelineFacts): TimelineEvent[] {
  const subject =
    (kind: TimelineEventKind, titleOf: (f: SubjectFact) => string) =>
    (f: SubjectFact): TimelineEvent => ({
      at: f.at,
      kind,
      title: titleOf(f),
      detail: f.detail,
      subjectId: f.id,
    });
  const events: TimelineEvent[] = [
    ...facts.snapshots
      .filter((s) => s.source === 'baseline')
      .map((s): TimelineEvent => ({
        at: s.at,
        kind: 'baseline',
        title: `Baseline "${s.name}" saved`,
        detail: `${plural(s.milestones.length, 'milestone')} in it.`,
        subjectId: s.id,
      })),
    ...milestoneMoves(facts.snapshots),
    ...facts.changeRequests.map((c): TimelineEvent => {
      const outcome = CHANGE_REQUEST_OUTCOMES[c.status];
      return {
        at: c.at,
        kind: 'change_request',
        title: `${c.label} ${outcome ?? 'raised'}: ${c.title}`,
        detail: outcome
          ? `The change request was ${outcome}.`
          : `The change request is ${c.status}.`,
        subjectId: c.id,
      };
    }),
    ...facts.risksOccurred.map(subject('risk_occurred', (f) => `Risk occurred: ${f.title}`)),
    ...facts.decisions.map(subject('decision', (f) => `Decided: ${f.title}`)),
    ...facts.milestonesCompleted.map(
      subject('milestone_completed', (f) => `Milestone achieved: ${f.title}`),
    ),
    ...facts.issues.map(subject('issue', (f) => `Issue raised: ${f.title}`)),
  ];
  return events.sort(compareEvents);
}
