import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { changesFromOptions, collect } from './change-request-input.js';

export function changeRequestUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('edit a draft or submitted change request (changes replace the list)')
    .argument('<id>', 'change request id')
    .option('--title <text>', 'what changes')
    .option('--reason <text>', 'why')
    .addOption(new Option('--change <json>', 'one change (repeatable)').argParser(collect))
    .option('--changes-file <file>', 'a JSON array of changes');
  addFieldOptions(command, [VERSION_FLAG]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = await changesFromOptions(options);
    const fields = {
      ...(options.title !== undefined ? { title: options.title as string } : {}),
      ...(options.reason !== undefined ? { reason: options.reason as string } : {}),
      ...(changes ? { changes } : {}),
    };
    if (Object.keys(fields).length === 0)
      throw CliError.usage('Nothing to change: give --title, --reason, --change or --changes-file');
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/change-requests/{id}', path))).version;
    const cr = await call(
      url,
      client.PATCH('/api/change-requests/{id}', { ...path, body: { ...fields, version } }),
    );
    if (options.json) return printJson(io, cr);
    io.out(`Updated ${cr.label} "${cr.title}", now version ${cr.version}\n`);
  });
}
