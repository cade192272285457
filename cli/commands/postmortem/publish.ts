import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';

export function postMortemPublishCommand(io: CliIo): Command {
  const command = new Command('publish')
    .description('publish a post-mortem: its timeline is stored and it cannot be changed after')
    .argument('<id>', 'post-mortem id');
  addFieldOptions(command, [VERSION_FLAG]);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/post-mortems/{id}', path))).version;
    const pm = await call(
      url,
      client.POST('/api/post-mortems/{id}/publish', { ...path, body: { version } }),
    );
    if (options.json) return printJson(io, pm);
    io.out(`Published post-mortem "${pm.title}" (${pm.id})\n`);
  });
}
