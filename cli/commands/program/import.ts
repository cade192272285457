import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PLAN_FORMATS, type PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { connect, send } from '../../connection.js';
import { CliError, errorFromResponse } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

const EXTENSIONS: Record<string, PlanFormat> = {
  '.xml': 'mspdi',
  '.mspdi': 'mspdi',
  '.yaml': 'yaml',
  '.yml': 'yaml',
  '.csv': 'csv',
};
const CONTENT_TYPES: Record<PlanFormat, string> = {
  mspdi: 'application/xml',
  yaml: 'application/yaml',
  csv: 'text/csv',
};

/** The format from --format, else from the file's extension. */
export function planFormatOf(file: string, format: PlanFormat | undefined): PlanFormat {
  if (format) return format;
  const guessed = EXTENSIONS[path.extname(file).toLowerCase()];
  if (!guessed)
    throw CliError.usage(
      `format: cannot tell the format of "${file}" from its extension; use --format mspdi|yaml|csv`,
    );
  return guessed;
}

export function programImportCommand(io: CliIo): Command {
  const command = new Command('import')
    .description('create a new program from an MSPDI (MS Project XML), YAML or CSV plan file')
    .argument('<file>', 'the plan file')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        ...PLAN_FORMATS,
      ]),
    )
    .requiredOption('--name <name>', "the new program's name");
  addJsonOption(command);
  return command.action(
    async (file: string, options: { format?: PlanFormat; name: string; json?: boolean }) => {
      const format = planFormatOf(file, options.format);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw CliError.usage(`Cannot read ${file}: ${(error as Error).message}`);
      }
      const { url, client } = await connect(io);
      const result = await send(
        url,
        client.POST('/api/programs/import', {
          params: { query: { format, name: options.name } },
          body: text,
          bodySerializer: (body: string) => body,
          headers: { 'content-type': CONTENT_TYPES[format] },
        }),
      );
      if (!result.response.ok) {
        const error = errorFromResponse(
          result.response.status,
          result.error,
          url,
          result.response.headers.get('retry-after'),
        );
        // The file's problems come as `line N field: reason`, one a line, as the server wrote them.
        const issues = (
          result.error as { error?: { issues?: { path: string; message: string }[] } }
        )?.error?.issues;
        if (error.exitCode === 2 && issues?.length && issues.every((i) => i.path === 'body'))
          throw new CliError(
            issues.map((i) => i.message),
            error.exitCode,
            error.status,
          );
        throw error;
      }
      const program = result.data!;
      if (options.json) return printJson(io, program);
      io.out(`Imported ${file} as program "${program.name}" (${program.id})\n`);
    },
  );
}
