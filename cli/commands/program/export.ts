import { Command, Option } from 'commander';
import { writeFile } from 'node:fs/promises';
import { PLAN_FORMATS, type PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';

export function programExportCommand(io: CliIo): Command {
  return new Command('export')
    .description("write a program's plan and schedule as MSPDI (MS Project XML), YAML or CSV")
    .argument('<id>', 'program id')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices([...PLAN_FORMATS])
        .makeOptionMandatory(),
    )
    .option('--output <file>', 'write to this file instead of stdout')
    .action(async (id: string, options: { format: PlanFormat; output?: string }) => {
      const { url, client } = await connect(io);
      const text = await call(
        url,
        client.GET('/api/programs/{id}/export', {
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
    });
}
