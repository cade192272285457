import { bench, describe } from 'vitest';
import {
  standardCalendar,
  type CalendarDefinition,
} from '../engine/calendar/calendar-definition.js';
import { compileCalendar } from '../engine/calendar/compile-calendar.js';
import { parseLocalDateTime } from '../engine/calendar/local-time.js';

// What the scheduler does ~10 times per task: working-time arithmetic on the
// project calendar. 100,000 random calls per iteration: from a random instant
// in 2027–2028 (any minute, working or not), 0–20 working days (whole minutes),
// on the standard calendar with 10 holidays. Seeded, so every run is the same.
const CALLS = 100_000;

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

const HOLIDAYS = [
  '2027-01-01',
  '2027-05-31',
  '2027-07-05',
  '2027-09-06',
  '2027-11-25',
  '2027-12-24',
  '2028-01-17',
  '2028-05-29',
  '2028-07-04',
  '2028-12-25',
];
const definition: CalendarDefinition = {
  ...standardCalendar(),
  exceptions: HOLIDAYS.map((day) => ({ name: 'Holiday', from: day, to: day, intervals: [] })),
};

const random = seededRandom(20271);
const origin = parseLocalDateTime('2027-01-01T00:00')!;
const starts = new Float64Array(CALLS);
const amounts = new Float64Array(CALLS);
for (let i = 0; i < CALLS; i++) {
  starts[i] = origin + Math.floor(random() * 2 * 365 * 1440);
  amounts[i] = Math.floor(random() * 20 * 480);
}

const warm = compileCalendar(definition);
let sink = 0;

describe('working time: 100,000 calls, 0–20 working days, standard calendar + 10 holidays', () => {
  bench('addWorking ×100k (calendar already compiled and warm)', () => {
    for (let i = 0; i < CALLS; i++) sink += warm.addWorking(starts[i]!, amounts[i]!);
  });

  bench(
    'addWorking ×100k on a freshly compiled calendar (includes building the day window)',
    () => {
      const cal = compileCalendar(definition);
      for (let i = 0; i < CALLS; i++) sink += cal.addWorking(starts[i]!, amounts[i]!);
    },
  );

  bench('subtractWorking ×100k (warm)', () => {
    for (let i = 0; i < CALLS; i++) sink += warm.subtractWorking(starts[i]!, amounts[i]!);
  });

  bench('workingBetween ×100k over 0–20 days of calendar time (warm)', () => {
    for (let i = 0; i < CALLS; i++) {
      sink += warm.workingBetween(starts[i]!, starts[i]! + amounts[i]! * 3);
    }
  });

  bench('nextWorkStart ×100k (warm)', () => {
    for (let i = 0; i < CALLS; i++) sink += warm.nextWorkStart(starts[i]!);
  });
});

export const keep = (): number => sink;
