import { Command, Option } from 'commander';
import { MEMBER_ROLES, type MemberRole } from '../../../contracts/program-member.schema.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { findUser } from '../user/find-user.js';

const userOption = () =>
  new Option('--user <user>', 'the person: account id or e-mail').makeOptionMandatory();

function addCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a person to a program, or change their role (owners, TPM managers, admins)')
    .argument('<id>', 'program id')
    .addOption(userOption())
    .addOption(
      new Option('--role <role>', 'owner: manages members; editor: edits; viewer: reads')
        .choices(MEMBER_ROLES)
        .makeOptionMandatory(),
    );
  addJsonOption(command);
  return command.action(
    async (id: string, options: { user: string; role: MemberRole; json?: boolean }) => {
      const connection = await connect(io);
      const user = await findUser(connection, options.user);
      const member = await call(
        connection.url,
        connection.client.POST('/api/programs/{id}/members', {
          params: { path: { id } },
          body: { userId: user.id, role: options.role },
        }),
      );
      if (options.json) return printJson(io, member);
      io.out(`${member.name} <${member.email}> is now ${member.role} of program ${id}\n`);
    },
  );
}

function removeCommand(io: CliIo): Command {
  const command = new Command('remove')
    .description('remove a person from a program; their work stays (owners, TPM managers, admins)')
    .argument('<id>', 'program id')
    .addOption(userOption());
  return command.action(async (id: string, options: { user: string }) => {
    const connection = await connect(io);
    const user = await findUser(connection, options.user);
    await call(
      connection.url,
      connection.client.DELETE('/api/programs/{id}/members/{userId}', {
        params: { path: { id, userId: user.id } },
      }),
    );
    io.out(`${user.name} <${user.email}> is no longer a member of program ${id}\n`);
  });
}

/** `waymark program member add|remove`: who may see and change a program. */
export function programMemberCommand(io: CliIo): Command {
  return new Command('member')
    .description("change a program's members: add (or change the role of) and remove")
    .addCommand(addCommand(io))
    .addCommand(removeCommand(io));
}
