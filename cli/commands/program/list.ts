import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type ProgramQuery = NonNullable<paths['/api/programs']['get']['parameters']['query']>;
type ProgramPage = paths['/api/programs']['get']['responses'][200]['content']['application/json'];
type ProgramRow = ProgramPage['items'][number];

export const PROGRAM_LIST_FLAGS: readonly FieldFlag[] = [
  { field: 'q', description: 'text to find in name or summary' },
  { field: 'status', description: 'proposed | active | on_hold | completed | cancelled' },
  { field: 'health', description: 'green | amber | red' },
  { field: 'ownerId', description: 'owner user id' },
  { field: 'sort', description: 'name, targetDate, updatedAt or status; prefix - for descending' },
  { field: 'limit', kind: 'number', description: 'at most this many (1-500, default 50)' },
  { field: 'offset', kind: 'number', description: 'skip this many' },
];

const COLUMNS: readonly Column<ProgramRow>[] = [
  { header: 'ID', value: (p) => p.id },
  { header: 'NAME', value: (p) => p.name, maxWidth: 40 },
  { header: 'STATUS', value: (p) => p.status },
  { header: 'HEALTH', value: (p) => p.health },
  { header: 'TARGET', value: (p) => orDash(p.targetDate) },
  { header: 'OWNER', value: (p) => orDash(p.ownerName), maxWidth: 24 },
  { header: 'TASKS', value: (p) => `${p.doneTaskCount}/${p.taskCount}` },
];

export function programListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'list programs (a table; --json for the page as the API returns it)',
  );
  addFieldOptions(command, PROGRAM_LIST_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(PROGRAM_LIST_FLAGS, options) as ProgramQuery;
    const { url, client } = await connect(io);
    const page = await call(url, client.GET('/api/programs', { params: { query } }));
    if (options.json) return printJson(io, page);
    if (page.items.length === 0) {
      io.out(
        page.total === 0
          ? 'No programs.\n'
          : `No programs at offset ${page.offset} (${page.total} in all).\n`,
      );
      return;
    }
    io.out(renderTable(COLUMNS, page.items));
    io.out(`${page.offset + 1}-${page.offset + page.items.length} of ${page.total}\n`);
  });
}
