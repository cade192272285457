import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';
import { formatWeekdays } from './weekdays.js';

type TeamRow =
  paths['/api/teams']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<TeamRow>[] = [
  { header: 'ID', value: (t) => t.id },
  { header: 'NAME', value: (t) => t.name, maxWidth: 32 },
  { header: 'TIME ZONE', value: (t) => t.workingHours.timeZone },
  { header: 'DAYS', value: (t) => formatWeekdays(t.workingHours.days) },
  { header: 'HOURS', value: (t) => `${t.workingHours.start}-${t.workingHours.end}` },
];

export function teamListCommand(io: CliIo): Command {
  const command = new Command('list').description('every team with its working hours');
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/teams'));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No teams.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
