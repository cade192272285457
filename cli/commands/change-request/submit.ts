import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function changeRequestSubmitCommand(io: CliIo): Command {
  const command = new Command('submit')
    .description('submit a draft for decision')
    .argument('<id>', 'change request id');
  addFieldOptions(command, [VERSION_FLAG]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/change-requests/{id}', path))).version;
    const cr = await call(
      url,
      client.POST('/api/change-requests/{id}/submit', { ...path, body: { version } }),
    );
    if (options.json) return printJson(io, cr);
    io.out(`Submitted ${cr.label} "${cr.title}"\n`);
  });
}
