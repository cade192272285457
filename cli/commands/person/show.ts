import { Command } from 'commander';
import { call, connect } from '../../connection.js';
import type { CliIo } from '../../io.js';
import { addJsonOption, orDash, printJson, renderFields } from '../../output.js';

const WEEKDAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

export function personShowCommand(io: CliIo): Command {
  const command = new Command('show')
    .description('one person: profile, working hours, skills, time off, reports')
    .argument('<id>', 'person id');
  addJsonOption(command);
  return command.action(async (id: string, options: { json?: boolean }) => {
    const { url, client } = await connect(io);
    const person = await call(url, client.GET('/api/people/{id}', { params: { path: { id } } }));
    if (options.json) return printJson(io, person);
    io.out(
      renderFields([
        ['Name', person.name],
        ['Title', orDash(person.title)],
        ['Level', person.levelName ? `${person.levelName} (grade ${person.grade})` : '-'],
        ['Track', orDash(person.trackName)],
        ['Team', orDash(person.teamName)],
        ['Manager', orDash(person.managerId)],
        ['Location', orDash(person.location)],
        [
          'Hours',
          `${clock(person.workingHoursStart)}-${clock(person.workingHoursEnd)} ${person.timeZone}, ${person.workingDays.map((d) => WEEKDAYS[d]).join(' ')}${person.flexibleHours ? ' (flexible)' : ''}`,
        ],
        ['Capacity', `${Math.round(person.capacity * 100)}%`],
        [
          'Skills',
          orDash(person.skills.map((s) => `${s.name} (${s.kind}, ${s.proficiency}/5)`).join(', ')),
        ],
        ['Time off', orDash(person.timeOff.map((t) => `${t.from}..${t.to} ${t.kind}`).join(', '))],
        ['Reports', String(person.directReportIds.length)],
      ]),
    );
  });
}
