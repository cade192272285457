import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import { CliError } from '../../errors.js';
import { addFieldOptions, fieldsFromOptions, type FieldFlag } from '../../fields.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { updateCommand } from '../../update-command.js';
import { findInLadder } from './find-in-ladder.js';

type CompetencyBody =
  paths['/api/career-ladder/competencies']['post']['requestBody']['content']['application/json'];
type CompetencyUpdate =
  paths['/api/career-ladder/competencies/{id}']['patch']['requestBody']['content']['application/json'];

const FLAGS: readonly FieldFlag[] = [
  { field: 'name', description: 'the competency, e.g. "Vendor management" (unique)' },
  { field: 'description', description: 'what it covers' },
  { field: 'sortOrder', kind: 'number', description: 'position in the ladder, 0-1000' },
];

function competencyAddCommand(io: CliIo): Command {
  const command = new Command('add').description('add a competency to the ladder (admin)');
  addFieldOptions(command, FLAGS);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions(FLAGS, options) as CompetencyBody;
    if (body.name === undefined) throw CliError.usage('name: required');
    const { url, client } = await connect(io);
    const competency = await call(url, client.POST('/api/career-ladder/competencies', { body }));
    if (options.json) return printJson(io, competency);
    io.out(`Added competency "${competency.name}" (${competency.id})\n`);
  });
}

/** `waymark ladder competency add|update|delete [--with-assessments]` (admins). */
export function ladderCompetencyCommand(io: CliIo): Command {
  return new Command('competency')
    .description('competencies of the ladder: add, update, delete')
    .addCommand(competencyAddCommand(io))
    .addCommand(
      updateCommand(io, {
        noun: 'competency',
        description: 'rename, describe or reorder a competency',
        flags: FLAGS,
        read: (connection, id) => findInLadder(connection, 'competencies', id),
        write: ({ client }, id, body) =>
          client.PATCH('/api/career-ladder/competencies/{id}', {
            params: { path: { id } },
            body: body as CompetencyUpdate,
          }),
        done: (c) => `Updated competency "${c.name}" (${c.id}), now version ${c.version}`,
      }),
    )
    .addCommand(
      deleteCommand(io, {
        noun: 'competency',
        consequence:
          'Its expectations per level go too; refused while people have assessments on it unless --with-assessments.',
        read: (connection, id) => findInLadder(connection, 'competencies', id),
        remove: ({ client }, id, version, options) =>
          client.DELETE('/api/career-ladder/competencies/{id}', {
            params: {
              path: { id },
              query: { version, ...(options.withAssessments ? { withAssessments: true } : {}) },
            },
          }),
      }).addOption(
        new Option('--with-assessments', 'also delete the assessments people made on it'),
      ),
    );
}
