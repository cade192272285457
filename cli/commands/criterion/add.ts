import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import {
  addCriterionFieldOptions,
  criterionFields,
  stateInWords,
  type CriterionFlagValues,
} from './criterion-flags.js';

export function criterionAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a success criterion to a milestone')
    .argument('<milestone-id>', 'milestone id');
  addCriterionFieldOptions(command, true);
  addJsonOption(command);
  return command.action(
    async (
      milestoneId: string,
      options: CriterionFlagValues & { description: string; json?: boolean },
    ) => {
      const fields = criterionFields(options);
      const { url, client } = await connect(io);
      const criterion = await call(
        url,
        client.POST('/api/milestones/{id}/criteria', {
          params: { path: { id: milestoneId } },
          body: { ...fields, description: options.description },
        }),
      );
      if (options.json) return printJson(io, criterion);
      io.out(
        `Added success criterion "${criterion.description}" (${criterion.id}), ${stateInWords(criterion.state)}\n`,
      );
    },
  );
}
