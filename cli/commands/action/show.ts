import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

/** One action item; `--json` prints it as the API returns it. */
export function actionShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one action item')
    .argument('<id>', 'action item id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const item = await call(
      url,
      client.GET('/api/action-items/{id}', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, item);
    io.out(
      renderFields([
        ['Action item', `${item.title} (${item.id})`],
        ['Program', item.programId ? `${item.programName} (${item.programId})` : 'portfolio'],
        ['Owner', `${item.ownerName} (${item.ownerId})`],
        ['Status', item.overdue ? 'open, overdue' : item.status],
        ['Due', orDash(item.dueDate)],
        ['Completed', orDash(item.completedAt)],
        ['Source', item.sourceId ? `${item.sourceKind} ${item.sourceId}` : item.sourceKind],
        ['Version', String(item.version)],
      ]),
    );
    if (item.notes) io.out(`\n${item.notes}\n`);
  });
}
