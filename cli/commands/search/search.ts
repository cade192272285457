import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { SEARCH_KINDS } from '../../../contracts/search.schema.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type SearchQuery = NonNullable<paths['/api/search']['get']['parameters']['query']>;
type Hit =
  paths['/api/search']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<Hit>[] = [
  { header: 'KIND', value: (h) => h.kind },
  { header: 'TITLE', value: (h) => h.title, maxWidth: 48 },
  { header: 'PROGRAM', value: (h) => orDash(h.programName), maxWidth: 30 },
  { header: 'LINK', value: (h) => h.link },
];

const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(',')];

/** `waymark search QUERY`: one top-level verb, as people type it, no noun. */
export function searchCommand(io: CliIo): Command {
  const command = new Command('search')
    .description('find programs, plan items, RAID entries, decisions, requests and people by words')
    .argument('<query...>', 'the words; the last one also matches as a prefix')
    .option(
      '--kind <kind>',
      `only this kind (repeat or comma-separate): ${SEARCH_KINDS.join(', ')}`,
      collect,
    )
    .option('--program <id>', 'only what belongs to this program')
    .option('--limit <n>', 'at most this many results (1–50, default 20)');
  addJsonOption(command);
  return command.action(async (words: string[], options: Record<string, unknown>) => {
    const query: SearchQuery = { q: words.join(' ') };
    const kinds = options.kind as string[] | undefined;
    if (kinds?.length) query.kinds = kinds.join(',');
    if (options.program) query.programId = options.program as string;
    if (options.limit) query.limit = Number(options.limit);
    const { url, client } = await connect(io);
    const results = await call(url, client.GET('/api/search', { params: { query } }));
    if (options.json) return printJson(io, results);
    if (results.items.length === 0) return io.out('Nothing found.\n');
    io.out(renderTable(COLUMNS, results.items));
  });
}
