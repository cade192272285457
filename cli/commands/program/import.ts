import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PLAN_FORMATS, type PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import { HTTP_STATUS_BY_CODE, type ErrorCode } from '../../../contracts/error-codes.js';
import type { ImportJob, ImportWarning } from '../../../contracts/plan-transfer.schema.js';
import type { Program } from '../../../contracts/program.schema.js';
import { call, connect, send, type Connection } from '../../connection.js';
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

export function programImportCommand(io: CliIo, pollMs = 500): Command {
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
      if (!result.response.ok)
        throw fileProblems(
          result.error,
          url,
          result.response.status,
          result.response.headers.get('retry-after'),
        );
      let program = result.data as Program;
      let warnings = (result.data as { importWarnings?: ImportWarning[] }).importWarnings ?? [];
      if (result.response.status === 202) {
        const jobId = (result.data as ImportJob).id;
        const done = await untilImported(io, url, client, jobId, pollMs);
        warnings = done.warnings;
        program = await call(
          url,
          client.GET('/api/programs/{id}', { params: { path: { id: done.programId! } } }),
        );
      }
      if (options.json) return printJson(io, { ...program, importWarnings: warnings });
      io.out(`Imported ${file} as program "${program.name}" (${program.id})\n`);
      // What the file carried that the program could not keep: on stderr, one line each.
      if (warnings.length > 0) io.err(`${warnings.length} warning(s):\n`);
      for (const w of warnings) io.err(`  ${w.at} ${w.field}: ${w.message}\n`);
    },
  );
}

/**
 * A large file's background import (202), polled until it ends, its progress
 * on stderr; a failed one ends like a refused small file: each bad row a line, exit 2.
 */
async function untilImported(
  io: CliIo,
  url: string,
  client: Connection['client'],
  jobId: string,
  pollMs: number,
): Promise<ImportJob> {
  let shown = '';
  for (;;) {
    const job: ImportJob = await call(
      url,
      client.GET('/api/import-jobs/{id}', { params: { path: { id: jobId } } }),
    );
    if (job.status === 'succeeded') return job;
    if (job.status === 'failed') throw fileProblems(job.error, url);
    const { phase, done, total } = job.progress;
    const line =
      phase === 'queued'
        ? `import ${job.id}: queued`
        : `import ${job.id}: ${phase} ${done.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} ${phase === 'reading' ? 'rows' : 'items'}`;
    if (line !== shown) io.err(`${line}\n`);
    shown = line;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** An import refused: its bad rows one a line (`line N field: reason`, as the server wrote them) and exit 2. */
function fileProblems(
  body: unknown,
  url: string,
  status?: number,
  retryAfter?: string | null,
): CliError {
  const code = (body as { error?: { code?: ErrorCode } } | null)?.error?.code;
  const error = errorFromResponse(
    status ?? (code ? HTTP_STATUS_BY_CODE[code] : 500),
    body,
    url,
    retryAfter,
  );
  const issues = (body as { error?: { issues?: { path: string; message: string }[] } })?.error
    ?.issues;
  if (error.exitCode === 2 && issues?.length && issues.every((i) => i.path === 'body'))
    return new CliError(
      issues.map((i) => i.message),
      error.exitCode,
      error.status,
    );
  return error;
}
