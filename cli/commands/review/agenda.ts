import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

export function reviewAgendaCommand(io: CliIo): Command {
  const command = new Command('agenda')
    .description("an occurrence's agenda, generated from the programs' data")
    .argument('<id>', 'review id')
    .option('--date <date>', 'the occurrence (YYYY-MM-DD); default the next one');
  addJsonOption(command);
  return command.action(async (id: string, options: { date?: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const agenda = await call(
      url,
      client.GET('/api/reviews/{id}/agenda', {
        params: { path: { id }, query: options.date ? { date: options.date } : {} },
      }),
    );
    if (options.json) return printJson(io, agenda);
    io.out(`Agenda of ${agenda.date}\n`);
    if (agenda.items.length === 0) return io.out('Nothing on the agenda.\n');
    let kind = '';
    for (const item of agenda.items) {
      if (item.kind !== kind) io.out(`\n${(kind = item.kind).replaceAll('_', ' ')}\n`);
      const carried = item.carriedOverFrom ? ` [carried over from ${item.carriedOverFrom}]` : '';
      const program = item.programName ? ` (${item.programName})` : '';
      io.out(`  ${item.key}  ${item.title}${program}${carried}\n      ${item.detail}\n`);
      for (const o of item.outcomes) io.out(`      - ${o.kind}: ${o.text}\n`);
    }
  });
}
