import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type AuditQuery = NonNullable<paths['/api/audit']['get']['parameters']['query']>;
type AuditRow =
  paths['/api/audit']['get']['responses'][200]['content']['application/json']['items'][number];

interface ListOptions {
  entityType?: string;
  entityId?: string;
  actor?: string;
  program?: string;
  from?: string;
  to?: string;
  limit?: string;
  before?: string;
  json?: boolean;
}

const COLUMNS: readonly Column<AuditRow>[] = [
  { header: 'ID', value: (e) => e.id },
  { header: 'AT (UTC)', value: (e) => e.at.slice(0, 19).replace('T', ' ') },
  {
    header: 'ACTOR',
    value: (e) => e.actorEmail ?? (e.actorId ? e.actorId : 'system'),
    maxWidth: 32,
  },
  { header: 'ACTION', value: (e) => e.action },
  { header: 'ENTITY', value: (e) => `${e.entityType} ${e.entityId}`, maxWidth: 60 },
  { header: 'PROGRAM', value: (e) => orDash(e.programId) },
];

/** A bare day means its start in UTC, so `--from 2026-12-01 --to 2026-12-02` is one day. */
function instant(flag: string, text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return text;
  throw CliError.usage(
    `${flag}: give a day (2026-12-01) or an instant with its zone (2026-12-01T09:30:00Z)`,
  );
}

/**
 * `waymark audit list [--entity-type T] [--entity-id ID] [--actor USER] [--program ID]
 * [--from WHEN] [--to WHEN]`: the audit log, newest first (admins).
 */
export function auditListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('the audit log, newest first (admins only)')
    .addOption(new Option('--entity-type <type>', 'e.g. program, task, user'))
    .addOption(new Option('--entity-id <id>', 'one entity'))
    .addOption(new Option('--actor <userId>', 'events by this user'))
    .addOption(new Option('--program <id>', 'events of this program and everything under it'))
    .addOption(new Option('--from <when>', 'at or after this day (UTC) or instant'))
    .addOption(new Option('--to <when>', 'before this day (UTC) or instant'))
    .addOption(new Option('--limit <n>', 'events per page (1-500)').default('50'))
    .addOption(new Option('--before <id>', 'events older than this id (the next page)'));
  addJsonOption(command);
  return command.action(async (options: ListOptions) => {
    const limit = Number(options.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 500)
      throw CliError.usage('limit: give a whole number from 1 to 500');
    const query: AuditQuery = {
      entityType: options.entityType,
      entityId: options.entityId,
      actorId: options.actor,
      programId: options.program,
      from: instant('from', options.from),
      to: instant('to', options.to),
      before: options.before,
      limit,
    };
    const { url, client } = await connect(io);
    const list = await call(url, client.GET('/api/audit', { params: { query } }));
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) return io.out('No audit events.\n');
    io.out(renderTable(COLUMNS, list.items));
    if (list.items.length === limit)
      io.out(`More: waymark audit list --before ${list.items.at(-1)!.id} (same filters)\n`);
  });
}
