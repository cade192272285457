import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function changeRequestDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete a draft or submitted change request (asks first; --yes to skip)')
    .argument('<id>', 'change request id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const cr = await call(
      url,
      client.GET('/api/change-requests/{id}', { params: { path: { id } } }),
    );
    await confirmDeletion(io, options, `${cr.label} "${cr.title}"`);
    const version = (given.version as number | undefined) ?? cr.version;
    await call(
      url,
      client.DELETE('/api/change-requests/{id}', { params: { path: { id }, query: { version } } }),
    );
    io.out(`Deleted ${cr.label} "${cr.title}"\n`);
  });
}
