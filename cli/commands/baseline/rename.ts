import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function baselineRenameCommand(io: CliIo): Command {
  const command = new Command('rename')
    .description('rename a baseline (its saved schedule stays as it was)')
    .argument('<id>', 'baseline id')
    .requiredOption('--name <name>', 'the new name, unique in the program');
  addFieldOptions(command, [VERSION_FLAG]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/baselines/{id}', path))).version;
    const baseline = await call(
      url,
      client.PATCH('/api/baselines/{id}', {
        ...path,
        body: { name: options.name as string, version },
      }),
    );
    if (options.json) return printJson(io, baseline);
    io.out(`Renamed baseline to "${baseline.name}" (${baseline.id})\n`);
  });
}
