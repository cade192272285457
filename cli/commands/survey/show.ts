import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

export function surveyShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('show one survey and its questions')
    .argument('<id>', 'survey id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const s = await call(url, client.GET('/api/surveys/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, s);
    io.out(
      renderFields([
        ['Survey', `${s.title} (${s.id})`],
        ['Program', s.programId ? `${s.programName} (${s.programId})` : '-'],
        ['Anonymous', s.anonymous ? 'yes' : 'no'],
        ['Sending', s.sendTrigger],
        ['Recipients', orDash(s.recipients.join(', ') || null)],
        ['Invited', String(s.invited)],
        ['Responses', String(s.responses)],
        ['Version', String(s.version)],
      ]),
    );
    io.out('\nQuestions:\n');
    for (const q of s.questions)
      io.out(
        `  ${q.id}: ${q.text} (${q.kind === 'scale' ? `${q.min}–${q.max}` : 'text'}${q.required ? ', required' : ''})\n`,
      );
  });
}
