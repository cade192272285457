import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/**
 * Marks a milestone achieved, now or at `--at`. With success criteria not met
 * the API refuses (409 unmet_criteria) unless --confirm-unmet-criteria is given;
 * the override is audited.
 */
export function milestoneAchieveCommand(io: CliIo): Command {
  const command = new Command('achieve')
    .description('mark a milestone achieved')
    .argument('<id>', 'milestone id')
    .option('--at <datetime>', "when, YYYY-MM-DDTHH:MM:SS on the program's clock (default: now)")
    .option('--confirm-unmet-criteria', 'mark it achieved although success criteria are unmet');
  addJsonOption(command);
  return command.action(
    async (
      id: string,
      options: { at?: string; confirmUnmetCriteria?: boolean; json?: boolean },
    ) => {
      const { url, client } = await connect(io);
      const path = { params: { path: { id } } };
      const { version } = await call(url, client.GET('/api/milestones/{id}', path));
      const milestone = await call(
        url,
        client.PATCH('/api/milestones/{id}', {
          ...path,
          body: {
            state: 'achieved',
            ...(options.at ? { achievedAt: options.at } : {}),
            ...(options.confirmUnmetCriteria ? { confirmUnmetCriteria: true } : {}),
            version,
          },
        }),
      );
      if (options.json) return printJson(io, milestone);
      io.out(`Milestone "${milestone.name}" achieved ${milestone.achievedAt ?? ''}\n`);
    },
  );
}
