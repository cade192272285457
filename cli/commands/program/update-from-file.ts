import { Command, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { PLAN_FORMATS, type PlanFormat } from '../../../contracts/plan-transfer.schema.js';
import type {
  PlanUpdateApplied,
  PlanUpdatePreview,
} from '../../../contracts/plan-update.schema.js';
import { connect, send, type ApiResult } from '../../connection.js';
import { CliError, errorFromResponse } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { promptLine } from '../../prompt.js';
import { planFormatOf } from './import.js';
import { isEmptyPreview, planUpdateSummary } from './plan-update-summary.js';

const CONTENT_TYPES: Record<PlanFormat, string> = {
  mspdi: 'application/xml',
  yaml: 'application/yaml',
  csv: 'text/csv',
};

/** The body of a 2xx, or the CliError of the refusal (a bad file: each line it names, exit 2). */
function answerOf<D>(url: string, result: ApiResult<D>): D {
  if (result.response.ok) return result.data as D;
  const error = errorFromResponse(
    result.response.status,
    result.error,
    url,
    result.response.headers.get('retry-after'),
  );
  const issues = (result.error as { error?: { issues?: { path: string; message: string }[] } })
    ?.error?.issues;
  if (error.exitCode === 2 && issues?.length && issues.every((i) => i.path === 'body'))
    throw new CliError(
      issues.map((i) => i.message),
      error.exitCode,
      error.status,
    );
  throw error;
}

/**
 * `waymark program update-from-file ID FILE`: what the file would change in the
 * program (matched by UID), and with --apply, after a confirmation, applies
 * exactly that at the version previewed (a program changed meanwhile is refused).
 */
export function programUpdateFromFileCommand(io: CliIo): Command {
  const command = new Command('update-from-file')
    .description(
      'update a program from its MSPDI, YAML or CSV plan file, matched by UID: shows what would change; --apply applies it (asks first; --yes for scripts)',
    )
    .argument('<id>', 'program id')
    .argument('<file>', 'the plan file')
    .addOption(
      new Option('--format <format>', 'file format (default: from the extension)').choices([
        ...PLAN_FORMATS,
      ]),
    )
    .option('--apply', 'apply the changes shown (after a confirmation)')
    .addOption(
      new Option('-y, --yes', 'apply without asking (needed when stdin is not a terminal)'),
    );
  addJsonOption(command);
  return command.action(
    async (
      id: string,
      file: string,
      options: { format?: PlanFormat; apply?: boolean; yes?: boolean; json?: boolean },
    ) => {
      const format = planFormatOf(file, options.format);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw CliError.usage(`Cannot read ${file}: ${(error as Error).message}`);
      }
      const { url, client } = await connect(io);
      const asFile = {
        body: text,
        bodySerializer: (body: string) => body,
        headers: { 'content-type': CONTENT_TYPES[format] },
      };
      const preview: PlanUpdatePreview = answerOf(
        url,
        await send(
          url,
          client.POST('/api/programs/{id}/import/preview', {
            params: { path: { id }, query: { format } },
            ...asFile,
          }),
        ),
      );
      if (!options.apply) {
        if (options.json) return printJson(io, preview);
        io.out(planUpdateSummary(preview));
        if (!isEmptyPreview(preview))
          io.out(`To apply: waymark program update-from-file ${id} ${file} --apply\n`);
        return;
      }
      if (!options.json) io.out(planUpdateSummary(preview));
      if (!options.yes) {
        if (!io.stdin.isTTY)
          throw CliError.usage(
            'Not applying without a confirmation: pass --yes to apply from a script.',
          );
        const answer = await promptLine(io, 'Apply these changes to the program? [y/N] ');
        if (!/^y(es)?$/i.test(answer)) throw CliError.usage('Nothing was applied.');
      }
      const applied: PlanUpdateApplied = answerOf(
        url,
        await send(
          url,
          client.POST('/api/programs/{id}/import/apply', {
            params: { path: { id }, query: { format, programVersion: preview.programVersion } },
            ...asFile,
          }),
        ),
      );
      if (options.json) return printJson(io, applied);
      const a = applied.applied;
      const counts = (['tasks', 'milestones', 'dependencies', 'workstreams', 'calendars'] as const)
        .map((k) => `${k} +${a[k].added} ~${a[k].changed} -${a[k].removed}`)
        .join(', ');
      io.out(
        `Applied ${file} to program ${id} (now at version ${applied.programVersion}): ${counts}\n`,
      );
    },
  );
}
