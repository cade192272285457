import { bench, describe } from 'vitest';
import { rankRoutingCandidates, type RoutingCandidate } from '../engine/routing/route-request.js';
import { readSlaClock, type SlaPause } from '../engine/sla/sla-clock.js';
import { compileTeamCalendar, DEFAULT_TEAM_CALENDAR } from '../engine/sla/team-calendar.js';

// What GET /api/requests does: both SLA clocks (24 h and 40 h) of every request
// in the queue. 1,000 requests arrived at random minutes over 2027, a third with
// a waiting-on-requester pause, read at a fixed instant; the 08:00–16:00 Pacific
// calendar with 10 holidays. Seeded, so every run is the same.
const REQUESTS = 1_000;

function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const calendar = {
  ...DEFAULT_TEAM_CALENDAR,
  holidays: [
    '2027-01-01',
    '2027-01-18',
    '2027-02-15',
    '2027-05-31',
    '2027-07-05',
    '2027-09-06',
    '2027-11-25',
    '2027-11-26',
    '2027-12-24',
    '2027-12-31',
  ],
};
const random = seededRandom(7);
const YEAR_START = Date.parse('2027-01-01T00:00:00Z');
const requests = Array.from({ length: REQUESTS }, () => {
  const startedAtMs = YEAR_START + Math.floor(random() * 365 * 1440) * 60_000;
  const pauses: SlaPause[] =
    random() < 1 / 3
      ? [
          {
            fromMs: startedAtMs + 3_600_000,
            toMs: startedAtMs + 3_600_000 + Math.floor(random() * 3 * 86_400_000),
          },
        ]
      : [];
  return { startedAtMs, pauses };
});
const AT = Date.parse('2028-01-03T18:00:00Z');
const working = compileTeamCalendar(calendar);

const people: RoutingCandidate[] = Array.from({ length: 50 }, (_, i) => ({
  personId: `p${i}`,
  name: `Person ${i}`,
  labels: ['payments', 'platform', 'mobile', 'data', 'security'].filter(() => random() < 0.4),
  window: {
    timeZone: ['America/Los_Angeles', 'America/New_York', 'Europe/Berlin'][i % 3]!,
    startMinutes: 480,
    endMinutes: 960,
  },
  allocatedHours: Math.floor(random() * 320),
  capacityHours: 320,
  openRequests: Math.floor(random() * 6),
}));

describe('SLA clocks of a 1,000-request queue (both clocks each)', () => {
  bench('calendar compiled once per list (as the server does)', () => {
    for (const r of requests) {
      readSlaClock({
        calendar,
        working,
        startedAtMs: r.startedAtMs,
        targetHours: 24,
        pauses: r.pauses,
        atMs: AT,
      });
      readSlaClock({
        calendar,
        working,
        startedAtMs: r.startedAtMs,
        targetHours: 40,
        pauses: r.pauses,
        atMs: AT,
      });
    }
  });
  bench('calendar compiled per clock', () => {
    for (const r of requests) {
      readSlaClock({
        calendar,
        startedAtMs: r.startedAtMs,
        targetHours: 24,
        pauses: r.pauses,
        atMs: AT,
      });
      readSlaClock({
        calendar,
        startedAtMs: r.startedAtMs,
        targetHours: 40,
        pauses: r.pauses,
        atMs: AT,
      });
    }
  });
});

describe('routing suggestions', () => {
  bench('rank 50 TPMs for one request', () => {
    rankRoutingCandidates(
      {
        labels: ['payments', 'security'],
        requesterWindow: { timeZone: 'Europe/London', startMinutes: 540, endMinutes: 1020 },
      },
      people,
      AT,
    );
  });
});
