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

type LevelBody =
  paths['/api/career-ladder/levels']['post']['requestBody']['content']['application/json'];
type LevelUpdate =
  paths['/api/career-ladder/levels/{id}']['patch']['requestBody']['content']['application/json'];

const WORDS: readonly FieldFlag[] = [
  { field: 'name', description: 'the level name, e.g. "Staff TPM"' },
  { field: 'summary', description: 'the scope people work at on this level' },
];
const PLACE: readonly FieldFlag[] = [
  { field: 'key', description: 'stable key, e.g. staff_tpm (required; cannot change later)' },
  { field: 'path', description: 'individual | manager (required)' },
  {
    field: 'grade',
    kind: 'number',
    description: 'job grade 1-20, one level per grade and path (required)',
  },
];

function levelAddCommand(io: CliIo): Command {
  const command = new Command('add').description('add a level at a grade of a path (admin)');
  addFieldOptions(command, [...PLACE, ...WORDS]);
  addJsonOption(command);
  return command.action(async (options: Record<string, unknown>) => {
    const body = fieldsFromOptions([...PLACE, ...WORDS], options) as LevelBody;
    const missing = (['key', 'name', 'path', 'grade'] as const).filter(
      (f) => body[f] === undefined,
    );
    if (missing.length) throw CliError.usage(...missing.map((f) => `${f}: required`));
    const { url, client } = await connect(io);
    const level = await call(url, client.POST('/api/career-ladder/levels', { body }));
    if (options.json) return printJson(io, level);
    io.out(
      `Added career level "${level.name}" (${level.id}), ${level.path} path grade ${level.grade}\n`,
    );
  });
}

function levelDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'level',
    consequence:
      'Refused while people are on it or headcount roles name it; --with-expectations and --with-assessments delete what was written at it.',
    read: (connection, id) => findInLadder(connection, 'levels', id),
    remove: ({ client }, id, version, options) =>
      client.DELETE('/api/career-ladder/levels/{id}', {
        params: {
          path: { id },
          query: {
            version,
            ...(options.withExpectations ? { withExpectations: true } : {}),
            ...(options.withAssessments ? { withAssessments: true } : {}),
          },
        },
      }),
  })
    .addOption(
      new Option('--with-expectations', 'also delete what each competency expects at this level'),
    )
    .addOption(
      new Option('--with-assessments', 'also delete the assessments people made at this level'),
    );
}

/** `waymark ladder level add|update|delete` (admins). */
export function ladderLevelCommand(io: CliIo): Command {
  return new Command('level')
    .description('career levels (grades on the individual and manager paths): add, update, delete')
    .addCommand(levelAddCommand(io))
    .addCommand(
      updateCommand(io, {
        noun: 'level',
        description: 'rename a level or change its summary; its key, path and grade stay',
        flags: WORDS,
        read: (connection, id) => findInLadder(connection, 'levels', id),
        write: ({ client }, id, body) =>
          client.PATCH('/api/career-ladder/levels/{id}', {
            params: { path: { id } },
            body: body as LevelUpdate,
          }),
        done: (l) => `Updated career level "${l.name}" (${l.id}), now version ${l.version}`,
      }),
    )
    .addCommand(levelDeleteCommand(io));
}
