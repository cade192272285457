import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/** `waymark request wait ID [--note …]` pauses the SLA clocks while the team waits on the requester; `--resume` restarts them. */
export function requestWaitCommand(io: CliIo): Command {
  const command = new Command('wait')
    .description('wait on the requester (the SLA clocks pause); --resume restarts them')
    .argument('<id>', 'request id')
    .option('--resume', 'stop waiting: the clocks run again')
    .option('--note <text>', 'what the team waits for (shown in the history)');
  addJsonOption(command);
  return command.action(
    async (id: string, options: { resume?: boolean; note?: string; json?: boolean }) => {
      const { url, client } = await connect(io);
      const path = { params: { path: { id } } };
      const { request } = await call(url, client.GET('/api/requests/{id}', path));
      const updated = await call(
        url,
        client.POST('/api/requests/{id}/waiting', {
          ...path,
          body: {
            waiting: !options.resume,
            version: request.version,
            ...(options.note ? { note: options.note } : {}),
          },
        }),
      );
      if (options.json) return printJson(io, updated);
      io.out(
        updated.waitingOnRequester
          ? `Request #${updated.number} waits on the requester; its SLA clocks are paused\n`
          : `Request #${updated.number}: SLA clocks running again, first response due ${updated.firstResponse.dueAt ?? '-'}\n`,
      );
    },
  );
}
