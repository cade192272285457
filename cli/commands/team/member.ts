import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect, type Connection } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { writeAtVersion } from '../../versioned-write.js';

type Member =
  paths['/api/people']['get']['responses'][200]['content']['application/json']['items'][number];

const COLUMNS: readonly Column<Member>[] = [
  { header: 'ID', value: (p) => p.id },
  { header: 'NAME', value: (p) => p.name, maxWidth: 40 },
  { header: 'TITLE', value: (p) => orDash(p.title), maxWidth: 40 },
  { header: 'LEVEL', value: (p) => orDash(p.levelName) },
];

const personOption = () => new Option('--person <id>', 'the person (user id; required)');

async function teamAndPerson({ url, client }: Connection, teamId: string, personId?: string) {
  if (personId === undefined) throw CliError.usage('person: required (--person USER_ID)');
  const team = await call(url, client.GET('/api/teams/{id}', { params: { path: { id: teamId } } }));
  const person = await call(
    url,
    client.GET('/api/people/{id}', { params: { path: { id: personId } } }),
  );
  return { team, person };
}

/**
 * A person belongs to one team, which is a field of the person: adding them to a team
 * moves them out of their previous one, and removing them leaves them without a team.
 */
async function setTeam(
  connection: Connection,
  person: { id: string; name: string; version: number },
  teamId: string | null,
) {
  return writeAtVersion(
    connection.url,
    connection.client.PATCH('/api/people/{id}', {
      params: { path: { id: person.id } },
      body: { version: person.version, teamId },
    }),
    { what: `${person.name} (${person.id})`, sentVersion: person.version },
  );
}

function memberAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('put a person in a team (it moves them out of the team they were in)')
    .argument('<team-id>', 'team id')
    .addOption(personOption());
  addJsonOption(command);
  return command.action(async (teamId: string, options: { person?: string; json?: boolean }) => {
    const connection = await connect(io);
    const { team, person } = await teamAndPerson(connection, teamId, options.person);
    if (person.teamId === team.id)
      throw CliError.usage(`${person.name} is already in team "${team.name}"; nothing changed.`);
    const updated = await setTeam(connection, person, team.id);
    if (options.json) return printJson(io, updated);
    const moved = person.teamName ? ` (moved from "${person.teamName}")` : '';
    io.out(`Added ${updated.name} to team "${team.name}"${moved}\n`);
  });
}

function memberRemoveCommand(io: CliIo): Command {
  const command = new Command('remove')
    .description('take a person out of a team; they stay in the directory without a team')
    .argument('<team-id>', 'team id')
    .addOption(personOption());
  addJsonOption(command);
  return command.action(async (teamId: string, options: { person?: string; json?: boolean }) => {
    const connection = await connect(io);
    const { team, person } = await teamAndPerson(connection, teamId, options.person);
    if (person.teamId !== team.id)
      throw CliError.usage(
        `${person.name} is not in team "${team.name}"${person.teamName ? ` but in "${person.teamName}"` : ''}; nothing changed.`,
      );
    const updated = await setTeam(connection, person, null);
    if (options.json) return printJson(io, updated);
    io.out(`Removed ${updated.name} from team "${team.name}"\n`);
  });
}

function memberListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a team's members by name")
    .argument('<team-id>', 'team id');
  addJsonOption(command);
  return command.action(async (teamId: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const team = await call(
      url,
      client.GET('/api/teams/{id}', { params: { path: { id: teamId } } }),
    );
    const people = await call(url, client.GET('/api/people', { params: { query: { teamId } } }));
    if (options.json) return printJson(io, people);
    if (people.items.length === 0) return io.out(`Team "${team.name}" has no members.\n`);
    io.out(renderTable(COLUMNS, people.items));
  });
}

/** `waymark team member add|remove|list TEAM_ID [--person USER_ID]`. */
export function teamMemberCommand(io: CliIo): Command {
  return new Command('member')
    .description("a team's members: list, add, remove")
    .addCommand(memberListCommand(io))
    .addCommand(memberAddCommand(io))
    .addCommand(memberRemoveCommand(io));
}
