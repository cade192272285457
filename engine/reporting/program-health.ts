import type { WorkingTime } from '../calendar/working-time.js';
import { workingDaysBetween } from './report-dates.js';

export type Health = 'green' | 'amber' | 'red';
export type HealthRule =
  'finish_vs_target' | 'finish_vs_baseline' | 'missed_deadline' | 'critical_issues' | 'budget';

/** One reason behind a health: the rule, what it found, and the colour it gives (null: not assessed). */
export interface HealthReason {
  rule: HealthRule;
  level: Health | null;
  message: string;
}

/**
 * The tolerances, in working days on the program calendar. A forecast finish up to
 * AMBER_AFTER working days past its reference is still green; past RED_AFTER it is red.
 */
export const SLIP_TOLERANCE = { amberAfter: 3, redAfter: 10 } as const;

export interface ProgramHealthInput {
  today: string;
  /** The finish the health judges: the latest P80 forecast when there is one, else the CPM finish (ISO days). */
  p80Finish: string | null;
  cpmFinish: string | null;
  targetDate: string | null;
  baselineFinish: string | null;
  /** Milestones not complete, with the day they are due (a deadline when set, else their scheduled day). */
  openMilestones: readonly { name: string; dueDate: string | null }[];
  /** Open (or in progress) RAID issues of the highest severity. */
  openCriticalIssues: readonly { title: string }[];
}

export interface ProgramHealth {
  health: Health;
  reasons: HealthReason[];
}

const RANK: Record<Health, number> = { green: 0, amber: 1, red: 2 };
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function slipReason(
  rule: 'finish_vs_target' | 'finish_vs_baseline',
  calendar: WorkingTime,
  finish: { day: string; label: string },
  reference: string,
): HealthReason {
  const slip = workingDaysBetween(calendar, reference, finish.day);
  const against = rule === 'finish_vs_target' ? 'target date' : 'baseline finish';
  const level: Health =
    slip > SLIP_TOLERANCE.redAfter ? 'red' : slip > SLIP_TOLERANCE.amberAfter ? 'amber' : 'green';
  const message =
    slip > 0
      ? `The ${finish.label} (${finish.day}) is ${plural(slip, 'working day')} after the ${against} (${reference}).`
      : `The ${finish.label} (${finish.day}) is on or before the ${against} (${reference}).`;
  return { rule, level, message };
}

/**
 * A program's health, green, amber or red, with every reason. The worst reason wins:
 * - finish against the target date and against the baseline finish: the P80 forecast
 *   finish (the CPM finish when no forecast ran); amber beyond 3 working days late,
 *   red beyond 10;
 * - a milestone past its due day and not complete: red;
 * - open critical RAID issues: one is amber, two or more red;
 * - budget: not assessed yet (no money data feeds it).
 * Pure: `today` and the calendar are passed in.
 */
export function programHealth(input: ProgramHealthInput, calendar: WorkingTime): ProgramHealth {
  const reasons: HealthReason[] = [];
  const finish = input.p80Finish
    ? { day: input.p80Finish, label: 'P80 forecast finish' }
    : input.cpmFinish
      ? { day: input.cpmFinish, label: 'scheduled finish' }
      : null;
  if (finish && input.targetDate)
    reasons.push(slipReason('finish_vs_target', calendar, finish, input.targetDate));
  if (finish && input.baselineFinish)
    reasons.push(slipReason('finish_vs_baseline', calendar, finish, input.baselineFinish));
  const missed = input.openMilestones.filter((m) => m.dueDate !== null && m.dueDate < input.today);
  reasons.push(
    missed.length
      ? {
          rule: 'missed_deadline',
          level: 'red',
          message: `${plural(missed.length, 'milestone')} past due and not complete: ${missed.map((m) => m.name).join(', ')}.`,
        }
      : { rule: 'missed_deadline', level: 'green', message: 'No milestone is past due.' },
  );
  const critical = input.openCriticalIssues.length;
  reasons.push({
    rule: 'critical_issues',
    level: critical >= 2 ? 'red' : critical === 1 ? 'amber' : 'green',
    message: critical
      ? `${plural(critical, 'critical issue')} open: ${input.openCriticalIssues.map((i) => i.title).join(', ')}.`
      : 'No critical issue is open.',
  });
  reasons.push({
    rule: 'budget',
    level: null,
    message: 'Budget is not assessed until the money issue lands.',
  });
  const health = reasons.reduce<Health>(
    (worst, r) => (r.level !== null && RANK[r.level] > RANK[worst] ? r.level : worst),
    'green',
  );
  return { health, reasons };
}
