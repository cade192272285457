import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function taskAssignCommand(io: CliIo): Command {
  const command = new Command('assign')
    .description('assign a person to a task (levelling and the resource view use it)')
    .argument('<task>', 'task id')
    .requiredOption('--person <id-or-email>', "the person's user id or e-mail address")
    .addOption(
      new Option('--units <units>', 'share of their time: 1 = all of it, 0.5 = half').default('1'),
    )
    .option(
      '--confirm-over-allocation',
      'save even if it over-books the person (otherwise the weeks are listed and nothing is saved)',
    );
  addJsonOption(command);
  return command.action(
    async (
      task: string,
      options: {
        person: string;
        units: string;
        json?: boolean;
        confirmOverAllocation?: boolean;
      },
    ) => {
      const units = Number(options.units);
      if (!Number.isFinite(units) || units <= 0 || units > 2)
        throw CliError.usage(
          `units: must be a number above 0 and at most 2, not "${options.units}"`,
        );
      const { url, client } = await connect(io);
      let userId = options.person;
      if (!UUID.test(userId)) {
        const users = await call(url, client.GET('/api/users'));
        const match = users.items.find(
          (u) => u.email.toLowerCase() === options.person.toLowerCase(),
        );
        if (!match) throw CliError.usage(`person: nobody has the e-mail address ${options.person}`);
        userId = match.id;
      }
      const assignment = await call(
        url,
        client.POST('/api/tasks/{id}/assignments', {
          params: { path: { id: task } },
          body: {
            userId,
            units,
            ...(options.confirmOverAllocation ? { confirmOverAllocation: true } : {}),
          },
        }),
      );
      if (options.json) return printJson(io, assignment);
      io.out(`Assigned ${assignment.userName} to task ${task} at ${assignment.units} units\n`);
    },
  );
}
