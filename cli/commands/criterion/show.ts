import { Command } from 'commander';
import { connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';
import { stateInWords } from './criterion-flags.js';
import { findCriterion } from './find-criterion.js';

/** `--json` prints the criterion as the API answers it (GET /api/criteria/:id). */
export function criterionShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('one success criterion with its milestone')
    .argument('<id>', 'criterion id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { criterion, milestone } = await findCriterion(await connect(io), id, undefined);
    if (options.json) return printJson(io, criterion);
    io.out(
      renderFields([
        ['Criterion', `${criterion.description} (${criterion.id})`],
        ['State', stateInWords(criterion.state)],
        ['Evidence', orDash(criterion.evidenceUrl)],
        ['Milestone', `${milestone.name} (${milestone.id}), ${milestone.state}`],
        ['Version', String(criterion.version)],
      ]),
    );
  });
}
