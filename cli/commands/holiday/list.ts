import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';

type HolidayRow =
  paths['/api/holidays']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<HolidayRow>[] = [
  { header: 'ID', value: (h) => h.id },
  { header: 'DAY', value: (h) => h.day },
  { header: 'NAME', value: (h) => h.name, maxWidth: 40 },
  { header: 'VERSION', value: (h) => String(h.version) },
];

export function holidayListCommand(io: CliIo): Command {
  const command = new Command('list').description('organization holidays, by day');
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/holidays'));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No holidays.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
