import {
  fiscalQuarterOf,
  quarterStartDate,
  shiftQuarter,
} from '../../engine/headcount/fiscal-quarter.js';
import { demoCalendar, type DemoCalendar } from './demo-calendar.js';

// A year of finished programs for the demo, as plain data laid out around
// `today`: what the KPIs (completion on time, forecast calibration, change
// requests per program) need to show a trend. Pure: the same `today` gives the
// same history. Offsets are working days from the Monday of today's week.

/** Working days a closed program ran: three milestones of four one-week tasks. */
const PROGRAM_WORKING_DAYS = 60;
const TASK_WORKING_DAYS = 5;

export interface HistoryProgramSpec {
  name: string;
  summary: string;
  ownerKey: string;
  sponsorKey: string;
  teamKey: string;
  /** Closed in the fiscal quarter this many quarters before today's (0–3: the KPIs' default year). */
  quartersAgo: number;
  budgetCents: number;
  workstreams: [string, string];
  /** Three milestones, each with its four tasks, and how many working days it slipped (negative: early). */
  milestones: { name: string; slipDays: number; tasks: [string, string, string, string] }[];
}

export interface HistoryTask {
  name: string;
  workstream: 0 | 1;
  plannedStart: string;
  plannedFinish: string;
  actualStart: string;
  actualFinish: string;
  estimateHours: number;
}

export interface HistoryMilestone {
  name: string;
  workstream: 0 | 1;
  /** The planned (baseline) day, also its due date. */
  planned: string;
  /** The day it was achieved. */
  achieved: string;
  slipDays: number;
  tasks: HistoryTask[];
}

/** One forecast run made while the program ran: the P-dates of what was still to finish. */
export interface HistoryForecast {
  /** The day it was requested. */
  on: string;
  milestones: { index: number; p50: string; p80: string; p95: string }[];
  finish: { p50: string; p80: string; p95: string };
}

export interface HistoryProgram {
  spec: HistoryProgramSpec;
  startDate: string;
  targetDate: string;
  /** The last actual finish. */
  finishedOn: string;
  milestones: HistoryMilestone[];
  forecasts: HistoryForecast[];
}

export const HISTORY_PROGRAMS: HistoryProgramSpec[] = [
  {
    name: 'Warehouse Scanner Rollout',
    summary:
      'New handheld scanners and their app in the three warehouses, with staff trained and the old devices retired.',
    ownerKey: 'bjorn',
    sponsorKey: 'elena',
    teamKey: 'it-ops',
    quartersAgo: 3,
    budgetCents: 18_000_000,
    workstreams: ['Devices', 'Training'],
    milestones: [
      {
        name: 'Pilot warehouse live',
        slipDays: 0,
        tasks: ['Device order', 'App packaging', 'Pilot install', 'Pilot feedback'],
      },
      {
        name: 'All warehouses scanning',
        slipDays: 3,
        tasks: ['Second site install', 'Third site install', 'Network upgrades', 'Cutover'],
      },
      {
        name: 'Old devices retired',
        slipDays: 6,
        tasks: ['Staff training', 'Device wipe', 'Recycling pickup', 'Asset register update'],
      },
    ],
  },
  {
    name: 'Fraud Rules Engine Upgrade',
    summary:
      'The card fraud rules moved to the new rules engine, tuned against last year’s traffic before switching over.',
    ownerKey: 'marta',
    sponsorKey: 'sofia',
    teamKey: 'payments',
    quartersAgo: 2,
    budgetCents: 42_000_000,
    workstreams: ['Rules', 'Operations'],
    milestones: [
      {
        name: 'Rules translated',
        slipDays: -1,
        tasks: ['Rule inventory', 'Translation tooling', 'Rule translation', 'Peer review'],
      },
      {
        name: 'Shadow mode signed off',
        slipDays: 0,
        tasks: ['Shadow deployment', 'Traffic replay', 'Threshold tuning', 'Risk sign-off'],
      },
      {
        name: 'Old engine switched off',
        slipDays: 0,
        tasks: ['Switchover', 'Alert rewiring', 'Runbook update', 'Decommission'],
      },
    ],
  },
  {
    name: 'Observability Stack Consolidation',
    summary:
      'Three monitoring tools merged into one, with every service’s dashboards and alerts carried over.',
    ownerKey: 'oluwaseun',
    sponsorKey: 'chidi',
    teamKey: 'sre',
    quartersAgo: 1,
    budgetCents: 30_000_000,
    workstreams: ['Platform', 'Migration'],
    milestones: [
      {
        name: 'Collector on every host',
        slipDays: 0,
        tasks: ['Collector image', 'Fleet rollout', 'Sampling rules', 'Cost check'],
      },
      {
        name: 'Dashboards migrated',
        slipDays: 4,
        tasks: ['Dashboard export', 'Query rewrite', 'Team reviews', 'Gap fixes'],
      },
      {
        name: 'Legacy tools retired',
        slipDays: 7,
        tasks: ['Alert migration', 'On-call dry run', 'Contract end', 'Data archive'],
      },
    ],
  },
  {
    name: 'Accessibility Remediation',
    summary: 'The web checkout and account pages brought to WCAG 2.2 AA after the external audit.',
    ownerKey: 'aisha',
    sponsorKey: 'isabel',
    teamKey: 'product-design',
    quartersAgo: 0,
    budgetCents: 12_000_000,
    workstreams: ['Design', 'Engineering'],
    milestones: [
      {
        name: 'Audit findings triaged',
        slipDays: 0,
        tasks: ['Audit walkthrough', 'Finding triage', 'Fix patterns', 'Estimates'],
      },
      {
        name: 'Checkout fixed',
        slipDays: -1,
        tasks: ['Focus order', 'Form labels', 'Contrast fixes', 'Screen reader test'],
      },
      {
        name: 'Re-audit passed',
        slipDays: 0,
        tasks: ['Account pages', 'Error messages', 'Re-audit', 'Statement published'],
      },
    ],
  },
];

