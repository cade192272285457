import { Command, Option } from 'commander';
import { readSlaClock } from '../../../engine/sla/sla-clock.js';
import { DEFAULT_TEAM_CALENDAR, type TeamCalendar } from '../../../engine/sla/team-calendar.js';
import { formatInstantInZone } from '../../../engine/sla/zoned-instant.js';
import type { CliIo } from '../../io.js';
import {
  parseAtFlag,
  parseHolidayFlag,
  parseHoursFlag,
  parseTimeZoneFlag,
  parseWorkingDaysFlag,
  parseWorkingHoursFlag,
} from './sla-flags.js';

interface DueOptions {
  at: string;
  hours: string;
  timezone: string;
  workingHours: string;
  workingDays: string;
  holiday?: string[];
  json?: boolean;
}

const hhmm = (m: number): string =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/**
 * `waymark sla due --at … [--hours 24] [--timezone …] [--working-hours 08:00-16:00] [--holiday …]`:
 * offline, the same engine function the server's SLA clocks use.
 */
export function slaDueCommand(io: CliIo): Command {
  const d = DEFAULT_TEAM_CALENDAR;
  return new Command('due')
    .description(
      'when an SLA of N working hours started at --at falls due (offline; prints ISO 8601 with offset)',
    )
    .requiredOption(
      '--at <instant>',
      'when the clock starts, ISO 8601 with offset, e.g. 2027-01-08T15:00:00-08:00',
    )
    .option('--hours <n>', 'working hours of the target', '24')
    .option('--timezone <zone>', "the team's IANA time zone", d.timeZone)
    .option(
      '--working-hours <range>',
      'the team working day, HH:MM-HH:MM',
      `${hhmm(d.workingHoursStartMinutes)}-${hhmm(d.workingHoursEndMinutes)}`,
    )
    .option('--working-days <days>', 'ISO weekdays worked, 1-5 or 1,2,3 (1 = Monday)', '1-5')
    .option('--holiday <dates...>', 'non-working dates YYYY-MM-DD (repeatable)')
    .addOption(
      new Option(
        '--json',
        'print {"due", "startedAt", "hours", "timeZone", "workingHours", "workingDays", "holidays"}',
      ),
    )
    .action((options: DueOptions) => {
      const timeZone = parseTimeZoneFlag(options.timezone);
      const hours = parseHoursFlag(options.hours);
      const window = parseWorkingHoursFlag(options.workingHours);
      const calendar: TeamCalendar = {
        timeZone,
        workingHoursStartMinutes: window.start,
        workingHoursEndMinutes: window.end,
        workingDays: parseWorkingDaysFlag(options.workingDays),
        holidays: (options.holiday ?? []).map(parseHolidayFlag),
      };
      const startedAtMs = parseAtFlag(options.at, timeZone);
      const clock = readSlaClock({ calendar, startedAtMs, targetHours: hours, atMs: startedAtMs });
      const due = formatInstantInZone(clock.dueAtMs!, timeZone);
      if (!options.json) {
        io.out(`${due}\n`);
        return;
      }
      io.out(
        `${JSON.stringify({
          due,
          startedAt: formatInstantInZone(startedAtMs, timeZone),
          hours,
          timeZone,
          workingHours: `${hhmm(window.start)}-${hhmm(window.end)}`,
          workingDays: calendar.workingDays,
          holidays: calendar.holidays,
        })}\n`,
      );
    });
}
