import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { describeDependency } from './describe-dependency.js';
import { lagOf } from './lag.js';
import { lagOption } from './update.js';

type DependencyCreateBody =
  paths['/api/dependencies']['post']['requestBody']['content']['application/json'];

// --from/--to read as the arrow people draw; --predecessor-id/--successor-id also work.
export const DEP_ADD_FLAGS: readonly FieldFlag[] = [
  { field: 'predecessorId', flag: 'from', description: 'predecessor task or milestone id' },
  { field: 'successorId', flag: 'to', description: 'successor task or milestone id' },
  { field: 'type', description: 'FS (default) | SS | FF | SF' },
  {
    field: 'lagMinutes',
    kind: 'number',
    description: 'lag in working minutes; negative for a lead',
  },
];

export function depAddCommand(io: CliIo): Command {
  const command = new Command('add').description(
    'add a dependency between two tasks or milestones, possibly across programs',
  );
  addFieldOptions(command, DEP_ADD_FLAGS);
  command.addOption(lagOption());
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(DEP_ADD_FLAGS, options) as DependencyCreateBody;
    if (typeof options.lag === 'string') {
      if (body.lagMinutes !== undefined)
        throw CliError.usage('lag: give --lag or --lag-minutes, not both');
      Object.assign(body, lagOf(options.lag));
    }
    const { url, client } = await connect(io);
    const dependency = await call(url, client.POST('/api/dependencies', { body }));
    if (options.json) return printJson(io, dependency);
    io.out(`Added ${describeDependency(dependency)}\n`);
  });
}
