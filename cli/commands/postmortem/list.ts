import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type Row =
  paths['/api/programs/{id}/post-mortems']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'STATUS', value: (r) => r.status },
  { header: 'PERIOD', value: (r) => `${r.periodFrom} to ${r.periodTo}` },
  { header: 'FACILITATOR', value: (r) => orDash(r.facilitatorName), maxWidth: 24 },
  { header: 'ROOT CAUSES', value: (r) => String(r.rootCauses.length) },
  { header: 'VERSION', value: (r) => String(r.version) },
];

export function postMortemListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's post-mortems, the latest period first")
    .argument('<program>', 'program id');
  addJsonOption(command);
  return command.action(async (programId: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/post-mortems', { params: { path: { id: programId } } }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No post-mortems.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
