import { Command, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { EXPORT_FORMATS } from '../../../contracts/status-report.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';

export function reportExportCommand(io: CliIo): Command {
  return new Command('export')
    .description('write a status report as a standalone Markdown or HTML document')
    .argument('<id>', 'report id')
    .addOption(
      new Option('--format <format>', 'document format')
        .choices([...EXPORT_FORMATS])
        .makeOptionMandatory(),
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .action(
      async (id: string, options: { format: (typeof EXPORT_FORMATS)[number]; output?: string }) => {
        const { url, client } = await connect(io);
        const text = await call(
          url,
          client.GET('/api/status-reports/{id}/export', {
            params: { path: { id }, query: { format: options.format } },
            parseAs: 'text',
          }),
        );
        if (!options.output) return io.out(text);
        try {
          await writeFile(options.output, text);
        } catch (error) {
          throw CliError.failure(`Cannot write ${options.output}: ${(error as Error).message}`);
        }
      },
    );
}
