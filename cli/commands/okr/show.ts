import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { printObjective } from './okr-format.js';

export function okrShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('one objective with its key results')
    .argument('<id>', 'objective id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const o = await call(url, client.GET('/api/objectives/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, o);
    printObjective(io, o);
  });
}
