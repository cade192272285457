import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { percent } from './okr-format.js';

type Body =
  paths['/api/objectives/{id}/key-results']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'title', description: 'the key result' },
  {
    field: 'startValue',
    flag: 'start',
    kind: 'number',
    description: 'where it starts (default 0)',
  },
  {
    field: 'targetValue',
    flag: 'target',
    kind: 'number',
    description: 'the target (lower for a decrease)',
  },
  {
    field: 'currentValue',
    flag: 'current',
    kind: 'number',
    nullable: true,
    description: 'where it is now',
  },
  { field: 'unit', nullable: true, description: 'the unit, e.g. days' },
  { field: 'binding', description: 'manual (default), kpi or milestones' },
  { field: 'kpiId', flag: 'kpi', description: 'the KPI a kpi-bound key result reads' },
  {
    field: 'milestoneIds',
    flag: 'milestone',
    repeatable: true,
    description: 'a milestone a milestones-bound key result counts (repeat the flag)',
  },
];

export function okrKrAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a key result to an objective: --title is required')
    .argument('<objective-id>', 'objective id');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const fields = fieldsFromOptions(FLAGS, options);
    if (fields.title === undefined) throw CliError.usage('title: required');
    const { url, client } = await connect(io);
    const kr = await call(
      url,
      client.POST('/api/objectives/{id}/key-results', {
        params: { path: { id } },
        body: fields as Body,
      }),
    );
    if (options.json) return printJson(io, kr);
    io.out(`Added key result "${kr.title}" (${kr.id}), score ${percent(kr.score)}\n`);
  });
}
