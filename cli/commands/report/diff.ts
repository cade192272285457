import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

export function reportDiffCommand(io: CliIo): Command {
  const command = new Command('diff')
    .description('what differs between two status reports of one program')
    .argument('<id>', 'report id')
    .requiredOption('--against <id>', 'the other report');
  addJsonOption(command);
  return command.action(async (id: string, options: { against: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const d = await call(
      url,
      client.GET('/api/status-reports/{id}/diff', {
        params: { path: { id }, query: { against: options.against } },
      }),
    );
    if (options.json) return printJson(io, d);
    io.out(`From "${d.from.title}" to "${d.to.title}"\n`);
    if (d.health) io.out(`Health: ${d.health.from} -> ${d.health.to}\n`);
    for (const m of d.milestoneDates)
      io.out(`Moved: ${m.name} ${m.from ?? '-'} -> ${m.to ?? '-'}\n`);
    for (const m of d.milestoneBuckets)
      io.out(`Buckets: ${m.name} [${m.from.join(', ')}] -> [${m.to.join(', ')}]\n`);
    if (d.forecast.p50)
      io.out(`P50: ${d.forecast.p50.from ?? '-'} -> ${d.forecast.p50.to ?? '-'}\n`);
    if (d.forecast.p80)
      io.out(`P80: ${d.forecast.p80.from ?? '-'} -> ${d.forecast.p80.to ?? '-'}\n`);
    for (const c of d.counts) io.out(`${c.name}: ${c.from} -> ${c.to}\n`);
  });
}
