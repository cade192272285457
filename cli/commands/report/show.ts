import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { printReport } from './report-output.js';

export function reportShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one status report')
    .argument('<id>', 'report id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const report = await call(
      url,
      client.GET('/api/status-reports/{id}', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, report);
    printReport(io, report);
  });
}
