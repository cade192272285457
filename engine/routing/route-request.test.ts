import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankRoutingCandidates, type RoutingCandidate } from './route-request.js';
import { workingWindowOverlapMinutes } from './working-window-overlap.js';

const REF = Date.parse('2027-01-12T20:00:00Z');
const la = { timeZone: 'America/Los_Angeles', startMinutes: 480, endMinutes: 960 };
const ny = { timeZone: 'America/New_York', startMinutes: 540, endMinutes: 1020 };
const berlin = { timeZone: 'Europe/Berlin', startMinutes: 540, endMinutes: 1020 };

const person = (id: string, over: Partial<RoutingCandidate> = {}): RoutingCandidate => ({
  personId: id,
  name: id,
  labels: [],
  window: la,
  allocatedHours: 0,
  capacityHours: 80,
  openRequests: 0,
  ...over,
});

describe('working window overlap', () => {
  it('LA 08–16 and New York 09–17 share 6 hours; LA and Berlin share none in winter', () => {
    expect(workingWindowOverlapMinutes(la, ny, REF)).toBe(6 * 60);
    expect(workingWindowOverlapMinutes(la, berlin, REF)).toBe(0);
    expect(workingWindowOverlapMinutes(la, la, REF)).toBe(8 * 60);
  });

  it('windows meeting across midnight UTC still overlap (Tokyo morning, LA afternoon)', () => {
    const tokyo = { timeZone: 'Asia/Tokyo', startMinutes: 540, endMinutes: 1080 };
    // Tokyo 09:00 = 00:00Z = 16:00 LA (winter): no overlap; Tokyo 07:00–15:00 vs LA 08–16 meets 14:00–16:00 LA.
    expect(workingWindowOverlapMinutes(la, tokyo, REF)).toBe(0);
    expect(
      workingWindowOverlapMinutes(la, { ...tokyo, startMinutes: 420, endMinutes: 900 }, REF),
    ).toBe(120);
  });
});

describe('routing suggestions', () => {
  it('ranks fit, then bandwidth, and gives the reason for each factor', () => {
    const ranked = rankRoutingCandidates(
      { labels: ['Payments', 'platform'], requesterWindow: ny },
      [
        person('busy-fit', { labels: ['payments', 'platform'], allocatedHours: 80 }),
        person('free-nofit', { labels: ['mobile'] }),
        person('free-fit', { labels: ['payments'] }),
      ],
      REF,
    );
    expect(ranked.map((s) => s.personId)).toEqual(['free-fit', 'busy-fit', 'free-nofit']);
    expect(ranked[0]!.reasons.map((r) => r.factor)).toEqual([
      'fit',
      'bandwidth',
      'time_zone',
      'queue',
    ]);
    expect(ranked[0]!.reasons[0]).toMatchObject({ score: 0.5, detail: 'matches payments' });
    expect(ranked[1]!.reasons[1]).toMatchObject({
      score: 0,
      detail: '80 of 80 h allocated over the horizon',
    });
  });

  const candidate = fc.record({
    personId: fc.uuid(),
    name: fc.string({ maxLength: 6 }),
    labels: fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 4 }),
    window: fc.constantFrom(la, ny, berlin),
    allocatedHours: fc.integer({ min: 0, max: 200 }),
    capacityHours: fc.integer({ min: 0, max: 200 }),
    openRequests: fc.integer({ min: 0, max: 10 }),
  });
  const request = fc.record({
    labels: fc.array(fc.constantFrom('a', 'b', 'c', 'e'), { maxLength: 4 }),
    requesterWindow: fc.option(fc.constantFrom(la, ny, berlin), { nil: null }),
  });

  it('scores stay within 0..1, sorted, and the order does not depend on input order', () => {
    fc.assert(
      fc.property(
        request,
        fc.uniqueArray(candidate, { selector: (c) => c.personId, maxLength: 8 }),
        (req, cs) => {
          const ranked = rankRoutingCandidates(req, cs, REF);
          for (const s of ranked) expect(s.score).toBeGreaterThanOrEqual(0);
          for (const s of ranked) expect(s.score).toBeLessThanOrEqual(1);
          for (let i = 1; i < ranked.length; i++)
            expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
          expect(rankRoutingCandidates(req, [...cs].reverse(), REF)).toEqual(ranked);
        },
      ),
    );
  });

  it('more allocation or a longer queue never raises a score', () => {
    fc.assert(
      fc.property(request, candidate, fc.nat(50), fc.nat(5), (req, c, moreHours, moreOpen) => {
        const [before] = rankRoutingCandidates(req, [c], REF);
        const [after] = rankRoutingCandidates(
          req,
          [
            {
              ...c,
              allocatedHours: c.allocatedHours + moreHours,
              openRequests: c.openRequests + moreOpen,
            },
          ],
          REF,
        );
        expect(after!.score).toBeLessThanOrEqual(before!.score);
      }),
    );
  });
});
