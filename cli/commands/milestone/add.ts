import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { MILESTONE_CONSTRAINT_FLAGS, OUTLINE_FLAGS } from '../task/outline-flags.js';
import { addJsonOption, printJson } from '../../output.js';

type MilestoneCreateBody =
  paths['/api/programs/{id}/milestones']['post']['requestBody']['content']['application/json'];

export const MILESTONE_ADD_FLAGS: readonly FieldFlag[] = [
  { field: 'name', description: 'milestone name (required)' },
  { field: 'dueDate', description: 'YYYY-MM-DD' },
  { field: 'workstreamId', flag: 'workstream', description: 'workstream id' },
  { field: 'description', description: 'what reaching it means' },
  { field: 'state', description: 'planned (default) | achieved | missed' },
  {
    field: 'criteria',
    flag: 'criterion',
    repeatable: true,
    description: 'a success criterion',
    toValue: (texts) => texts.map((description) => ({ description })),
  },
  ...OUTLINE_FLAGS,
  ...MILESTONE_CONSTRAINT_FLAGS,
];

export function milestoneAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a milestone, with its success criteria, to a program')
    .requiredOption('--program <id>', 'program id');
  addFieldOptions(command, MILESTONE_ADD_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown> & { program: string }) => {
    const body = fieldsFromOptions(MILESTONE_ADD_FLAGS, options) as MilestoneCreateBody;
    const { url, client } = await connect(io);
    const milestone = await call(
      url,
      client.POST('/api/programs/{id}/milestones', {
        params: { path: { id: options.program } },
        body,
      }),
    );
    if (options.json) return printJson(io, milestone);
    const criteria =
      milestone.criteria.length === 1
        ? '1 success criterion'
        : `${milestone.criteria.length} success criteria`;
    io.out(
      `Added milestone "${milestone.name}" (${milestone.id}) due ${milestone.dueDate ?? '-'} with ${criteria}\n`,
    );
  });
}
