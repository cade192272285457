import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function baselineDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete a baseline and its saved schedule (asks first; --yes to skip)')
    .argument('<id>', 'baseline id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const baseline = await call(
      url,
      client.GET('/api/baselines/{id}', { params: { path: { id } } }),
    );
    await confirmDeletion(io, options, `baseline "${baseline.name}"`);
    const version = (given.version as number | undefined) ?? baseline.version;
    await call(
      url,
      client.DELETE('/api/baselines/{id}', { params: { path: { id }, query: { version } } }),
    );
    io.out(`Deleted baseline "${baseline.name}" (${id})\n`);
  });
}
