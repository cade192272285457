import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type Row =
  paths['/api/programs/{id}/status-reports']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<Row>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'PERIOD', value: (r) => `${r.periodStart}..${r.periodEnd}` },
  { header: 'HEALTH', value: (r) => r.effectiveHealth },
  { header: 'STATUS', value: (r) => r.status },
  { header: 'PUBLISHED', value: (r) => orDash(r.publishedAt) },
  { header: 'VERSION', value: (r) => String(r.version) },
];

export function reportListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's status reports, newest first")
    .argument('<program>', 'program id');
  addJsonOption(command);
  return command.action(async (program: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/status-reports', {
        params: { path: { id: program }, query: { limit: 500 } },
      }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No status reports.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
