import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable, type Column } from '../../output.js';

type MemberList =
  paths['/api/programs/{id}/members']['get']['responses'][200]['content']['application/json'];
type MemberRow = MemberList['items'][number];

const COLUMNS: readonly Column<MemberRow>[] = [
  { header: 'USER ID', value: (m) => m.userId },
  { header: 'NAME', value: (m) => m.name, maxWidth: 32 },
  { header: 'EMAIL', value: (m) => m.email, maxWidth: 40 },
  { header: 'ACCOUNT', value: (m) => m.accountRole },
  { header: 'MEMBERSHIP', value: (m) => m.role },
];

/** What the caller may do, in the words of the web page's note. */
function youLine({ you }: MemberList): string {
  const may = [
    you.canEdit ? 'edit' : 'read only',
    ...(you.canManageMembers ? ['manage members'] : []),
    ...(you.canSeeMoney ? ['see budgets and costs'] : []),
    ...(you.canReadAudit ? ['read the audit log'] : []),
  ];
  return `You: ${you.membership ?? 'not a member'} (${may.join(', ')})\n`;
}

export function programMembersCommand(io: CliIo): Command {
  const command = new Command('members')
    .description("list a program's owners, editors and viewers, and what you may do with it")
    .argument('<id>', 'program id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/members', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, list);
    io.out(list.items.length > 0 ? renderTable(COLUMNS, list.items) : 'No members.\n');
    io.out(youLine(list));
  });
}
