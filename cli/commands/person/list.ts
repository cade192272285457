import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type PersonQuery = NonNullable<paths['/api/people']['get']['parameters']['query']>;
type PersonList = paths['/api/people']['get']['responses'][200]['content']['application/json'];
type PersonRow = PersonList['items'][number];

const FLAGS: readonly FieldFlag[] = [
  { field: 'teamId', flag: 'team', description: 'team id' },
  { field: 'levelId', flag: 'level', description: 'career level id' },
  { field: 'trackId', flag: 'track', description: 'career track id' },
  { field: 'skill', description: 'has this skill or domain' },
  { field: 'q', description: 'part of a name or title' },
];

const COLUMNS: readonly Column<PersonRow>[] = [
  { header: 'ID', value: (p) => p.id },
  { header: 'NAME', value: (p) => p.name, maxWidth: 28 },
  { header: 'LEVEL', value: (p) => (p.levelName ? `${p.levelName} (${p.grade})` : '-') },
  { header: 'TEAM', value: (p) => orDash(p.teamName), maxWidth: 24 },
  { header: 'LOCATION', value: (p) => orDash(p.location) },
  { header: 'TIME ZONE', value: (p) => p.timeZone },
  {
    header: 'SKILLS',
    value: (p) => p.skills.map((s) => `${s.name} ${s.proficiency}`).join(', '),
    maxWidth: 48,
  },
];

export function personListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'the directory: people with level, team and skills',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FLAGS, options) as PersonQuery;
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/people', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No people.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
