import { fiscalQuarterOf, quarterStartDate } from '../headcount/fiscal-quarter.js';

/**
 * When a survey set to send itself is due. Each occasion has a key that is sent once
 * (the caller remembers the keys sent): `milestone:<id>`, `program_completed`,
 * `quarter:FY2027-Q1`. Only occasions after the survey was made count, so setting one
 * up never sends for what happened before.
 */
export type SurveySendTrigger = 'manual' | 'milestone_achieved' | 'program_completed' | 'quarterly';

export interface SurveyOccasionFacts {
  trigger: SurveySendTrigger;
  /** The day (YYYY-MM-DD) the survey was made. */
  createdDay: string;
  /** Today (YYYY-MM-DD). */
  today: string;
  /** Achieved milestones of its program, with the day each was achieved. */
  achievedMilestones: readonly { id: string; achievedDay: string }[];
  /** Whether its program is completed, and since when (null when not known). */
  programCompleted: boolean;
  /** Occasion keys already sent. */
  sent: ReadonlySet<string>;
}

export function dueSurveyOccasions(f: SurveyOccasionFacts): string[] {
  const due: string[] = [];
  if (f.trigger === 'milestone_achieved')
    for (const m of f.achievedMilestones)
      if (m.achievedDay >= f.createdDay && m.achievedDay <= f.today) due.push(`milestone:${m.id}`);
  if (f.trigger === 'program_completed' && f.programCompleted) due.push('program_completed');
  if (f.trigger === 'quarterly') {
    const quarter = fiscalQuarterOf(f.today);
    // The quarter's first day must come after the survey was made: a survey made
    // mid-quarter first goes out when the next quarter begins.
    if (quarterStartDate(quarter) > f.createdDay) due.push(`quarter:${quarter}`);
  }
  return due.filter((key) => !f.sent.has(key));
}
