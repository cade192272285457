import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import type { UserRow } from './find-user.js';

const COLUMNS: readonly Column<UserRow>[] = [
  { header: 'ID', value: (u) => u.id },
  { header: 'NAME', value: (u) => u.name, maxWidth: 28 },
  { header: 'E-MAIL', value: (u) => u.email, maxWidth: 36 },
  { header: 'ROLE', value: (u) => u.role },
  { header: 'ACTIVE', value: (u) => (u.active ? 'yes' : 'no') },
  { header: 'LAST SIGN-IN', value: (u) => orDash(u.lastSignInAt?.slice(0, 16).replace('T', ' ')) },
];

export function userListCommand(io: CliIo): Command {
  const command = new Command('list').description('accounts with their role and whether active');
  addJsonOption(command);
  return command.action(async (options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/users'));
    if (options.json) return printJson(io, list);
    io.out(renderTable(COLUMNS, list.items));
  });
}
