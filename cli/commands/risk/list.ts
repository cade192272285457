import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type RiskRow =
  paths['/api/programs/{id}/risks']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<RiskRow>[] = [
  { header: 'ID', value: (r) => r.id },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'PROBABILITY', value: (r) => String(r.probability) },
  { header: 'DELAY H', value: (r) => String(r.delayHours) },
  { header: 'COST', value: (r) => orDash(r.cost) },
  { header: 'TASKS', value: (r) => String(r.taskIds.length) },
  { header: 'VERSION', value: (r) => String(r.version) },
];

export function riskListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's risk events")
    .requiredOption('--program <id>', 'program id');
  addJsonOption(command);
  return command.action(async (options: { program: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/risks', { params: { path: { id: options.program } } }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No risks.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
