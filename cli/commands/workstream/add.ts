import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import {
  addWorkstreamFieldOptions,
  workstreamFields,
  type WorkstreamFlagValues,
} from './workstream-flags.js';

export function workstreamAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a workstream to a program')
    .argument('<program-id>', 'program id');
  addWorkstreamFieldOptions(command, true);
  addJsonOption(command);
  return command.action(
    async (programId: string, options: WorkstreamFlagValues & { name: string; json?: boolean }) => {
      const connection = await connect(io);
      const fields = await workstreamFields(connection, options);
      const workstream = await call(
        connection.url,
        connection.client.POST('/api/programs/{id}/workstreams', {
          params: { path: { id: programId } },
          body: { ...fields, name: options.name },
        }),
      );
      if (options.json) return printJson(io, workstream);
      io.out(`Added workstream "${workstream.name}" (${workstream.id})\n`);
    },
  );
}
