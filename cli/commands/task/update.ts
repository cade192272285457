import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, kebabCase, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { TASK_FIELD_FLAGS } from './task-flags.js';

type TaskUpdateBody =
  paths['/api/tasks/{id}']['patch']['requestBody']['content']['application/json'];

const VERSION_FLAG: FieldFlag = {
  field: 'version',
  kind: 'number',
  description: 'the version you read; a stale one is refused (409)',
};

/**
 * Changes some fields of a task. The API refuses writes without the version
 * that was read (optimistic concurrency). `--version` passes the caller's; without
 * it we read the task just before writing, which only guards the moment between
 * the two requests, and that is what a person at a terminal means anyway.
 */
export function taskUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('change fields of a task')
    .argument('<id>', 'task id');
  addFieldOptions(command, [VERSION_FLAG, ...TASK_FIELD_FLAGS]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const changes = fieldsFromOptions(TASK_FIELD_FLAGS, options);
    const given = fieldsFromOptions([VERSION_FLAG], options);
    if (Object.keys(changes).length === 0) {
      const flags = TASK_FIELD_FLAGS.map((spec) => `--${spec.flag ?? kebabCase(spec.field)}`).join(
        ', ',
      );
      throw CliError.usage(`Nothing to change: give at least one of ${flags}`);
    }
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      typeof given.version === 'number'
        ? given.version
        : (await call(url, client.GET('/api/tasks/{id}', path))).version;
    const body = { ...changes, version } as TaskUpdateBody;
    const task = await call(url, client.PATCH('/api/tasks/{id}', { ...path, body }));
    if (options.json) return printJson(io, task);
    io.out(
      `Updated task "${task.name}" (${task.id}), ${task.state}, now version ${task.version}\n`,
    );
  });
}
