import type { Command } from 'commander';
import { deleteCommand } from '../../delete-command.js';
import type { CliIo } from '../../io.js';
import { findCriterion } from './find-criterion.js';
import { milestoneOption } from './update.js';

export function criterionDeleteCommand(io: CliIo): Command {
  return deleteCommand(io, {
    noun: 'criterion',
    consequence: 'Its milestone stays.',
    async read(connection, id, options) {
      const milestoneId = options.milestone as string | undefined;
      const { criterion, milestone } = await findCriterion(connection, id, milestoneId);
      return {
        what: `success criterion "${criterion.description}" of milestone "${milestone.name}" (${id})`,
        version: criterion.version,
      };
    },
    remove: ({ client }, id, version) =>
      client.DELETE('/api/criteria/{id}', { params: { path: { id }, query: { version } } }),
  }).addOption(milestoneOption());
}
