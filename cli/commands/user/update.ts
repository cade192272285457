import { Command, Option } from 'commander';
import { ROLES } from '../../../contracts/account.schema.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { findUser } from './find-user.js';

interface UpdateOptions {
  name?: string;
  role?: (typeof ROLES)[number];
  active?: boolean;
  json?: boolean;
}

/** PATCH /api/users/:id with the fields given, at the version just read. */
export async function updateUser(
  io: CliIo,
  who: string,
  body: { name?: string; role?: (typeof ROLES)[number]; active?: boolean },
  json: boolean | undefined,
): Promise<void> {
  const connection = await connect(io);
  const user = await findUser(connection, who);
  const updated = await call(
    connection.url,
    connection.client.PATCH('/api/users/{id}', {
      params: { path: { id: user.id } },
      body: { ...body, version: user.version },
    }),
  );
  if (json) return printJson(io, updated);
  io.out(
    `${updated.name} <${updated.email}>: ${updated.role}, ${updated.active ? 'active' : 'deactivated'}\n`,
  );
}

export function userUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description("change an account's name, role or active state (admins only)")
    .argument('<user>', 'id or e-mail')
    .option('--name <name>', 'new name')
    .addOption(new Option('--role <role>', 'new role').choices(ROLES))
    .option('--active', 'reactivate the account')
    .option('--no-active', 'deactivate the account (its sessions and tokens stop at once)');
  addJsonOption(command);
  return command.action(async (who: string, options: UpdateOptions) => {
    const body = {
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.role !== undefined ? { role: options.role } : {}),
      ...(options.active !== undefined ? { active: options.active } : {}),
    };
    if (Object.keys(body).length === 0)
      throw CliError.usage('give --name, --role, --active or --no-active');
    await updateUser(io, who, body, options.json);
  });
}

export function userDeactivateCommand(io: CliIo): Command {
  const command = new Command('deactivate')
    .description('deactivate an account: sessions and tokens stop at once, data stays')
    .argument('<user>', 'id or e-mail');
  addJsonOption(command);
  return command.action((who: string, options: { json?: boolean }) =>
    updateUser(io, who, { active: false }, options.json),
  );
}
