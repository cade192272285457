import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type TimeOffBody =
  paths['/api/people/{id}/time-off']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'from', description: 'first day away, YYYY-MM-DD (required)' },
  { field: 'to', description: 'last day away (default: the first)' },
  { field: 'kind', description: 'vacation | sick | training | parental | other' },
  { field: 'note', description: 'free text' },
];

export function personTimeOffCommand(io: CliIo): Command {
  const command = new Command('time-off')
    .description('record days a person is away (their local dates); lowers their capacity')
    .argument('<id>', 'person id');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options) as Partial<TimeOffBody>;
    if (fields.from === undefined) throw CliError.usage('from: required');
    const body = { ...fields, from: fields.from, to: fields.to ?? fields.from } as TimeOffBody;
    const { url, client } = await connect(io);
    const off = await call(
      url,
      client.POST('/api/people/{id}/time-off', { params: { path: { id } }, body }),
    );
    if (options.json) return printJson(io, off);
    io.out(`Recorded ${off.kind} from ${off.from} to ${off.to} (${off.id})\n`);
  });
}
