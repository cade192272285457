import { bench, describe } from 'vitest';
import type { AllocationLoad, AssignmentLoad, PersonCalendar } from '../engine/capacity/index.js';
import { computePersonWeeks, formatDayNumber } from '../engine/capacity/index.js';
import { seededRandom } from '../engine/scheduling/testing/random-plan.js';

// The capacity heatmap's maths (engine/capacity/person-weeks.ts) for an
// organization: each person in one of six zones, 4 allocations and 20 task
// assignments spread over a year, a week of time off, 10 holidays; weeks
// counted in Los Angeles. What GET /api/capacity/heatmap computes after its
// queries (the queries are not part of these figures).
const FIRST_DAY = 20_780; // Monday 2026-11-23
const ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Tokyo',
];
const HOLIDAYS = Array.from({ length: 10 }, (_, i) => formatDayNumber(FIRST_DAY + 3 + i * 31));

function organization(people: number, seed: number) {
  const random = seededRandom(seed);
  const day = (max: number) => formatDayNumber(FIRST_DAY - 30 + Math.floor(random() * max));
  return Array.from({ length: people }, (_, p) => {
    const calendar: PersonCalendar = {
      timeZone: ZONES[p % ZONES.length]!,
      workingHoursStartMinutes: 480,
      workingHoursEndMinutes: 960,
      workingDays: p % 7 === 0 ? [1, 2, 3, 4] : [1, 2, 3, 4, 5],
      capacityShare: p % 5 === 0 ? 0.5 : 1,
      timeOff: [{ from: day(200), to: formatDayNumber(FIRST_DAY + 60 + (p % 40)) }].map((r) =>
        r.from <= r.to ? r : { from: r.to, to: r.from },
      ),
    };
    const allocations: AllocationLoad[] = Array.from({ length: 4 }, (_, i) => {
      const from = day(300);
      return {
        id: `a${p}-${i}`,
        programId: i === 3 ? null : `program-${Math.floor(random() * 12)}`,
        from,
        to: random() < 0.3 ? null : formatDayNumber(FIRST_DAY + Math.floor(random() * 365)),
        percent: i % 2 === 0 ? 10 + Math.floor(random() * 50) : null,
        hoursPerWeek: i % 2 === 0 ? null : 2 + Math.floor(random() * 10),
      };
    }).map((a) => (a.to !== null && a.to < a.from ? { ...a, to: a.from } : a));
    const assignments: AssignmentLoad[] = Array.from({ length: 20 }, (_, i) => {
      const start = FIRST_DAY - 30 + Math.floor(random() * 360);
      return {
        taskId: `t${p}-${i}`,
        programId: `program-${Math.floor(random() * 12)}`,
        start: formatDayNumber(start),
        finish: formatDayNumber(start + Math.floor(random() * 30)),
        units: random() < 0.25 ? 0.5 : 1,
      };
    });
    return { calendar, allocations, assignments };
  });
}

function heatmap(org: ReturnType<typeof organization>, weeks: number) {
  let over = 0;
  for (const p of org)
    for (const w of computePersonWeeks(p.calendar, p.allocations, p.assignments, {
      firstWeek: formatDayNumber(FIRST_DAY),
      weekCount: weeks,
      holidays: HOLIDAYS,
      referenceTimeZone: 'America/Los_Angeles',
    }))
      if (w.status === 'over') over++;
  return over;
}

const demoSized = organization(28, 7);
const large = organization(250, 11);

describe('capacity heatmap maths', () => {
  bench('28 people × 26 weeks (the demo organization)', () => {
    heatmap(demoSized, 26);
  });
  bench('250 people × 26 weeks', () => {
    heatmap(large, 26);
  });
  bench('250 people × 104 weeks', () => {
    heatmap(large, 104);
  });
});
