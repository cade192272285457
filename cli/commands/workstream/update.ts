import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';
import {
  addWorkstreamFieldOptions,
  workstreamFields,
  type WorkstreamFlagValues,
} from './workstream-flags.js';

export function workstreamUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change a workstream's name, description, lead or position")
    .argument('<id>', 'workstream id');
  addWorkstreamFieldOptions(command, false);
  addVersionOption(command);
  addJsonOption(command);
  return command.action(
    async (id: string, options: WorkstreamFlagValues & { version?: string; json?: boolean }) => {
      const given = [options.name, options.description, options.lead, options.sortOrder];
      if (given.every((value) => value === undefined))
        throw CliError.usage(
          'Nothing to change: give at least one of --name, --description, --lead, --sort-order',
        );
      const connection = await connect(io);
      const fields = await workstreamFields(connection, options);
      const { url, client } = connection;
      const path = { params: { path: { id } } };
      const current = await call(url, client.GET('/api/workstreams/{id}', path));
      const version = versionToSend(options, current.version);
      const workstream = await writeAtVersion(
        url,
        client.PATCH('/api/workstreams/{id}', { ...path, body: { ...fields, version } }),
        { what: `workstream "${current.name}" (${id})`, sentVersion: version },
      );
      if (options.json) return printJson(io, workstream);
      io.out(
        `Updated workstream "${workstream.name}" (${workstream.id}), now version ${workstream.version}\n`,
      );
    },
  );
}
