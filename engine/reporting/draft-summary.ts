import { dayInWords } from './day-in-words.js';
import type { ReportFacts } from './report-facts-types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const names = (items: readonly { name: string }[], most = 3) =>
  items.length <= most
    ? items.map((i) => i.name).join(', ')
    : `${items
        .slice(0, most)
        .map((i) => i.name)
        .join(', ')} and ${items.length - most} more`;

/**
 * A first-draft summary in plain sentences, from the facts alone (no model): the
 * health and its worst reason, milestones done, slipped and coming, the forecast's
 * movement and what changed. The TPM edits it before publishing.
 */
export function draftSummary(facts: ReportFacts): string {
  const sentences: string[] = [];
  const worst = facts.healthReasons.find((r) => r.level === facts.health && r.level !== 'green');
  sentences.push(
    `Health is ${facts.health}${worst ? `: ${worst.message.replace(/\.$/, '')}` : ''}.`,
  );
  const { completed, slipped, upcoming } = facts.milestones;
  if (completed.length)
    sentences.push(`${plural(completed.length, 'milestone')} completed: ${names(completed)}.`);
  if (slipped.length)
    sentences.push(
      `${plural(slipped.length, 'milestone')} slipped: ${slipped
        .slice(0, 3)
        .map((m) => `${m.name} by ${plural(m.slipWorkingDays ?? 0, 'working day')}`)
        .join(', ')}${slipped.length > 3 ? ` and ${slipped.length - 3} more` : ''}.`,
    );
  if (upcoming.length)
    sentences.push(
      `Coming up: ${upcoming
        .slice(0, 3)
        .map((m) => `${m.name} on ${dayInWords(m.date)}`)
        .join(', ')}${upcoming.length > 3 ? ` and ${upcoming.length - 3} more` : ''}.`,
    );
  const f = facts.changes.forecast;
  if (f.p80After)
    sentences.push(
      f.p80Before && f.p80Before !== f.p80After
        ? `The P80 forecast finish moved from ${dayInWords(f.p80Before)} to ${dayInWords(f.p80After)}.`
        : `The P80 forecast finish is ${dayInWords(f.p80After)}.`,
    );
  else if (facts.schedule.cpmFinish)
    sentences.push(`The scheduled finish is ${dayInWords(facts.schedule.cpmFinish)}.`);
  const c = facts.changes;
  const counts = [
    [c.risks.opened.length, 'new risk'],
    [c.risks.closed.length, 'closed risk'],
    [c.issues.opened.length, 'new issue'],
    [c.issues.closed.length, 'resolved issue'],
    [c.decisions.length, 'decision'],
    [c.changeRequests.length, 'decided change request'],
  ] as const;
  const said = counts.filter(([n]) => n > 0).map(([n, word]) => plural(n, word));
  if (said.length) sentences.push(`This period: ${said.join(', ')}.`);
  if (c.criticalPath.joined.length)
    sentences.push(`Newly on the critical path: ${names(c.criticalPath.joined)}.`);
  return sentences.join(' ');
}
