import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addYesOption, confirmDeletion } from '../../confirm-deletion.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function surveyDeleteCommand(io: CliIo): Command {
  const command = new Command('delete')
    .description('delete a survey with its invitations and answers (asks first; --yes to skip)')
    .argument('<id>', 'survey id');
  addFieldOptions(command, [VERSION_FLAG]);
  addYesOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const survey = await call(url, client.GET('/api/surveys/{id}', { params: { path: { id } } }));
    await confirmDeletion(io, options, `survey "${survey.title}" and its answers`);
    const version = (given.version as number | undefined) ?? survey.version;
    await call(
      url,
      client.DELETE('/api/surveys/{id}', { params: { path: { id }, query: { version } } }),
    );
    io.out(`Deleted survey "${survey.title}" (${id})\n`);
  });
}
