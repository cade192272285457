import { Command, Option } from 'commander';
import type { paths } from '../../../contracts/api-client.js';
import type { ProgramCalendar } from '../../../contracts/program-calendar.schema.js';
import { call, connect, type Connection } from '../../connection.js';
import { deleteCommand } from '../../delete-command.js';
import { CliError } from '../../errors.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields, renderTable } from '../../output.js';
import { addVersionOption, versionToSend, writeAtVersion } from '../../versioned-write.js';
import {
  dayName,
  exceptionOf,
  formatPeriods,
  WEEK_ORDER,
  weekOf,
  type Week,
} from './calendar-notation.js';

type CalendarCreate =
  paths['/api/programs/{id}/calendars']['post']['requestBody']['content']['application/json'];
type CalendarUpdate =
  paths['/api/program-calendars/{id}']['patch']['requestBody']['content']['application/json'];

const collect = (value: string, previous: string[] = []) => [...previous, value];
const what = (c: ProgramCalendar) => `calendar "${c.name}" (${c.id})`;

async function readCalendar({ url, client }: Connection, id: string): Promise<ProgramCalendar> {
  return call(url, client.GET('/api/program-calendars/{id}', { params: { path: { id } } }));
}

function weekLines(week: Week): string {
  return WEEK_ORDER.map(
    (d) => `  ${dayName(d)}  ${formatPeriods(week[String(d) as keyof Week])}`,
  ).join('\n');
}

function describe(c: ProgramCalendar): string {
  const exceptions = c.exceptions.map(
    (e) =>
      `  ${e.from}${e.to !== e.from ? `..${e.to}` : ''}  ${e.intervals.length ? formatPeriods(e.intervals) : 'off'}${e.name ? `  ${e.name}` : ''}${e.recurrence ? `  (repeats ${e.recurrence.kind})` : ''}`,
  );
  return (
    renderFields([
      ['Calendar', `${c.name} (${c.id})`],
      ['Program calendar', c.isProgramCalendar ? 'yes: the program runs on it' : 'no'],
      ['Based on', orDash(c.baseCalendarId)],
      ['Time zone', c.timeZone ?? "the program's"],
      ['MS Project UID', orDash(c.uid)],
      ['Version', String(c.version)],
    ]) +
    `Week:\n${weekLines(c.week as Week)}\n` +
    `Exceptions (${c.exceptions.length}):\n${exceptions.join('\n')}${exceptions.length ? '\n' : ''}`
  );
}

const dayOption = () =>
  new Option(
    '--day <DAY=HOURS>',
    'working hours of a weekday (or a range), e.g. mon-fri=08:00-12:00,13:00-17:00 or sat=off (repeatable)',
  ).argParser(collect);
const exceptionOption = (flag = '--exception') =>
  new Option(
    `${flag} <DATE[..DATE][=HOURS] [name]>`,
    'a day or days off (or with other hours), e.g. "2027-12-24..2027-12-31 Winter break" (repeatable)',
  ).argParser(collect);

function listCommand(io: CliIo): Command {
  const command = new Command('list')
    .description("a program's calendars")
    .argument('<program-id>', 'program id');
  addJsonOption(command);
  return command.action(async (programId: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const list = await call(
      url,
      client.GET('/api/programs/{id}/calendars', { params: { path: { id: programId } } }),
    );
    if (options.json) return printJson(io, list);
    if (list.items.length === 0) {
      io.out("No calendars: the program runs on the organization's standard week and holidays.\n");
      return;
    }
    io.out(
      renderTable(
        [
          { header: 'ID', value: (c: ProgramCalendar) => c.id },
          { header: 'NAME', value: (c) => c.name, maxWidth: 30 },
          { header: 'PROGRAM', value: (c) => (c.isProgramCalendar ? 'yes' : '') },
          { header: 'MON', value: (c) => formatPeriods((c.week as Week)['1']) },
          { header: 'EXCEPTIONS', value: (c) => String(c.exceptions.length) },
        ],
        list.items,
      ),
    );
  });
}

function showCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('a calendar: its week and exceptions')
    .argument('<id>', 'calendar id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const calendar = await readCalendar(await connect(io), id);
    if (options.json) return printJson(io, calendar);
    io.out(describe(calendar));
  });
}

interface WriteOptions {
  name?: string;
  day?: string[];
  exception?: string[];
  addException?: string[];
  clearExceptions?: boolean;
  base?: string;
  timeZone?: string;
  use?: boolean;
  version?: string;
  json?: boolean;
}

const noneToNull = (text: string) => (text === 'none' ? null : text);

