import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function actionDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete an action item (asks first; --yes to skip)')
    .argument('<id>', 'action item id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const item = await call(
      url,
      client.GET('/api/action-items/{id}', { params: { path: { id } } }),
    );
    await confirmDeletion(io, options, `action item "${item.title}"`);
    const version = (given.version as number | undefined) ?? item.version;
    await call(
      url,
      client.DELETE('/api/action-items/{id}', { params: { path: { id }, query: { version } } }),
    );
    io.out(`Deleted action item "${item.title}" (${id})\n`);
  });
}