/**
 * A forecast's P-dates for a milestone planned at `planned` that slipped `slip`
 * working days, made `early` (a third in) or late (two thirds in): early
 * forecasts trust the plan, later ones have seen part of the slip; P80 sits
 * three working days past P50 and P95 four more, so the largest slips land past P80.
 */
function pDates(day: (n: number) => string, planned: number, slip: number, early: boolean) {
  const p50 = planned + (early ? 0 : Math.round(slip * 0.3));
  return { p50: day(p50), p80: day(p50 + 3), p95: day(p50 + 7) };
}

/** Days into its quarter the target date falls: late enough for the work, early enough that a slip stays in it. */
const TARGET_DAYS_INTO_QUARTER = 35;

/** The working-day offset of the first working day on or after `date`. */
function offsetOf(cal: DemoCalendar, date: string): number {
  const weeks = Math.floor(
    (Date.parse(`${date}T00:00:00Z`) - Date.parse(`${cal.day(0)}T00:00:00Z`)) / (7 * 86_400_000),
  );
  let n = weeks * 5;
  while (cal.day(n) < date) n++;
  return n;
}

/** Working days before today the latest target may fall: a slipped finish is still in the past. */
const LATEST_TARGET_OFFSET = -12;

/**
 * The target's working-day offset: some weeks into the quarter `quartersAgo`
 * before today's, but finished before today (early in a quarter, that may be the
 * quarter before).
 */
function targetOffset(cal: DemoCalendar, quartersAgo: number): number {
  const quarter = shiftQuarter(fiscalQuarterOf(cal.today), -quartersAgo);
  const start = Date.parse(`${quarterStartDate(quarter)}T00:00:00Z`);
  const target = new Date(start + TARGET_DAYS_INTO_QUARTER * 86_400_000).toISOString().slice(0, 10);
  return Math.min(LATEST_TARGET_OFFSET, offsetOf(cal, target));
}

export function buildHistoryProgram(spec: HistoryProgramSpec, today: string): HistoryProgram {
  const cal = demoCalendar(today);
  const { day } = cal;
  const end = targetOffset(cal, spec.quartersAgo);
  const start = end - PROGRAM_WORKING_DAYS + 1;
  const perMilestone = PROGRAM_WORKING_DAYS / spec.milestones.length;
  let previousSlip = 0;
  const milestones = spec.milestones.map((m, i): HistoryMilestone => {
    const first = start + i * perMilestone;
    const planned = first + perMilestone - 1;
    // Each task carries part of the slip, so the work before the milestone drifts as it did.
    const tasks = m.tasks.map((name, j): HistoryTask => {
      const from = first + j * TASK_WORKING_DAYS;
      const to = from + TASK_WORKING_DAYS - 1;
      const shiftStart = previousSlip + Math.round(((m.slipDays - previousSlip) * j) / 4);
      const shiftFinish = previousSlip + Math.round(((m.slipDays - previousSlip) * (j + 1)) / 4);
      return {
        name,
        workstream: (i === 2 ? 1 : 0) as 0 | 1,
        plannedStart: day(from),
        plannedFinish: day(to),
        actualStart: day(from + shiftStart),
        actualFinish: day(Math.max(from + shiftStart, to + shiftFinish)),
        estimateHours: 24 + ((i * 4 + j) % 3) * 8,
      };
    });
    previousSlip = m.slipDays;
    return {
      name: m.name,
      workstream: i === 2 ? 1 : 0,
      planned: day(planned),
      achieved: day(planned + m.slipDays),
      slipDays: m.slipDays,
      tasks,
    };
  });
  const forecasts = [true, false].map((early): HistoryForecast => {
    const on = start + (early ? 15 : 40);
    const open = milestones
      .map((m, index) => ({ m, index, planned: start + (index + 1) * perMilestone - 1 }))
      .filter(({ planned, m }) => planned + m.slipDays > on);
    const last = open[open.length - 1]!;
    return {
      on: day(on),
      milestones: open.map(({ index, planned, m }) => ({
        index,
        ...pDates(day, planned, m.slipDays, early),
      })),
      finish: pDates(day, last.planned, last.m.slipDays, early),
    };
  });
  const finishedOn = milestones
    .flatMap((m) => [m.achieved, ...m.tasks.map((t) => t.actualFinish)])
    .reduce((a, b) => (a > b ? a : b));
  return {
    spec,
    startDate: day(start),
    targetDate: day(end),
    finishedOn,
    milestones,
    forecasts,
  };
}

export function buildHistoryPrograms(today: string): HistoryProgram[] {
  return HISTORY_PROGRAMS.map((spec) => buildHistoryProgram(spec, today));
}
