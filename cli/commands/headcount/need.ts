import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { deleteCommand, type DeleteSpec } from '../../delete-command.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { updateCommand } from '../../update-command.js';

type NeedBody = paths['/api/headcount/needs']['post']['requestBody']['content']['application/json'];
type Need =
  paths['/api/headcount/needs/{id}']['get']['responses'][200]['content']['application/json'];

const NEED_FLAGS: readonly FieldFlag[] = [
  { field: 'quarter', description: 'fiscal quarter, e.g. FY2027-Q3' },
  { field: 'source', description: 'program (a program needs TPMs) | intake (accepted requests)' },
  {
    field: 'programId',
    flag: 'program',
    description: 'the program (source program)',
    nullable: true,
  },
  { field: 'fte', kind: 'number', description: 'full-time equivalents, e.g. 1.5' },
  { field: 'description', description: 'free text' },
];

const describeNeed = (n: Need) =>
  `${n.fte} FTE for ${n.programName ?? 'intake'} in ${n.quarter} (${n.id})`;

function needAddCommand(io: CliIo): Command {
  const command = new Command('add').description(
    'add demand for TPM time in a quarter: a program need, or intake work',
  );
  addFieldOptions(command, NEED_FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(NEED_FLAGS, options) as NeedBody;
    const missing = (['quarter', 'source', 'fte'] as const).filter((f) => body[f] === undefined);
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    const { url, client } = await connect(io);
    const need = await call(url, client.POST('/api/headcount/needs', { body }));
    if (options.json) return printJson(io, need);
    io.out(`Added staffing need: ${describeNeed(need)}\n`);
  });
}

const readNeed: DeleteSpec['read'] = async ({ url, client }, id) => {
  const need = await call(
    url,
    client.GET('/api/headcount/needs/{id}', { params: { path: { id } } }),
  );
  return { what: `staffing need of ${describeNeed(need)}`, version: need.version };
};

/** `waymark headcount need add|update|delete`: the demand side of the headcount plan. */
export function headcountNeedCommand(io: CliIo): Command {
  return new Command('need')
    .description('staffing needs (demand) of the headcount plan: add, update, delete')
    .addCommand(needAddCommand(io))
    .addCommand(
      updateCommand(io, {
        noun: 'need',
        description: "change a need's fields, e.g. --fte 2; the others stay",
        flags: NEED_FLAGS,
        read: (connection, id) => readNeed(connection, id, {}),
        write: ({ client }, id, body) =>
          client.PATCH('/api/headcount/needs/{id}', { params: { path: { id } }, body }),
        done: (need) => `Updated staffing need: ${describeNeed(need)}, now version ${need.version}`,
      }),
    )
    .addCommand(
      deleteCommand(io, {
        noun: 'need',
        consequence: 'The plan no longer counts this demand.',
        read: readNeed,
        remove: ({ client }, id, version) =>
          client.DELETE('/api/headcount/needs/{id}', {
            params: { path: { id }, query: { version } },
          }),
      }),
    );
}
