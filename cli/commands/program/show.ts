import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

function money(cents: number | null, currency: string): string {
  return cents === null ? '-' : `${(cents / 100).toFixed(2)} ${currency}`;
}

/**
 * One program and how much is planned under it. `--json` prints the program as
 * GET /api/programs/{id} returns it; the counts come from the plan, which a
 * script can fetch itself.
 */
export function programShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show a program and the size of its plan')
    .argument('<id>', 'program id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const params = { params: { path: { id } } };
    if (options.json)
      return printJson(io, await call(url, client.GET('/api/programs/{id}', params)));
    const [program, plan] = await Promise.all([
      call(url, client.GET('/api/programs/{id}', params)),
      call(url, client.GET('/api/programs/{id}/plan', params)),
    ]);
    io.out(
      renderFields([
        ['Program', `${program.name} (${program.id})`],
        ['Status', `${program.status}, health ${program.health}`],
        ['Owner', orDash(program.ownerName)],
        ['Sponsor', orDash(program.sponsor)],
        ['Dates', `${orDash(program.startDate)} to ${orDash(program.targetDate)}`],
        ['Budget', money(program.budgetCents, program.currency)],
        ['Visibility', program.visibility === 'members' ? 'members only' : 'organization'],
        ['Workstreams', String(plan.workstreams.length)],
        ['Milestones', String(plan.milestones.length)],
        [
          'Tasks',
          `${plan.tasks.length} (${plan.tasks.filter((t) => t.state === 'done').length} done)`,
        ],
        ['Dependencies', String(plan.dependencies.length)],
        ['Version', String(program.version)],
      ]),
    );
    if (program.summary) io.out(`\n${program.summary}\n`);
  });
}
