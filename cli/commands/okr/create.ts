import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type Body = paths['/api/objectives']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'period', description: 'a fiscal quarter: 2027-Q1 or FY2027-Q1' },
  { field: 'title', description: 'the objective' },
  { field: 'description', nullable: true, description: 'why it matters' },
  {
    field: 'ownerKind',
    flag: 'owner-kind',
    description: 'organization, team or person (default person)',
  },
  { field: 'teamId', flag: 'team', description: 'the owning team (owner kind team)' },
  { field: 'personId', flag: 'person', description: 'the owning person (default you)' },
  { field: 'parentId', flag: 'parent', description: 'the objective this one serves' },
];

export function okrCreateCommand(io: CliIo): Command {
  const command = new Command('create').description(
    'set a draft objective: --period and --title are required',
  );
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    if (fields.period === undefined) throw CliError.usage('period: required');
    const { url, client } = await connect(io);
    const o = await call(
      url,
      client.POST('/api/objectives', { body: { ownerKind: 'person', ...fields } as Body }),
    );
    if (options.json) return printJson(io, o);
    io.out(`Created objective "${o.title}" for ${o.period} (${o.id})\n`);
  });
}
