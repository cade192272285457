import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

/**
 * Sets the day up to which a program reports its work (`today` goes back to
 * today on the program's clock). Reads the version just before writing, as
 * `task update` does without --version.
 */
export function programStatusDateCommand(io: CliIo): Command {
  const command = new Command('status-date')
    .description("set a program's status date: the first day not yet reported")
    .argument('<id>', 'program id')
    .argument('<date>', 'YYYY-MM-DD, or "today" for today on the program\'s clock');
  addJsonOption(command);
  return command.action(async (id: string, date: string, options: { json?: boolean }) => {
    if (date !== 'today' && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw CliError.usage(`date: must be YYYY-MM-DD or "today", got "${date}"`);
    const { url, client } = await connect(io);
    const path = { params: { path: { id } } };
    const { version } = await call(url, client.GET('/api/programs/{id}', path));
    const program = await call(
      url,
      client.PATCH('/api/programs/{id}', {
        ...path,
        body: { statusDate: date === 'today' ? null : date, version },
      }),
    );
    if (options.json) return printJson(io, program);
    io.out(
      `Status date of "${program.name}" is ${program.statusDate ?? "today on the program's clock"}\n`,
    );
  });
}
