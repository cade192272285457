import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { leadNames, leadOf } from './lead-names.js';

type WorkstreamRow =
  paths['/api/workstreams/{id}']['get']['responses'][200]['content']['application/json'];

export function workstreamListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("list a program's workstreams in their order")
    .argument('<program-id>', 'program id');
  addJsonOption(command);
  return command.action(async (programId: string, options: { json?: boolean }) => {
    const connection = await connect(io);
    const { url, client } = connection;
    const list = await call(
      url,
      client.GET('/api/programs/{id}/workstreams', { params: { path: { id: programId } } }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No workstreams.\n');
    const names = await leadNames(connection);
    const columns: Column<WorkstreamRow>[] = [
      { header: 'ID', value: (w) => w.id },
      { header: 'NAME', value: (w) => w.name, maxWidth: 40 },
      { header: 'LEAD', value: (w) => leadOf(names, w.leadId), maxWidth: 40 },
      { header: 'DESCRIPTION', value: (w) => orDash(w.description), maxWidth: 50 },
    ];
    io.out(renderTable(columns, list.items));
  });
}
