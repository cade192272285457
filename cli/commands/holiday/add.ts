import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';

export function holidayAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a holiday: no calendar works that day')
    .requiredOption('--day <date>', 'the day, YYYY-MM-DD')
    .requiredOption('--name <text>', 'what it is called');
  addJsonOption(command);
  return command.action(async (options: { day: string; name: string; json?: boolean }) => {
    const { url, client } = await connect(io);
    const holiday = await call(
      url,
      client.POST('/api/holidays', { body: { day: options.day, name: options.name } }),
    );
    if (options.json) return printJson(io, holiday);
    io.out(`Added holiday "${holiday.name}" on ${holiday.day} (${holiday.id})\n`);
  });
}
