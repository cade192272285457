import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { describeClock, type IntakeRequest } from './request-format.js';

type ListQuery = NonNullable<paths['/api/requests']['get']['parameters']['query']>;

const FLAGS: readonly FieldFlag[] = [
  { field: 'scope', description: 'queue (TPMs) | mine | assigned' },
  {
    field: 'state',
    description:
      'open (default for the queue) | all | new | acknowledged | accepted | declined | deferred | duplicate',
  },
];

const COLUMNS: readonly Column<IntakeRequest>[] = [
  { header: '#', value: (r) => String(r.number) },
  { header: 'TITLE', value: (r) => r.title, maxWidth: 40 },
  { header: 'STATE', value: (r) => r.state + (r.waitingOnRequester ? ' (waiting)' : '') },
  { header: 'FIRST RESPONSE', value: (r) => describeClock(r.firstResponse), maxWidth: 60 },
  { header: 'ASSIGNEE', value: (r) => orDash(r.assigneeName), maxWidth: 24 },
  { header: 'ID', value: (r) => r.id },
];

export function requestListCommand(io: CliIo): Command {
  const command = new Command('list').description(
    'the triage queue (TPMs) or your own requests, with SLA clocks',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const query = fieldsFromOptions(FLAGS, options) as ListQuery;
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/requests', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No requests.\n');
    io.out(renderTable(COLUMNS, list.items));
  });
}
