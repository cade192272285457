import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { VERSION_FLAG } from '../../version-flag.js';

const OUTCOMES = ['approved', 'deferred', 'rejected'] as const;
type Outcome = (typeof OUTCOMES)[number];

export function changeRequestDecideCommand(io: CliIo): Command {
  const command = new Command('decide')
    .description(
      'approve (applies every edit at once, after a baseline "before CR-n"), defer or reject',
    )
    .argument('<id>', 'change request id')
    .argument('<outcome>', OUTCOMES.join(' | '))
    .option('--reason <text>', 'why (required)')
    .option('--until <date>', 'deferred until this day, YYYY-MM-DD (required to defer)');
  addFieldOptions(command, [VERSION_FLAG]);
  addJsonOption(command);
  return command.action(async (id: string, outcome: string, options: Record<string, unknown>) => {
    if (!OUTCOMES.includes(outcome as Outcome))
      throw CliError.usage(`outcome: must be one of ${OUTCOMES.join(', ')}`);
    const given = fieldsFromOptions([VERSION_FLAG], options);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const version =
      (given.version as number | undefined) ??
      (await call(url, client.GET('/api/change-requests/{id}', path))).version;
    const cr = await call(
      url,
      client.POST('/api/change-requests/{id}/decision', {
        ...path,
        body: {
          version,
          outcome: outcome as Outcome,
          // Left out when not given: the server names body.reason in its refusal.
          ...(options.reason !== undefined ? { reason: options.reason as string } : {}),
          ...(options.until !== undefined ? { deferredUntil: options.until as string } : {}),
        } as { version: number; outcome: Outcome; reason: string },
      }),
    );
    if (options.json) return printJson(io, cr);
    io.out(`${cr.label} "${cr.title}" is ${cr.status}\n`);
  });
}
