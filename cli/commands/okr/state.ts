import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { percent } from './okr-format.js';

/** `okr commit` and `okr grade`: the state changes of an objective. */
export function okrStateCommand(io: CliIo, step: 'commit' | 'grade'): Command {
  const command = new Command(step)
    .description(
      step === 'commit'
        ? 'commit a draft objective for its period'
        : 'grade an objective once its period has ended (it becomes read-only)',
    )
    .argument('<id>', 'objective id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const path = step === 'commit' ? '/api/objectives/{id}/commit' : '/api/objectives/{id}/grade';
    const o = await call(url, client.POST(path, { params: { path: { id } }, body: {} }));
    if (options.json) return printJson(io, o);
    io.out(
      step === 'commit' ? `Committed "${o.title}"\n` : `Graded "${o.title}": ${percent(o.grade)}\n`,
    );
  });
}
