import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { POST_MORTEM_FIELD_FLAGS } from './postmortem-flags.js';

type CreateBody =
  paths['/api/programs/{id}/post-mortems']['post']['requestBody']['content']['application/json'];

export function postMortemCreateCommand(io: CliIo): Command {
  const command = new Command('create')
    .description(
      "start a post-mortem of a program with the template's sections: only --title is required; the period defaults to the program's start through today",
    )
    .argument('<program>', 'program id');
  addFieldOptions(command, POST_MORTEM_FIELD_FLAGS);
  addJsonOption(command);
  return command.action(async (programId: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(POST_MORTEM_FIELD_FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const pm = await call(
      url,
      client.POST('/api/programs/{id}/post-mortems', {
        params: { path: { id: programId } },
        body: fields as CreateBody,
      }),
    );
    if (options.json) return printJson(io, pm);
    io.out(`Started post-mortem "${pm.title}" (${pm.id}), ${pm.periodFrom} to ${pm.periodTo}\n`);
  });
}
