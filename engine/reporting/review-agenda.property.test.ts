import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGENDA_ITEM_KINDS,
  buildReviewAgenda,
  closesItem,
  type AgendaCandidate,
  type AgendaOutcome,
} from './review-agenda.js';

const DATES = ['2027-01-05', '2027-01-12', '2027-01-19', '2027-01-26'] as const;
const KEYS = ['milestone_slipped:a', 'risk_review_due:b', 'decision_needed:c', 'x:d', 'x:e'];

const candidate = (key: string): fc.Arbitrary<AgendaCandidate> =>
  fc.record({
    key: fc.constant(key),
    kind: fc.constantFrom(...AGENDA_ITEM_KINDS),
    title: fc.string({ maxLength: 6 }),
    detail: fc.string({ maxLength: 6 }),
    programId: fc.constantFrom(null, 'p1', 'p2'),
    programName: fc.constantFrom(null, 'Alpha', 'Beta'),
    subjectKind: fc.constant('thing'),
    subjectId: fc.constant(key),
    link: fc.constant('/x'),
  });

/** One snapshot per key, as the service's keys name their subject: live and outcomes share it. */
const catalog = fc.tuple(...KEYS.map(candidate));

const outcome = (items: AgendaCandidate[]): fc.Arbitrary<AgendaOutcome> =>
  fc
    .record({
      item: fc.constantFrom(...items),
      occurrenceOn: fc.constantFrom(...DATES),
      kind: fc.constantFrom('note' as const, 'decision' as const, 'action_item' as const),
      resolved: fc.boolean(),
      actionItemOpen: fc.boolean(),
    })
    .map((o) => ({ ...o, itemKey: o.item.key, resolved: o.kind === 'note' && o.resolved }));

const input = catalog.chain((items) =>
  fc.record({
    date: fc.constantFrom(...DATES),
    live: fc.subarray(items),
    outcomes: fc.array(outcome(items), { maxLength: 12 }),
  }),
);

/** The outcomes of the last discussion of `key` before `date`, by the rule's own words. */
function lastDiscussion(outcomes: AgendaOutcome[], key: string, date: string) {
  const before = outcomes.filter((o) => o.itemKey === key && o.occurrenceOn < date);
  const last = before
    .map((o) => o.occurrenceOn)
    .sort()
    .pop();
  return last ? { on: last, outcomes: before.filter((o) => o.occurrenceOn === last) } : null;
}

describe('buildReviewAgenda', () => {
  it('is deterministic and does not depend on the order of its inputs', () => {
    fc.assert(
      fc.property(input, (i) => {
        const a = buildReviewAgenda(i);
        expect(buildReviewAgenda(i)).toEqual(a);
        const reversed = buildReviewAgenda({
          ...i,
          live: i.live,
          outcomes: [...i.outcomes].reverse(),
        });
        expect(reversed.map((x) => [x.key, x.carriedOverFrom])).toEqual(
          a.map((x) => [x.key, x.carriedOverFrom]),
        );
      }),
    );
  });

  it('lists each key once, in kind order', () => {
    fc.assert(
      fc.property(input, (i) => {
        const keys = buildReviewAgenda(i).map((x) => x.key);
        expect(new Set(keys).size).toBe(keys.length);
        const order = buildReviewAgenda(i).map((x) => AGENDA_ITEM_KINDS.indexOf(x.kind));
        expect([...order].sort((p, q) => p - q)).toEqual(order);
      }),
    );
  });

  it('shows every live item, and every item left open at its last discussion as carried over', () => {
    fc.assert(
      fc.property(input, (i) => {
        const agenda = new Map(buildReviewAgenda(i).map((x) => [x.key, x]));
        for (const c of i.live) expect(agenda.has(c.key)).toBe(true);
        for (const key of KEYS) {
          const last = lastDiscussion(i.outcomes, key, i.date);
          const item = agenda.get(key);
          if (last && !closesItem(last.outcomes)) {
            expect(item?.carriedOverFrom).toBe(last.on);
          } else {
            expect(item?.carriedOverFrom).toBeUndefined();
          }
        }
      }),
    );
  });

  it('drops a closed item unless the data still produces it or it was discussed that day', () => {
    fc.assert(
      fc.property(input, (i) => {
        const keys = new Set(buildReviewAgenda(i).map((x) => x.key));
        for (const key of KEYS) {
          const last = lastDiscussion(i.outcomes, key, i.date);
          const liveNow = i.live.some((c) => c.key === key);
          const discussedNow = i.outcomes.some(
            (o) => o.itemKey === key && o.occurrenceOn === i.date,
          );
          if (last && closesItem(last.outcomes) && !liveNow && !discussedNow)
            expect(keys.has(key)).toBe(false);
          if (!last && !liveNow && !discussedNow) expect(keys.has(key)).toBe(false);
        }
      }),
    );
  });

  it("attaches exactly that day's outcomes to their items", () => {
    fc.assert(
      fc.property(input, (i) => {
        const agenda = buildReviewAgenda(i);
        const attached = agenda.flatMap((x) => x.outcomes);
        expect(attached.length).toBe(i.outcomes.filter((o) => o.occurrenceOn === i.date).length);
        for (const x of agenda) for (const o of x.outcomes) expect(o.itemKey).toBe(x.key);
      }),
    );
  });
});

describe('closesItem', () => {
  it('is closed by a decision or a resolved note, never by unresolved notes alone', () => {
    const base = {
      itemKey: 'k',
      occurrenceOn: '2027-01-05',
      resolved: false,
      actionItemOpen: true,
      item: {} as AgendaCandidate,
    };
    expect(closesItem([{ ...base, kind: 'note' }])).toBe(false);
    expect(closesItem([{ ...base, kind: 'note', resolved: true }])).toBe(true);
    expect(closesItem([{ ...base, kind: 'decision' }])).toBe(true);
    expect(closesItem([{ ...base, kind: 'action_item' }])).toBe(false);
    expect(closesItem([{ ...base, kind: 'action_item', actionItemOpen: false }])).toBe(true);
  });
});
