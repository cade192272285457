import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { changesFromOptions, collect, type ChangeRequestBody } from './change-request-input.js';

export function changeRequestAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('propose plan edits; the impact is computed before anyone decides')
    .argument('<program>', 'program id')
    .option('--title <text>', 'what changes')
    .option('--reason <text>', 'why')
    .option('--requested-by <id>', 'who asks for it (default: you)')
    .addOption(
      new Option(
        '--change <json>',
        'one change, e.g. \'{"kind":"update_task","taskId":"…","estimateHours":80}\' (repeatable)',
      ).argParser(collect),
    )
    .option('--changes-file <file>', 'a JSON array of changes')
    .option('--draft', 'keep it as a draft (submit it later)');
  addJsonOption(command);
  return command.action(async (programId: string, options: Record<string, unknown>) => {
    const missing = ['title', 'reason'].filter((f) => options[f] === undefined);
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    const changes = (await changesFromOptions(options)) ?? [];
    const body: ChangeRequestBody = {
      title: options.title as string,
      reason: options.reason as string,
      changes,
      ...(options.requestedBy ? { requestedById: options.requestedBy as string } : {}),
      ...(options.draft ? { draft: true } : {}),
    };
    const { url, client } = await connect(io);
    const cr = await call(
      url,
      client.POST('/api/programs/{id}/change-requests', {
        params: { path: { id: programId } },
        body,
      }),
    );
    if (options.json) return printJson(io, cr);
    io.out(`Added ${cr.label} "${cr.title}" (${cr.id}), ${cr.status}\n`);
  });
}
