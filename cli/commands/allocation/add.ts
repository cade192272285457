import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

type AllocationBody =
  paths['/api/allocations']['post']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'personId', flag: 'person', description: 'person id (required)' },
  { field: 'programId', flag: 'program', description: 'program id (or --run-work)' },
  { field: 'runWork', description: 'what run work, when there is no program' },
  { field: 'percent', kind: 'number', description: 'percent of their capacity' },
  { field: 'hoursPerWeek', kind: 'number', description: 'hours per standard week' },
  { field: 'from', description: 'first day, YYYY-MM-DD (required)' },
  { field: 'to', description: 'last day, YYYY-MM-DD (default: open-ended)' },
  { field: 'note', description: 'free text' },
];

export function allocationAddCommand(io: CliIo): Command {
  const command = new Command('add').description(
    'allocate a person to a program or run work; refused when it over-allocates them unless --confirm-over-allocation',
  );
  addFieldOptions(command, FLAGS);
  command.addOption(
    new Option('--confirm-over-allocation', 'save even if it over-allocates the person (audited)'),
  );
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(FLAGS, options) as AllocationBody;
    const missing = (['personId', 'from'] as const).filter((f) => body[f] === undefined);
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    if (options.confirmOverAllocation) body.confirmOverAllocation = true;
    const { url, client } = await connect(io);
    const a = await call(url, client.POST('/api/allocations', { body }));
    if (options.json) return printJson(io, a);
    const amount = a.percent !== null ? `${a.percent}%` : `${a.hoursPerWeek} h/week`;
    io.out(
      `Allocated ${a.personName} ${amount} to ${a.programName ?? a.runWork} from ${a.from} to ${a.to ?? 'open end'} (${a.id})${a.overAllocationConfirmed ? ' — over-allocation confirmed' : ''}\n`,
    );
  });
}
