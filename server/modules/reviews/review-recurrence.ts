import rrulePackage from 'rrule';

// rrule is CommonJS: Node gives its exports as the default import only.
const { RRule, rrulestr } = rrulePackage;
type Rule = InstanceType<typeof RRule>;

/** A review's series: one day, or an RRULE starting on that day. Dates are YYYY-MM-DD. */
export interface ReviewSeries {
  startsOn: string;
  recurrence: string | null;
}

/** How many occurrences the one-a-day check looks at. */
const CHECKED_OCCURRENCES = 200;

const startOfDay = (day: string) => new Date(`${day}T00:00:00Z`);
const endOfDay = (day: string) => new Date(`${day}T23:59:59Z`);
const dayOf = (instant: Date) => instant.toISOString().slice(0, 10);

/** The rule text as stored, without an `RRULE:` prefix. */
export function normalizeRecurrence(text: string): string {
  return text.trim().replace(/^RRULE:/i, '');
}

function parse(series: ReviewSeries & { recurrence: string }): Rule {
  // Occurrences are days: the series runs on UTC midnights, and only the day is read.
  const rule = rrulestr(normalizeRecurrence(series.recurrence), {
    dtstart: startOfDay(series.startsOn),
  });
  if (!(rule instanceof RRule)) throw new Error('more than one rule');
  return rule;
}

/**
 * Why the series' rule cannot be used, as a sentence's end ("is not …"), or null
 * when it can: one RRULE line, no DTSTART (startsOn is the start), at most one
 * occurrence a day, and at least one occurrence.
 */
export function recurrenceProblem(series: ReviewSeries): string | null {
  if (series.recurrence === null) return null;
  const text = normalizeRecurrence(series.recurrence);
  if (/[\r\n]/.test(text) || /DTSTART/i.test(text))
    return 'must be a single RRULE line without DTSTART (the series starts on startsOn), such as FREQ=WEEKLY;BYDAY=TU';
  let rule: Rule;
  try {
    // rrule would default a missing FREQ to YEARLY; RFC 5545 requires one.
    if (!/(^|;)FREQ=/i.test(text)) throw new Error('no FREQ');
    rule = parse({ ...series, recurrence: text });
  } catch {
    return 'is not a valid RRULE, such as FREQ=WEEKLY;BYDAY=TU or FREQ=MONTHLY;BYMONTHDAY=1';
  }
  if (rule.options.freq > RRule.DAILY)
    return 'repeats more than once a day: a review happens at most once a day (use DAILY, WEEKLY, MONTHLY or YEARLY)';
  const first = rule.all((_, i) => i < CHECKED_OCCURRENCES);
  if (first.length === 0) return 'has no occurrence on or after startsOn';
  const days = first.map(dayOf);
  if (new Set(days).size !== days.length)
    return 'gives more than one occurrence on the same day: a review happens at most once a day';
  return null;
}

/** The occurrences from `from` to `to` (both included), at most `limit` of them. */
export function occurrencesBetween(
  series: ReviewSeries,
  from: string,
  to: string,
  limit: number,
): string[] {
  if (to < from || limit <= 0) return [];
  if (series.recurrence === null)
    return series.startsOn >= from && series.startsOn <= to ? [series.startsOn] : [];
  const days = parse({ ...series, recurrence: series.recurrence })
    .between(startOfDay(from), endOfDay(to), true, (_, i) => i < limit)
    .map(dayOf);
  return [...new Set(days)].slice(0, limit);
}

/** The first occurrence on or after `today`, or null when the series has ended. */
export function nextOccurrence(series: ReviewSeries, today: string): string | null {
  if (series.recurrence === null) return series.startsOn >= today ? series.startsOn : null;
  const next = parse({ ...series, recurrence: series.recurrence }).after(startOfDay(today), true);
  return next ? dayOf(next) : null;
}

export function isOccurrence(series: ReviewSeries, day: string): boolean {
  return occurrencesBetween(series, day, day, 1).length === 1;
}

/** The series in words ("every week on Tuesday"; "once" without a rule), as people read it. */
export function recurrenceInWords(series: ReviewSeries): string {
  if (series.recurrence === null) return 'once';
  try {
    return parse({ ...series, recurrence: series.recurrence }).toText();
  } catch {
    return series.recurrence;
  }
}
