import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

type Item = { text: string; category?: string | null };
const bullet = (i: Item) => `  - ${i.category ? `[${i.category}] ` : ''}${i.text}\n`;

/** One post-mortem with every section; `--json` prints it as the API returns it. */
export function postMortemShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one post-mortem, section by section')
    .argument('<id>', 'post-mortem id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const pm = await call(url, client.GET('/api/post-mortems/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, pm);
    io.out(
      renderFields([
        ['Post-mortem', `${pm.title} (${pm.id})`],
        ['Program', `${pm.programName} (${pm.programId})`],
        ['Status', pm.status],
        ['Period', `${pm.periodFrom} to ${pm.periodTo}`],
        ['Facilitator', orDash(pm.facilitatorName)],
        ['Participants', orDash(pm.participants.map((p) => p.name).join(', '))],
        ['Published', orDash(pm.publishedAt)],
        ['Version', String(pm.version)],
      ]),
    );
    const bound: Record<string, Item[]> = {
      wentWell: pm.wentWell,
      didNotGoWell: pm.didNotGoWell,
      rootCauses: pm.rootCauses,
    };
    for (const section of pm.sections) {
      io.out(`\n${section.title}\n`);
      const items = bound[section.id] ?? section.items;
      if (section.kind === 'text') io.out(`  ${section.text ?? '-'}\n`);
      else if (items.length === 0) io.out('  -\n');
      else for (const item of items) io.out(bullet(item));
    }
  });
}
