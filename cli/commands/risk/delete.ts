import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function riskDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete a risk event (asks first; --yes to skip)')
    .argument('<id>', 'risk id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const risk = await call(url, client.GET('/api/risks/{id}', path));
    await confirmDeletion(io, options, `risk "${risk.title}"`);
    const version = (given.version as number | undefined) ?? risk.version;
    await call(
      url,
      client.DELETE('/api/risks/{id}', { params: { path: { id }, query: { version } } }),
    );
    io.out(`Deleted risk "${risk.title}" (${id})\n`);
  });
}
