import { Command, Option } from 'commander';
import { call, connect } from '../../connection.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, printJson } from '../../output.js';
import { formatWeekdays, parseWeekdays } from './weekdays.js';

interface HoursOptions {
  timeZone?: string;
  start?: string;
  end?: string;
  days?: string;
  json?: boolean;
}

/**
 * `waymark team hours ID [--time-zone Z] [--start HH:MM] [--end HH:MM] [--days mon,tue,…]`:
 * changes what is given and keeps the rest; schedules of the team's tasks follow.
 */
export function teamHoursCommand(io: CliIo): Command {
  const command = new Command('hours')
    .description("change a team's working hours (what is not given stays as it is)")
    .argument('<id>', 'team id')
    .addOption(new Option('--time-zone <zone>', 'IANA time zone, e.g. Europe/Berlin'))
    .addOption(new Option('--start <HH:MM>', 'start of the working day'))
    .addOption(new Option('--end <HH:MM>', 'end of the working day (24:00 = midnight)'))
    .addOption(new Option('--days <list>', 'working days, e.g. mon,tue,wed,thu or 1,2,3,4'));
  addJsonOption(command);
  return command.action(async (id: string, options: HoursOptions) => {
    const days = options.days === undefined ? undefined : parseWeekdays(options.days);
    if (days === null)
      throw CliError.usage('days: use names (mon,tue) or numbers 1-7 (1 = Monday)');
    if ([options.timeZone, options.start, options.end, days].every((v) => v === undefined))
      throw CliError.usage('give at least one of --time-zone, --start, --end, --days');
    const { url, client } = await connect(io);
    const team = await call(url, client.GET('/api/teams/{id}', { params: { path: { id } } }));
    const updated = await call(
      url,
      client.PATCH('/api/teams/{id}', {
        params: { path: { id } },
        body: {
          version: team.version,
          workingHours: {
            timeZone: options.timeZone ?? team.workingHours.timeZone,
            start: options.start ?? team.workingHours.start,
            end: options.end ?? team.workingHours.end,
            days: days ?? team.workingHours.days,
          },
        },
      }),
    );
    if (options.json) return printJson(io, updated);
    const h = updated.workingHours;
    io.out(
      `${updated.name} works ${formatWeekdays(h.days)} ${h.start}-${h.end} (${h.timeZone}), version ${updated.version}\n`,
    );
  });
}
