import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';

type BaselineRow =
  paths['/api/programs/{id}/baselines']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<BaselineRow>[] = [
  { header: 'ID', value: (b) => b.id },
  { header: 'NAME', value: (b) => b.name, maxWidth: 40 },
  { header: 'FINISH', value: (b) => b.finish },
  { header: 'ITEMS', value: (b) => String(b.itemCount) },
  { header: 'VERSION', value: (b) => String(b.version) },
];

export function baselineListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's baselines")
    .requiredOption('--program <id>', 'program id');
  addJsonOption(command);
  return command.action(async (options: { program: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/baselines', { params: { path: { id: options.program } } }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No baselines.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
