import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';
import { scopeText, whenText } from './review-format.js';

export function reviewShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('a review: its programs, when it meets, its next occurrences')
    .argument('<id>', 'review id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const r = await call(url, client.GET('/api/reviews/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, r);
    const next = await call(
      url,
      client.GET('/api/reviews/{id}/occurrences', {
        params: { path: { id }, query: { limit: 5 } },
      }),
    );
    io.out(
      renderFields([
        ['Review', `${r.title} (${r.id})`],
        ['Programs', scopeText(r)],
        ['Starts on', r.startsOn],
        ['When', whenText(r)],
        ['Duration', r.durationMinutes === null ? '-' : `${r.durationMinutes} min`],
        ['Participants', orDash(r.participants.map((p) => p.name).join(', '))],
        ['Next', orDash(next.items.join(', '))],
        ['Version', String(r.version)],
      ]),
    );
  });
}
