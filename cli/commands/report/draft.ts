import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { printReport } from './report-output.js';

/** Drafts a report from the live plan; the period defaults as the API's do. */
export function reportDraftCommand(io: CliIo): Command {
  const command = new Command('draft')
    .description("draft a program's status report from the live plan")
    .argument('<program>', 'program id')
    .option('--from <date>', 'period start (default: end of the last published report)')
    .option('--to <date>', "period end (default: the program's today)");
  addJsonOption(command);
  return command.action(
    async (program: string, options: { from?: string; to?: string; json?: boolean }) => {
      const { url, client } = await connect(io);
      const report = await call(
        url,
        client.POST('/api/programs/{id}/status-reports', {
          params: { path: { id: program } },
          body: {
            ...(options.from ? { periodStart: options.from } : {}),
            ...(options.to ? { periodEnd: options.to } : {}),
          },
        }),
      );
      if (options.json) return printJson(io, report);
      printReport(io, report);
    },
  );
}
