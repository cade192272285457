import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { TASK_FIELD_FLAGS } from './task-flags.js';

type TaskCreateBody =
  paths['/api/programs/{id}/tasks']['post']['requestBody']['content']['application/json'];

export function taskAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a task to a program')
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, TASK_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown> & { program: string }) => {
    const body = fieldsFromOptions(TASK_FIELD_FLAGS, options) as TaskCreateBody;
    const { url, client } = await connect(io);
    const task = await call(
      url,
      client.POST('/api/programs/{id}/tasks', { params: { path: { id: options.program } }, body }),
    );
    if (options.json) return printJson(io, task);
    io.out(`Added task "${task.name}" (${task.id}), ${task.state}\n`);
  });
}
