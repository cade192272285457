import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderTable } from '../../output.js';

export function postMortemTimelineCommand(io: CliIo): Command {
  const command = new Command('timeline')
    .description(
      'what happened to the program, in time order (as stored when published; live for a draft)',
    )
    .argument('<id>', 'post-mortem id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const timeline = await call(
      url,
      client.GET('/api/post-mortems/{id}/timeline', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, timeline);
    if (timeline.events.length === 0) return io.out('Nothing happened yet.\n');
    io.out(
      renderTable(
        [
          { header: 'WHEN', value: (e) => e.at.slice(0, 16).replace('T', ' ') },
          { header: 'KIND', value: (e) => e.kind.replace(/_/g, ' ') },
          { header: 'WHAT', value: (e) => e.title, maxWidth: 60 },
        ],
        timeline.events,
      ),
    );
    if (!timeline.snapshot)
      io.out('(Live: the timeline is stored when the post-mortem is published.)\n');
  });
}
