import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

export function baselineSaveCommand(io: CliIo): Command {
  const command = new Command('save')
    .description("save the program's current schedule as a named baseline")
    .requiredOption('--program <id>', 'program id')
    .requiredOption('--name <name>', 'baseline name, unique in the program');
  addJsonOption(command);
  return command.action(async (options: { program: string; name: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const baseline = await call(
      url,
      client.POST('/api/programs/{id}/baselines', {
        params: { path: { id: options.program } },
        body: { name: options.name },
      }),
    );
    if (options.json) return printJson(io, baseline);
    const items = baseline.itemCount === 1 ? '1 item' : `${baseline.itemCount} items`;
    io.out(
      `Saved baseline "${baseline.name}" (${baseline.id}): ${items}, finish ${baseline.finish}\n`,
    );
  });
}
