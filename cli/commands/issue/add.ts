import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { ISSUE_FIELD_FLAGS } from './issue-flags.js';

type IssueCreateBody =
  paths['/api/programs/{id}/issues']['post']['requestBody']['content']['application/json'];

export function issueAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('log an issue of a program: only --title is required')
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, ISSUE_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(ISSUE_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const issue = await call(
      url,
      client.POST('/api/programs/{id}/issues', {
        params: { path: { id: options.program as string } },
        body: fields as IssueCreateBody,
      }),
    );
    if (options.json) return printJson(io, issue);
    io.out(`Added issue "${issue.title}" (${issue.id})\n`);
  });
}
