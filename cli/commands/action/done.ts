import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';

/** Marks an item done (its owner may, even without the right to change the program). */
export function actionDoneCommand(io: CliIo): Command {
  const command = new Command('done')
    .description('mark an action item done')
    .argument('<id>', 'action item id');
  addVersionOption(command);
  addJsonOption(command);
  return command.action(async (id: string, options: Record<string, unknown>) => {
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const current = await call(url, client.GET('/api/action-items/{id}', path));
    const version = versionToSend(options, current.version);
    const item = await writeAtVersion(
      url,
      client.PATCH('/api/action-items/{id}', { ...path, body: { status: 'done', version } }),
      { what: `action item "${current.title}" (${id})`, sentVersion: version },
    );
    if (options.json) return printJson(io, item);
    io.out(`Done: "${item.title}" (${item.id})\n`);
  });
}
