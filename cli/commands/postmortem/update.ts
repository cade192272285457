import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, kebabCase } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';
import { POST_MORTEM_FIELD_FLAGS } from './postmortem-flags.js';

type UpdateBody =
  paths['/api/post-mortems/{id}']['patch']['requestBody']['content']['application/json'];

export function postMortemUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('change fields of a draft post-mortem; the others stay as they are')
    .argument('<id>', 'post-mortem id');
  addFieldOptions(command, [VERSION_FLAG, ...POST_MORTEM_FIELD_FLAGS]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(POST_MORTEM_FIELD_FLAGS, options);
    if (Object.keys(changes).length === 0)
      throw CliError.usage(
        `Nothing to change: give at least one of ${POST_MORTEM_FIELD_FLAGS.map((f) => `--${f.flag ?? kebabCase(f.field)}`).join(', ')}`,
      );
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/post-mortems/{id}', path))).version;
    const body = { ...changes, version } as UpdateBody;
    const pm = await call(url, client.PATCH('/api/post-mortems/{id}', { ...path, body }));
    if (options.json) return printJson(io, pm);
    io.out(`Updated post-mortem "${pm.title}" (${pm.id}), now version ${pm.version}\n`);
  });
}
