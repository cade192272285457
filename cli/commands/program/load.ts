import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable } from '../../output.js';

export function programLoadCommand(io: CliIo): Command {
  const command = new Command('load')
    .description(
      'load per person per week against capacity, other programs included (percent; * marks an over-booked week)',
    )
    .argument('<program>', 'program id');
  addJsonOption(command);
  return command.action(async (programId: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const load = await call(
      url,
      client.GET('/api/programs/{id}/resource-load', { params: { path: { id: programId } } }),
    );
    if (options.json) return printJson(io, load);
    if (load.people.length === 0) return io.out('Nobody is assigned to this program’s tasks.\n');
    io.out(
      renderTable(
        [
          { header: 'Person', value: (p) => p.name, maxWidth: 30 },
          ...load.weekStarts.map((week, k) => ({
            header: week.slice(5),
            value: (p: (typeof load.people)[number]) => {
              const w = p.weeks[k]!;
              if (w.totalLoadHours === 0) return '-';
              // Everything the person carries, other programs included: what over-books them.
              const percent =
                w.capacityHours > 0
                  ? `${Math.round((w.totalLoadHours / w.capacityHours) * 100)}%`
                  : 'off';
              return w.overAllocated ? `${percent}*` : percent;
            },
          })),
        ],
        load.people,
      ),
    );
    io.out(`Over-booked person-weeks: ${load.overAllocatedWeeks}\n`);
  });
}