function addCommand(io: CliIo): Command {
  const command = new Command('add')
    .description('add a calendar to a program (--use: the program runs on it)')
    .argument('<program-id>', 'program id')
    .requiredOption('--name <text>', 'calendar name')
    .addOption(dayOption())
    .addOption(exceptionOption())
    .option(
      '--base <calendar-id>',
      'a calendar of the program it takes the days it does not set from',
    )
    .option('--time-zone <zone>', "IANA time zone of its hours (default: the program's)")
    .option('--use', 'make it the calendar the program runs on');
  addJsonOption(command);
  return command.action(async (programId: string, options: WriteOptions) => {
    const body: CalendarCreate = {
      name: options.name!,
      ...(options.day ? { week: weekOf(options.day) } : {}),
      ...(options.exception ? { exceptions: options.exception.map(exceptionOf) } : {}),
      ...(options.base ? { baseCalendarId: options.base } : {}),
      ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    };
    const { url, client } = await connect(io);
    const calendar = await call(
      url,
      client.POST('/api/programs/{id}/calendars', { params: { path: { id: programId } }, body }),
    );
    if (options.use) {
      const path = { params: { path: { id: programId } } };
      const { version } = await call(url, client.GET('/api/programs/{id}', path));
      await call(
        url,
        client.PATCH('/api/programs/{id}', { ...path, body: { calendarId: calendar.id, version } }),
      );
    }
    if (options.json) return printJson(io, calendar);
    io.out(
      `Added ${what(calendar)}${options.use ? '; the program now runs on it' : ` (the program runs on it once you say: waymark program update ${programId} --calendar ${calendar.id})`}\n`,
    );
  });
}

function updateCommand(io: CliIo): Command {
  const command = new Command('update')
    .description(
      'change a calendar: name, weekdays (--day changes only the days given), exceptions, base, time zone',
    )
    .argument('<id>', 'calendar id')
    .option('--name <text>', 'rename it')
    .addOption(dayOption())
    .addOption(exceptionOption('--exception').hideHelp())
    .addOption(exceptionOption('--add-exception'))
    .option('--clear-exceptions', 'remove every exception (then --add-exception adds new ones)')
    .option('--base <calendar-id>', 'base calendar; none for no base')
    .option('--time-zone <zone>', "IANA time zone of its hours; none for the program's");
  addVersionOption(command);
  addJsonOption(command);
  return command.action(async (id: string, options: WriteOptions) => {
    const added = [...(options.exception ?? []), ...(options.addException ?? [])].map(exceptionOf);
    const connection = await connect(io);
    const current = await readCalendar(connection, id);
    const body: Omit<CalendarUpdate, 'version'> = {
      ...(options.name !== undefined ? { name: options.name } : {}),
      ...(options.day ? { week: { ...(current.week as Week), ...weekOf(options.day) } } : {}),
      ...(options.clearExceptions || added.length
        ? { exceptions: [...(options.clearExceptions ? [] : current.exceptions), ...added] }
        : {}),
      ...(options.base !== undefined ? { baseCalendarId: noneToNull(options.base) } : {}),
      ...(options.timeZone !== undefined ? { timeZone: noneToNull(options.timeZone) } : {}),
    };
    if (Object.keys(body).length === 0)
      throw CliError.usage(
        'Nothing to change: give --name, --day, --add-exception, --clear-exceptions, --base or --time-zone',
      );
    const version = versionToSend(options, current.version);
    const calendar = await writeAtVersion(
      connection.url,
      connection.client.PATCH('/api/program-calendars/{id}', {
        params: { path: { id } },
        body: { ...body, version },
      }),
      { what: what(current), sentVersion: version },
    );
    if (options.json) return printJson(io, calendar);
    io.out(`Updated ${what(calendar)}, now version ${calendar.version}\n${describe(calendar)}`);
  });
}

/** `waymark calendar list|show|add|update|delete`: a program's working calendars. */
export function calendarCommands(io: CliIo): Command[] {
  return [
    listCommand(io),
    showCommand(io),
    addCommand(io),
    updateCommand(io),
    deleteCommand(io, {
      noun: 'calendar',
      consequence:
        'Refused while the program or its items run on it, unless --detach (they go back to the program’s calendar).',
      read: async (connection, id) => {
        const c = await readCalendar(connection, id);
        return { what: what(c), version: c.version };
      },
      remove: ({ client }, id, version, options) =>
        client.DELETE('/api/program-calendars/{id}', {
          params: { path: { id }, query: { version, ...(options.detach ? { detach: true } : {}) } },
        }),
    }).addOption(new Option('--detach', 'delete it even while things run on it')),
  ];
}
