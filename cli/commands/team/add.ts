import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { formatWeekdays, parseWeekdays } from './weekdays.js';

type TeamBody = paths['/api/teams']['post']['requestBody']['content']['application/json'];

/** The day a new team works when nothing is said: the server's own default (migration 0005). */
const STANDARD_DAY = { timeZone: 'America/Los_Angeles', start: '08:00', end: '16:00' };
const STANDARD_DAYS = [1, 2, 3, 4, 5];

interface AddOptions {
  name?: string;
  description?: string;
  timeZone?: string;
  start?: string;
  end?: string;
  days?: string;
  json?: boolean;
}

/** `waymark team add --name N [--time-zone Z] [--start HH:MM] [--end HH:MM] [--days mon,…]`. */
export function teamAddCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('create a team (names are unique); hours not given are 08:00-16:00 Mon-Fri')
    .addOption(new Option('--name <text>', 'the team name (required)'))
    .addOption(new Option('--description <text>', 'what the team does'))
    .addOption(
      new Option(
        '--time-zone <zone>',
        'IANA time zone, e.g. Europe/Berlin (default America/Los_Angeles)',
      ),
    )
    .addOption(new Option('--start <HH:MM>', 'start of the working day'))
    .addOption(new Option('--end <HH:MM>', 'end of the working day (24:00 = midnight)'))
    .addOption(new Option('--days <list>', 'working days, e.g. mon,tue,wed,thu or 1,2,3,4'));
  addJsonOption(command);
  return command.action(async (options: AddOptions) => {
    if (options.name === undefined) throw CliError.usage('name: required');
    const days = options.days === undefined ? undefined : parseWeekdays(options.days);
    if (days === null)
      throw CliError.usage('days: use names (mon,tue) or numbers 1-7 (1 = Monday)');
    const body: TeamBody = { name: options.name };
    if (options.description !== undefined) body.description = options.description;
    if ([options.timeZone, options.start, options.end, days].some((v) => v !== undefined))
      body.workingHours = {
        timeZone: options.timeZone ?? STANDARD_DAY.timeZone,
        start: options.start ?? STANDARD_DAY.start,
        end: options.end ?? STANDARD_DAY.end,
        days: days ?? STANDARD_DAYS,
      };
    const { url, client } = await connect(io);
    const team = await call(url, client.POST('/api/teams', { body }));
    if (options.json) return printJson(io, team);
    const h = team.workingHours;
    io.out(
      `Added team "${team.name}" (${team.id}): works ${formatWeekdays(h.days)} ${h.start}-${h.end} (${h.timeZone})\n`,
    );
  });
}
