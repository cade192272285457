import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson, renderFields } from '../../output.js';

const percent = (share: number | null) => (share === null ? '-' : `${Math.round(share * 100)}%`);

export function surveyResultsCommand(io: CliIo): Command {
  const command = new Command('results')
    .description('responses, response rate, each question’s distribution and mean, comments')
    .argument('<id>', 'survey id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const r = await call(
      url,
      client.GET('/api/surveys/{id}/results', { params: { path: { id } } }),
    );
    if (options.json) return printJson(io, r);
    io.out(
      renderFields([
        ['Survey', r.title],
        ['Responses', `${r.responses} of ${r.invited} invited (${percent(r.responseRate)})`],
      ]),
    );
    for (const q of r.questions) {
      io.out(`\n${q.id}: ${q.text}\n`);
      if (q.kind === 'scale') {
        io.out(
          `  mean ${q.mean === null ? '-' : q.mean.toFixed(2)} from ${q.answered} ${q.answered === 1 ? 'answer' : 'answers'}\n`,
        );
        for (const d of q.distribution) io.out(`  ${String(d.value).padStart(2)}  ${d.count}\n`);
      } else for (const t of q.texts) io.out(`  - ${t}\n`);
    }
    if (r.comments.length) {
      io.out('\nComments:\n');
      for (const c of r.comments) io.out(`  - ${c.text}${c.email ? ` (${c.email})` : ''}\n`);
    }
  });
}
