import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, kebabCase, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';

type Body = paths['/api/objectives/{id}']['patch']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'the objective' },
  { field: 'description', nullable: true, description: 'why it matters' },
  { field: 'parentId', flag: 'parent', nullable: true, description: 'the objective it serves' },
];

export function okrUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('change fields of an objective; the others stay as they are')
    .argument('<id>', 'objective id');
  addFieldOptions(command, [VERSION_FLAG, ...FLAGS]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(FLAGS, options);
    if (Object.keys(changes).length === 0)
      throw CliError.usage(
        `Nothing to change: give at least one of ${FLAGS.map((f) => `--${f.flag ?? kebabCase(f.field)}`).join(', ')}`,
      );
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/objectives/{id}', path))).version;
    const body = { ...changes, version } as Body;
    const o = await call(url, client.PATCH('/api/objectives/{id}', { ...path, body }));
    if (options.json) return printJson(io, o);
    io.out(`Updated objective "${o.title}" (${o.id}), now version ${o.version}\n`);
  });
}
