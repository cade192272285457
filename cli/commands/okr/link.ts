import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/** `okr link` and `okr unlink`: align a program to an objective, or stop. */
export function okrLinkCommand(io: CliIo, unlink = false): Command {
  const command = new Command(unlink ? 'unlink' : 'link')
    .description(
      unlink ? 'stop aligning a program to an objective' : 'align a program to an objective',
    )
    .argument('<id>', 'objective id')
    .requiredOption('--program <id>', 'program id');
  addJsonOption(command);
  return command.action(async (id: string, options: { program: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    if (unlink) {
      await call(
        url,
        client.DELETE('/api/objectives/{id}/programs/{programId}', {
          params: { path: { id, programId: options.program } },
        }),
      );
      return io.out('Unlinked.\n');
    }
    const linked = await call(
      url,
      client.POST('/api/objectives/{id}/programs', {
        params: { path: { id } },
        body: { programId: options.program },
      }),
    );
    if (options.json) return printJson(io, linked);
    io.out(`Linked; the objective serves ${linked.programIds.length} program(s)\n`);
  });
}
