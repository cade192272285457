import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => server?.close());

const DAY = [
  { from: 480, to: 720 },
  { from: 780, to: 1020 },
];
/** Mon–Thu, four 8-hour days. */
const FOUR_DAYS = { '0': [], '1': DAY, '2': DAY, '3': DAY, '4': DAY, '5': [], '6': [] };

describe('program calendars', () => {
  it('a program runs on its own working week and holidays once it names its calendar; edits move the schedule', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', {
      name: 'Four-day weeks',
      startDate: '2027-01-04',
    });
    // Five days of work from Monday 4 January.
    const task = await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Build',
      estimateHours: 40,
    });
    expect(task.status).toBe(201);
    const finish = async () =>
      (await tpm.get(`/api/programs/${program.id}/schedule`)).body.items[0].earlyFinish;
    expect(await finish()).toBe('2027-01-08T17:00:00');

    const created = await tpm.post(`/api/programs/${program.id}/calendars`, {
      name: 'Four days',
      week: FOUR_DAYS,
      exceptions: [{ name: 'Offsite', from: '2027-01-06', to: '2027-01-06', intervals: [] }],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toMatchObject({
      programId: program.id,
      name: 'Four days',
      isProgramCalendar: false,
      version: 1,
    });
    expect(await finish()).toBe('2027-01-08T17:00:00'); // not used until the program names it

    const renamed = await tpm.patch(`/api/programs/${program.id}`, {
      version: program.version,
      calendarId: created.body.id,
    });
    expect(renamed.status, JSON.stringify(renamed.body)).toBe(200);
    expect(renamed.body.calendarId).toBe(created.body.id);
    // Mon, Tue, (Wed off), Thu, (Fri–Sun off), Mon, Tue.
    expect(await finish()).toBe('2027-01-12T17:00:00');
    const listed = await tpm.get(`/api/programs/${program.id}/calendars`);
    expect(listed.body.items).toHaveLength(1);
    expect(listed.body.items[0].isProgramCalendar).toBe(true);

    const edited = await tpm.patch(`/api/program-calendars/${created.body.id}`, {
      version: 1,
      exceptions: [],
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toBe(2);
    expect(await finish()).toBe('2027-01-11T17:00:00');

    // In use: refused without detach, and nothing changed.
    const refused = await tpm.delete(`/api/program-calendars/${created.body.id}?version=2`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('in_use');
    expect(refused.body.error.message).toMatch(/program’s calendar/);
    expect((await tpm.get(`/api/programs/${program.id}`)).body.calendarId).toBe(created.body.id);
    const gone = await tpm.delete(
      `/api/program-calendars/${created.body.id}?version=2&detach=true`,
    );
    expect(gone.status).toBe(204);
    expect((await tpm.get(`/api/programs/${program.id}`)).body.calendarId).toBeNull();
    expect(await finish()).toBe('2027-01-08T17:00:00');
    expect(await server.auditActions('program_calendar', created.body.id)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });

  it('refuses calendars the engine could not use, naming the field, and writes nothing', async () => {
    const tpm = await server.signIn('tpm');
    const { body: program } = await tpm.post('/api/programs', { name: 'Bad calendars' });
    const before = await server.countRows('program_calendars');
    const post = (body: unknown) => tpm.post(`/api/programs/${program.id}/calendars`, body);

    const noWork = await post({
      name: 'Never',
      week: { '0': [], '1': [], '2': [], '3': [], '4': [], '5': [], '6': [] },
    });
    expect(noWork.status).toBe(400);
    expect(noWork.body.error.issues[0].path).toBe('body.week');
    const backwards = await post({ name: 'Backwards', week: { '1': [{ from: 600, to: 540 }] } });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.issues[0].path).toBe('body.week.1[0]');
    const overlap = await post({
      name: 'Overlap',
      week: {
        '1': [
          { from: 480, to: 720 },
          { from: 700, to: 800 },
        ],
      },
    });
    expect(overlap.body.error.issues[0].path).toBe('body.week.1[1]');
    const zone = await post({ name: 'Zone', timeZone: 'Mars/Olympus' });
    expect(zone.body.error.issues[0].path).toBe('body.timeZone');
    const day = await post({
      name: 'Feb 30',
      exceptions: [{ from: '2027-02-30', to: '2027-02-30', intervals: [] }],
    });
    expect(day.status).toBe(400);
    const minute = await post({ name: 'Minute', week: { '1': [{ from: 480, to: 1441 }] } });
    expect(minute.status).toBe(400);
    expect(await server.countRows('program_calendars')).toBe(before);

    // A calendar of another program cannot become this one's.
    const { body: other } = await tpm.post('/api/programs', { name: 'Other' });
    const theirs = await tpm.post(`/api/programs/${other.id}/calendars`, {
      name: 'Theirs',
      week: FOUR_DAYS,
    });
    const wrong = await tpm.patch(`/api/programs/${program.id}`, {
      version: program.version,
      calendarId: theirs.body.id,
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.issues[0].path).toBe('body.calendarId');

    // Based on each other in a loop.
    const a = await post({ name: 'A', week: FOUR_DAYS });
    const b = await post({ name: 'B', baseCalendarId: a.body.id });
    expect(b.status).toBe(201);
    const loop = await tpm.patch(`/api/program-calendars/${a.body.id}`, {
      version: 1,
      baseCalendarId: b.body.id,
    });
    expect(loop.status).toBe(400);
    expect(loop.body.error.issues[0].path).toBe('body.baseCalendarId');
    expect((await tpm.get(`/api/program-calendars/${a.body.id}`)).body.baseCalendarId).toBeNull();
  });

  it('an imported MSPDI plan keeps its calendar as the program’s, and a stakeholder cannot change it', async () => {
    const tpm = await server.signIn('tpm');
    const xml = `<?xml version="1.0"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2027-01-04T08:00:00</StartDate><CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Night</Name><IsBaseCalendar>1</IsBaseCalendar>
    <WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>20:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes><WorkingTime><FromTime>20:00:00</FromTime><ToTime>00:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>4</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>5</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
    </WeekDays></Calendar></Calendars>
  <Tasks><Task><UID>7</UID><ID>1</ID><Name>Deploy</Name><Duration>PT6H0M0S</Duration></Task></Tasks>
</Project>`;
    const r = await fetch(`${server.url}/api/programs/import?format=mspdi&name=Night`, {
      method: 'POST',
      headers: { cookie: tpm.auth.cookie!, origin: server.url, 'content-type': 'application/xml' },
      body: xml,
    });
    const program = (await r.json()) as {
      id: string;
      calendarId: string;
      importWarnings: unknown[];
    };
    expect(r.status).toBe(201);
    expect(program.calendarId).not.toBeNull();
    const calendar = (await tpm.get(`/api/program-calendars/${program.calendarId}`)).body;
    expect(calendar).toMatchObject({ name: 'Night', isProgramCalendar: true });
    expect(calendar.week['1']).toEqual([{ from: 1200, to: 1440 }]);
    const plan = (await tpm.get(`/api/programs/${program.id}/plan`)).body;
    expect(plan.tasks[0]).toMatchObject({ name: 'Deploy', uid: 7 });
    // Monday 20:00–24:00, then Tuesday 20:00–22:00.
    const schedule = (await tpm.get(`/api/programs/${program.id}/schedule`)).body;
    expect(schedule.items[0].earlyStart).toBe('2027-01-04T20:00:00');
    expect(schedule.items[0].earlyFinish).toBe('2027-01-05T22:00:00');

    const stakeholder = await server.signIn('stakeholder');
    const refused = await stakeholder.patch(`/api/program-calendars/${program.calendarId}`, {
      version: 1,
      name: 'Mine',
    });
    expect(refused.status).toBe(403);
    expect((await tpm.get(`/api/program-calendars/${program.calendarId}`)).body.name).toBe('Night');
  });
});
