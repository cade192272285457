import { Command, Option } from 'commander';
import { connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';
import {
  addCriterionFieldOptions,
  criterionFields,
  stateInWords,
  type CriterionFlagValues,
} from './criterion-flags.js';
import { findCriterion } from './find-criterion.js';

export const milestoneOption = () =>
  new Option(
    '--milestone <id>',
    'the milestone it belongs to: refused if the criterion belongs to another one',
  );

export function criterionUpdateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description('change a success criterion, e.g. --met --evidence-url https://…')
    .argument('<id>', 'criterion id');
  addCriterionFieldOptions(command, false);
  command.addOption(milestoneOption());
  addVersionOption(command);
  addJsonOption(command);
  return command.action(
    async (
      id: string,
      options: CriterionFlagValues & { milestone?: string; version?: string; json?: boolean },
    ) => {
      const fields = criterionFields(options);
      if (Object.keys(fields).length === 0)
        throw CliError.usage(
          'Nothing to change: give at least one of --description, --met, --not-met, --pending, --state, --evidence-url',
        );
      const connection = await connect(io);
      const { criterion: current } = await findCriterion(connection, id, options.milestone);
      const version = versionToSend(options, current.version);
      const criterion = await writeAtVersion(
        connection.url,
        connection.client.PATCH('/api/criteria/{id}', {
          params: { path: { id } },
          body: { ...fields, version },
        }),
        { what: `success criterion "${current.description}" (${id})`, sentVersion: version },
      );
      if (options.json) return printJson(io, criterion);
      io.out(
        `Updated success criterion "${criterion.description}" (${criterion.id}): ${stateInWords(criterion.state)}, now version ${criterion.version}\n`,
      );
    },
  );
}
