import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { ACTION_ADD_FLAGS, ACTION_FIELD_FLAGS } from './action-flags.js';

type ActionCreateBody =
  paths['/api/action-items']['post']['requestBody']['content']['application/json'];

const FLAGS = [...ACTION_FIELD_FLAGS, ...ACTION_ADD_FLAGS];

export function actionAddCommand(io: CliIo): Command {
  const command = new Command('add').description(
    'write down an action item: only --title is required; --owner gives it to someone else',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const item = await call(
      url,
      client.POST('/api/action-items', { body: fields as ActionCreateBody }),
    );
    if (options.json) return printJson(io, item);
    io.out(`Added action item "${item.title}" (${item.id}) for ${item.ownerName}\n`);
  });
}
