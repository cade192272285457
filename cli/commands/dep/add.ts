import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

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
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(DEP_ADD_FLAGS, options) as DependencyCreateBody;
    const { url, client } = await connect(io);
    const dependency = await call(url, client.POST('/api/dependencies', { body }));
    if (options.json) return printJson(io, dependency);
    const { predecessor: from, successor: to } = dependency;
    const lag = dependency.lagMinutes === 0 ? '' : `, lag ${dependency.lagMinutes} min`;
    const cross = dependency.crossProgram ? ' (across programs)' : '';
    io.out(
      `Added ${dependency.type} dependency ${from.kind} "${from.name}" -> ${to.kind} "${to.name}"${lag}${cross} (${dependency.id})\n`,
    );
  });
}
