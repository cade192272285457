import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderTable, type Column } from '../../output.js';
import { stateInWords } from './criterion-flags.js';
import type { Criterion } from './find-criterion.js';

const COLUMNS: readonly Column<Criterion>[] = [
  { header: 'ID', value: (c) => c.id },
  { header: 'STATE', value: (c) => stateInWords(c.state) },
  { header: 'DESCRIPTION', value: (c) => c.description, maxWidth: 60 },
  { header: 'EVIDENCE', value: (c) => orDash(c.evidenceUrl), maxWidth: 60 },
];

/** `--json` prints the criteria as the milestone carries them: `{ items: [...] }`. */
export function criterionListCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("list a milestone's success criteria")
    .argument('<milestone-id>', 'milestone id');
  addJsonOption(command);
  return command.action(async (milestoneId: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const milestone = await call(
      url,
      client.GET('/api/milestones/{id}', { params: { path: { id: milestoneId } } }),
    );
    if (options.json) return printJson(io, { items: milestone.criteria });
    io.out(`Milestone "${milestone.name}" (${milestone.id}), ${milestone.state}\n`);
    io.out(
      milestone.criteria.length > 0
        ? renderTable(COLUMNS, milestone.criteria)
        : 'No success criteria.\n',
    );
  });
}
