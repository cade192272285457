import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';

type DependencyRow =
  paths['/api/external-dependencies']['get']['responses'][200]['content']['application/json']['items'][number];

export const EXTERNAL_DEPENDENCY_COLUMNS: readonly Column<DependencyRow>[] = [
  { header: 'ID', value: (d) => d.id },
  { header: 'PROGRAM', value: (d) => d.programName, maxWidth: 24 },
  { header: 'TITLE', value: (d) => d.title, maxWidth: 40 },
  { header: 'KIND', value: (d) => d.kind },
  { header: 'PARTY', value: (d) => orDash(d.party || d.teamName), maxWidth: 24 },
  { header: 'NEED BY', value: (d) => orDash(d.needByDate) },
  { header: 'STATUS', value: (d) => d.status },
  { header: 'OWNER', value: (d) => orDash(d.ownerName) },
];

/** One program's external dependencies with --program, otherwise every program's one can see. */
export function externalDependencyListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description('external dependencies of a program (--program), or of every program you can see')
    .option('--program <id>', 'program id')
    .option('--status <status>', 'pending, committed, at_risk, delivered or missed')
    .option('--owner <id>', 'only those of this owner (user id)');
  addJsonOption(command);
  return command.action(
    async (options: { program?: string; status?: string; owner?: string; json?: boolean }) => {
      const { url, client } = await connect(io);
      const query = {
        ...(options.status ? { status: options.status as DependencyRow['status'] } : {}),
        ...(options.owner ? { ownerId: options.owner } : {}),
      };
      const list = options.program
        ? await call(
            url,
            client.GET('/api/programs/{id}/external-dependencies', {
              params: { path: { id: options.program }, query },
            }),
          )
        : await call(url, client.GET('/api/external-dependencies', { params: { query } }));
      if (options.json) return printJson(io, list);
      if (list.items.length === 0) return io.out('No external dependencies.\n');
      io.out(renderTable(EXTERNAL_DEPENDENCY_COLUMNS, list.items));
    },
  );
}
