import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildPostMortemTimeline,
  milestoneMoves,
  type ScheduleSnapshotFact,
  type SubjectFact,
  type TimelineFacts,
} from './post-mortem-timeline.js';

const FROM = Date.parse('2026-01-01T00:00:00Z');
const SPAN_MS = 400 * 86_400_000;
// Few distinct instants, so that ties happen often.
const at = fc
  .integer({ min: 0, max: 40 })
  .map((n) => new Date(FROM + (n * SPAN_MS) / 40).toISOString());
const id = fc.uuid();
const text = fc.string({ minLength: 1, maxLength: 12 });
const localDay = fc
  .integer({ min: 0, max: 300 })
  .map((n) => `${new Date(FROM + n * 86_400_000).toISOString().slice(0, 10)}T17:00:00`);

const subject: fc.Arbitrary<SubjectFact> = fc.record({ id, at, title: text, detail: text });
const MILESTONE_IDS = ['m1', 'm2', 'm3'];
const snapshot: fc.Arbitrary<ScheduleSnapshotFact> = fc.record({
  id,
  source: fc.constantFrom('baseline' as const, 'schedule' as const),
  name: text,
  at,
  milestones: fc.uniqueArray(
    fc.record({ id: fc.constantFrom(...MILESTONE_IDS), name: text, finish: localDay }),
    { selector: (m) => m.id, maxLength: 3 },
  ),
});

const facts: fc.Arbitrary<TimelineFacts> = fc.record({
  snapshots: fc.array(snapshot, { maxLength: 5 }),
  changeRequests: fc.array(
    fc.record({
      id,
      at,
      label: text,
      title: text,
      status: fc.constantFrom('draft', 'submitted', 'approved', 'deferred', 'rejected'),
    }),
    { maxLength: 5 },
  ),
  risksOccurred: fc.array(subject, { maxLength: 5 }),
  decisions: fc.array(subject, { maxLength: 5 }),
  milestonesCompleted: fc.array(subject, { maxLength: 5 }),
  issues: fc.array(subject, { maxLength: 5 }),
});

function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  let s = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    const j = s % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const count = (ids: string[]) => {
  const m = new Map<string, number>();
  for (const i of ids) m.set(i, (m.get(i) ?? 0) + 1);
  return m;
};

describe('buildPostMortemTimeline', () => {
  it('orders events by time', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const events = buildPostMortemTimeline(f);
        for (let i = 1; i < events.length; i++)
          expect(Date.parse(events[i - 1]!.at)).toBeLessThanOrEqual(Date.parse(events[i]!.at));
      }),
    );
  });

  it('gives the same timeline whatever order the rows come in', () => {
    fc.assert(
      fc.property(facts, fc.integer({ min: 1, max: 2 ** 30 }), (f, seed) => {
        const reordered: TimelineFacts = {
          snapshots: shuffled(f.snapshots, seed),
          changeRequests: shuffled(f.changeRequests, seed + 1),
          risksOccurred: shuffled(f.risksOccurred, seed + 2),
          decisions: shuffled(f.decisions, seed + 3),
          milestonesCompleted: shuffled(f.milestonesCompleted, seed + 4),
          issues: shuffled(f.issues, seed + 5),
        };
        expect(buildPostMortemTimeline(reordered)).toEqual(buildPostMortemTimeline(f));
      }),
    );
  });

  it('lists every fact once, as an event of its kind, and every milestone move once', () => {
    fc.assert(
      fc.property(facts, (f) => {
        const events = buildPostMortemTimeline(f);
        const expectations = [
          ['baseline', f.snapshots.filter((s) => s.source === 'baseline').map((s) => s.id)],
          ['change_request', f.changeRequests.map((c) => c.id)],
          ['risk_occurred', f.risksOccurred.map((r) => r.id)],
          ['decision', f.decisions.map((d) => d.id)],
          ['milestone_completed', f.milestonesCompleted.map((m) => m.id)],
          ['issue', f.issues.map((i) => i.id)],
          ['milestone_slip', milestoneMoves(f.snapshots).map((m) => m.subjectId)],
        ] as const;
        for (const [kind, ids] of expectations)
          expect(count(events.filter((e) => e.kind === kind).map((e) => e.subjectId))).toEqual(
            count([...ids]),
          );
        expect(events).toHaveLength(expectations.reduce((n, [, ids]) => n + ids.length, 0));
      }),
    );
  });

  it('records a move only where a milestone’s finish day changed between consecutive schedules', () => {
    fc.assert(
      fc.property(fc.array(snapshot, { maxLength: 5 }), (snapshots) => {
        const ordered = [...snapshots].sort(
          (a, b) =>
            Date.parse(a.at) - Date.parse(b.at) ||
            (a.source === b.source ? (a.id < b.id ? -1 : 1) : a.source === 'baseline' ? -1 : 1),
        );
        let expected = 0;
        for (let i = 1; i < ordered.length; i++)
          for (const m of ordered[i]!.milestones) {
            const was = ordered[i - 1]!.milestones.find((x) => x.id === m.id);
            if (was && was.finish.slice(0, 10) !== m.finish.slice(0, 10)) expected++;
          }
        expect(milestoneMoves(snapshots)).toHaveLength(expected);
      }),
    );
  });

  it('says how many days a milestone slipped', () => {
    const base = (finish: string, at: string, source: 'baseline' | 'schedule') => ({
      id: `${source}-${at}`,
      source,
      name: 'Plan',
      at,
      milestones: [{ id: 'm1', name: 'Launch', finish }],
    });
    const events = buildPostMortemTimeline({
      snapshots: [
        base('2026-03-02T17:00:00', '2026-01-05T10:00:00Z', 'baseline'),
        base('2026-03-09T17:00:00', '2026-02-01T10:00:00Z', 'schedule'),
      ],
      changeRequests: [],
      risksOccurred: [],
      decisions: [],
      milestonesCompleted: [],
      issues: [],
    });
    expect(events.map((e) => [e.kind, e.title])).toEqual([
      ['baseline', 'Baseline "Plan" saved'],
      ['milestone_slip', 'Launch slipped 7 days'],
    ]);
  });
});
