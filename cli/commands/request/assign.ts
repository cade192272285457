import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/**
 * `waymark request assign ID --to USER_ID|top`: `top` takes the first of a
 * fresh routing suggestion, which is kept with the choice like a click in the web UI.
 */
export function requestAssignCommand(io: CliIo): Command {
  const command = new Command('assign')
    .description('assign a TPM (managers); --to top takes the best routing suggestion')
    .argument('<id>', 'request id')
    .requiredOption('--to <user>', 'user id, or "top"');
  addJsonOption(command);
  return command.action(async (id: string, options: { to: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const suggestion = await call(url, client.POST('/api/requests/{id}/routing-suggestions', path));
    const assigneeId = options.to === 'top' ? suggestion.candidates[0]?.personId : options.to;
    if (!assigneeId) throw CliError.usage('to: there is no TPM to suggest');
    const { request } = await call(url, client.GET('/api/requests/{id}', path));
    const updated = await call(
      url,
      client.POST('/api/requests/{id}/assign', {
        ...path,
        body: { assigneeId, suggestionId: suggestion.id, version: request.version },
      }),
    );
    if (options.json) return printJson(io, updated);
    const rank = suggestion.candidates.findIndex((c) => c.personId === assigneeId);
    io.out(
      `Request #${updated.number} assigned to ${updated.assigneeName}${rank >= 0 ? ` (suggestion ${rank + 1} of ${suggestion.candidates.length})` : ''}\n`,
    );
  });
}
