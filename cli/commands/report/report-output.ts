import type { paths } from '../../../contracts/api-client.js';
import type { CliIo } from '../../io.js';
import { renderFields } from '../../output.js';

export type StatusReport =
  paths['/api/status-reports/{id}']['get']['responses'][200]['content']['application/json'];

/** A report in a few lines: what it is, its health and why, its milestones. */
export function printReport(io: CliIo, r: StatusReport): void {
  io.out(
    renderFields([
      ['Report', `${r.title} (${r.id})`],
      ['Program', `${r.programName} (${r.programId})`],
      ['Status', r.publishedAt ? `published ${r.publishedAt}` : 'draft'],
      ['Period', `${r.periodStart} to ${r.periodEnd}`],
      [
        'Health',
        r.healthOverride
          ? `${r.effectiveHealth} (set: ${r.healthOverride.reason}; computed ${r.health})`
          : r.health,
      ],
      ['Version', String(r.version)],
    ]),
  );
  for (const reason of r.facts.healthReasons)
    io.out(`  ${reason.level ?? 'not assessed'}: ${reason.message}\n`);
  const bucket = (title: string, items: StatusReport['facts']['milestones']['upcoming']) => {
    if (items.length === 0) return;
    io.out(`\n${title}:\n`);
    for (const m of items)
      io.out(
        `  ${m.date}  ${m.name}${m.slipWorkingDays ? ` (slipped ${m.slipWorkingDays} working days from ${m.previousDate})` : ''}\n`,
      );
  };
  bucket('Completed', r.facts.milestones.completed);
  bucket('Slipped', r.facts.milestones.slipped);
  bucket('Upcoming', r.facts.milestones.upcoming);
  if (r.summary) io.out(`\n${r.summary}\n`);
  if (r.asks) io.out(`\nAsks: ${r.asks}\n`);
}
