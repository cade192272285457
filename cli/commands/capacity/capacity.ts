import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';

type Query = NonNullable<paths['/api/capacity/heatmap']['get']['parameters']['query']>;
type Heatmap =
  paths['/api/capacity/heatmap']['get']['responses'][200]['content']['application/json'];
type Row = Heatmap['people'][number];
type Cell = Row['cells'][number];

const FLAGS: readonly FieldFlag[] = [
  { field: 'from', description: 'a day in the first week (default: this week)' },
  { field: 'weeks', kind: 'number', description: 'how many weeks (default 26)' },
  { field: 'teamId', flag: 'team', description: 'only this team' },
  { field: 'levelId', flag: 'level', description: 'only this career level' },
  { field: 'skill', description: 'only people with this skill or domain' },
  { field: 'timeZone', description: 'zone weeks are counted in (default America/Los_Angeles)' },
];

/** `85%`, `115%!` when over, `off` when there is no capacity and no load. */
export function cellText(c: Cell): string {
  if (c.loadPercent === null) return c.loadHours > 0 ? `${c.loadHours}h!` : 'off';
  return `${Math.round(c.loadPercent)}%${c.status === 'over' ? '!' : ''}`;
}

export function capacityCommand(io: CliIo): Command {
  const command = new Command('capacity').description(
    'the capacity heatmap as a table: load / capacity per person and week, ! = over-allocated, then the programs behind each over-allocated week',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FLAGS, options) as Query;
    const { url, client } = await connect(io);
    const heatmap = await call(url, client.GET('/api/capacity/heatmap', { params: { query } }));
    if (options.json) return printJson(io, heatmap);
    if (heatmap.people.length === 0) return io.out('No people with planned capacity.\n');
    const columns: Column<Row>[] = [
      { header: 'PERSON', value: (r) => r.name, maxWidth: 22 },
      ...heatmap.weeks.map((w, i) => ({
        header: w.slice(5),
        value: (r: Row) => cellText(r.cells[i]!),
      })),
    ];
    io.out(renderTable(columns, heatmap.people));
    const over = heatmap.people.flatMap((r) =>
      r.cells
        .filter((c) => c.status === 'over')
        .map(
          (c) =>
            `  ${r.name}, week of ${c.weekStart}: ${c.loadHours} h of ${c.capacityHours} h — ${c.programs.map((p) => `${p.programName} ${p.loadHours} h`).join(', ')}`,
        ),
    );
    io.out(
      `\n${heatmap.overAllocatedCells} over-allocated week(s), weeks in ${heatmap.timeZone}${over.length ? ':' : '.'}\n`,
    );
    if (over.length) io.out(`${over.join('\n')}\n`);
  });
}
