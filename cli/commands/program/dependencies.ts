import { Command } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { EXTERNAL_DEPENDENCY_COLUMNS } from '../external-dependency/list.js';

type LinkRow =
  paths['/api/programs/{id}/raid-dependencies']['get']['responses'][200]['content']['application/json']['crossProgram'][number];

const LINK_COLUMNS: readonly Column<LinkRow>[] = [
  { header: 'DIRECTION', value: (l) => l.direction },
  { header: 'OTHER PROGRAM', value: (l) => l.otherProgramName, maxWidth: 24 },
  { header: 'THEIR ITEM', value: (l) => l.otherItemName, maxWidth: 30 },
  { header: 'OUR ITEM', value: (l) => l.itemName, maxWidth: 30 },
  { header: 'TYPE', value: (l) => l.type },
  { header: 'LAG MIN', value: (l) => String(l.lagMinutes) },
  { header: 'THEIR FINISH', value: (l) => orDash(l.otherItemFinish) },
];

/** `waymark program dependencies ID`: the RAID log's "D", links to other programs and outside ones. */
export function programDependenciesCommand(io: CliIo): Command {
  const command = new Command('dependencies')
    .description("a program's dependencies: plan links to other programs, and external ones")
    .argument('<id>', 'program id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const view = await call(
      url,
      client.GET('/api/programs/{id}/raid-dependencies', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, view);
    io.out('Cross-program links\n');
    io.out(view.crossProgram.length ? renderTable(LINK_COLUMNS, view.crossProgram) : 'None.\n');
    io.out('\nExternal dependencies\n');
    io.out(
      view.external.length ? renderTable(EXTERNAL_DEPENDENCY_COLUMNS, view.external) : 'None.\n',
    );
  });
}
