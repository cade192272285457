import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable } from '../../output.js';

export function programLevelCommand(io: CliIo): Command {
  const command = new Command('level')
    .description("level the program's schedule against people's capacity, and list what moved")
    .argument('<program>', 'program id')
    .addOption(
      new Option(
        '--mode <mode>',
        'within_slack: finish never moves; beyond_slack; none: stop levelling',
      )
        .choices(['within_slack', 'beyond_slack', 'none'])
        .default('beyond_slack'),
    );
  addJsonOption(command);
  return command.action(async (programId: string, options: { mode: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const program = await call(
      url,
      client.GET('/api/programs/{id}', { params: { path: { id: programId } } }),
    );
    const schedule = await call(
      url,
      client.POST('/api/programs/{id}/schedule/level', {
        params: { path: { id: programId } },
        body: {
          mode: options.mode as 'within_slack' | 'beyond_slack' | 'none',
          version: program.version,
        },
      }),
    );
    if (options.json) return printJson(io, schedule);
    const names = new Map(schedule.items.map((i) => [i.id, i.name]));
    const levelling = schedule.levelling;
    io.out(`Program finish: ${schedule.finish} (levelling: ${levelling?.mode ?? 'none'})\n`);
    if (!levelling) return;
    if (levelling.delays.length === 0) io.out('No task had to move.\n');
    else
      io.out(
        renderTable(
          [
            { header: 'Task', value: (d) => names.get(d.itemId) ?? d.itemId, maxWidth: 40 },
            { header: 'Was', value: (d) => d.unlevelledStart },
            { header: 'Now', value: (d) => d.levelledStart },
            { header: 'Because of', value: (d) => d.resourceName },
          ],
          levelling.delays,
        ),
      );
    for (const u of levelling.unresolved)
      io.out(`Still over-booked: ${names.get(u.itemId) ?? u.itemId}: ${u.reason}\n`);
  });
}
