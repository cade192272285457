import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type MyWork = paths['/api/me/work']['get']['responses'][200]['content']['application/json'];
type Section<K extends keyof MyWork> = MyWork[K]['items'][number];

const TASKS: readonly Column<Section<'tasks'>>[] = [
  { header: 'DUE', value: (t) => (t.dueDate ? `${t.dueDate}${t.overdue ? ' (late)' : ''}` : '-') },
  { header: 'TASK', value: (t) => t.name, maxWidth: 48 },
  { header: 'STATE', value: (t) => t.state.replace('_', ' ') },
  { header: 'PROGRAM', value: (t) => t.programName, maxWidth: 32 },
  { header: 'ID', value: (t) => t.id },
];
const REQUESTS: readonly Column<Section<'requests'>>[] = [
  { header: 'NUMBER', value: (r) => `#${r.number}` },
  { header: 'REQUEST', value: (r) => r.title, maxWidth: 60 },
  { header: 'STATE', value: (r) => r.state },
];
const DECISIONS: readonly Column<Section<'decisionsNeeded'>>[] = [
  {
    header: 'NEEDED BY',
    value: (d) => (d.neededBy ? `${d.neededBy}${d.overdue ? ' (late)' : ''}` : '-'),
  },
  { header: 'DECISION', value: (d) => d.title, maxWidth: 48 },
  { header: 'PROGRAM', value: (d) => d.programName ?? 'portfolio', maxWidth: 32 },
  { header: 'ID', value: (d) => d.id },
];
const PROGRAMS: readonly Column<Section<'programs'>>[] = [
  { header: 'PROGRAM', value: (p) => p.name, maxWidth: 40 },
  { header: 'HEALTH', value: (p) => p.health },
  { header: 'TARGET', value: (p) => orDash(p.targetDate) },
  { header: 'ID', value: (p) => p.id },
];

/** `waymark home`: what waits on me — tasks, requests, decisions, and the programs I own. */
export function homeCommand(io: CliIo): Command {
  const command = new Command('home').description(
    'what waits on me: my open tasks, requests, decisions needed and the programs I own',
  );
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const work = await call(url, client.GET('/api/me/work'));
    if (options.json) return printJson(io, work);
    const section = <R>(
      title: string,
      columns: readonly Column<R>[],
      list: { items: R[]; total: number },
      none: string,
    ) => {
      const more = list.total > list.items.length ? ` (first ${list.items.length})` : '';
      io.out(`${title}: ${list.total}${more}\n`);
      io.out(list.items.length ? renderTable(columns, list.items) : `  ${none}\n`);
      io.out('\n');
    };
    section('My tasks', TASKS, work.tasks, 'No open tasks.');
    section('Requests waiting on me', REQUESTS, work.requests, 'No requests waiting.');
    section('Decisions needed', DECISIONS, work.decisionsNeeded, 'No decision waits on you.');
    section('Programs I own', PROGRAMS, work.programs, 'You own no active program.');
  });
}
