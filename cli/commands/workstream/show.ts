import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderFields } from '../../output.js';
import { leadNames, leadOf } from './lead-names.js';

/** One workstream and how much of the plan is in it; `--json` prints the workstream as the API returns it. */
export function workstreamShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show a workstream and the milestones and tasks in it')
    .argument('<id>', 'workstream id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const connection = await connect(io);
    const { url, client } = connection;
    const workstream = await call(
      url,
      client.GET('/api/workstreams/{id}', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, workstream);
    const [plan, names] = await Promise.all([
      call(
        url,
        client.GET('/api/programs/{id}/plan', {
          params: { path: { id: workstream.programId } },
        }),
      ),
      leadNames(connection),
    ]);
    const inIt = <T extends { workstreamId: string | null }>(items: T[]) =>
      items.filter((item) => item.workstreamId === id).length;
    io.out(
      renderFields([
        ['Workstream', `${workstream.name} (${workstream.id})`],
        ['Program', `${plan.program.name} (${workstream.programId})`],
        ['Lead', leadOf(names, workstream.leadId)],
        ['Milestones', String(inIt(plan.milestones))],
        ['Tasks', String(inIt(plan.tasks))],
        ['Sort order', String(workstream.sortOrder)],
        ['Version', String(workstream.version)],
      ]),
    );
    if (workstream.description) io.out(`\n${workstream.description}\n`);
  });
}
