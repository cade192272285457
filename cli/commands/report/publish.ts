import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

export function reportPublishCommand(io: CliIo): Command {
  const command = new Command('publish')
    .description('publish a draft: it is frozen from then on')
    .argument('<id>', 'report id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const { version } = await call(url, client.GET('/api/status-reports/{id}', path));
    const report = await call(
      url,
      client.POST('/api/status-reports/{id}/publish', { ...path, body: { version } }),
    );
    if (options.json) return printJson(io, report);
    io.out(`Published "${report.title}" (${report.id}): ${report.effectiveHealth}\n`);
  });
}
