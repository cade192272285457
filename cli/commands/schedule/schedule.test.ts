import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { fakeIo } from '../../test-support.js';
import { formatOfFile, parsePlan } from './load-plan.js';

const dir = mkdtempSync(path.join(tmpdir(), 'waymark-schedule-unit-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

async function schedule(...args: string[]) {
  const { io, stdout, stderr, requests } = fakeIo();
  const code = await runCli(['schedule', ...args], io);
  return { code, stdout: stdout(), stderr: stderr(), requests };
}

describe('waymark schedule', () => {
  it('schedules a plan file offline and prints the JSON', async () => {
    const run = await schedule('tests/fixtures/plans/all-links.yaml', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([]); // no server
    const json = JSON.parse(run.stdout);
    expect(json.finish).toBe('2027-01-18T17:00:00');
    expect(json.tasks.map((t: { uid: number; id: string }) => `${t.uid}:${t.id}`)).toEqual([
      '1:phase',
      '2:design',
      '3:build',
      '4:docs',
      '5:test',
      '6:release',
      '7:signoff',
      '8:review',
    ]);
    expect(json.diagnostics).toEqual([]);
  });

  it('prints a table with the critical path', async () => {
    const run = await schedule('tests/fixtures/plans/all-links.yaml');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Critical path (*): design → build → review\n');
    expect(run.stdout).toMatch(
      /^\*\s+2\s+design\s+· Design\s+2027-01-04 08:00\s+2027-01-06 17:00/m,
    );
  });

  it('bad plan: exit 2 with file:line field: reason', async () => {
    const run = await schedule('tests/fixtures/plans/errors.yaml');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toEqual([
      'tests/fixtures/plans/errors.yaml:6 tasks[0].duration: must be a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
      'tests/fixtures/plans/errors.yaml:13 tasks[2].colour: unknown field (expected one of: id, uid, name, duration, milestone, estimate, cost, after, constraint, deadline, calendar, parent, priority, progress)',
    ]);
  });

  it('semantic errors come with lines too', async () => {
    const p = file(
      'semantic.yaml',
      'start: 2027-01-04\ncalendar: office\ntasks:\n  - { id: a, duration: 1d, after: [b] }\n',
    );
    const run = await schedule(p, '--json');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `${p}:2 calendar: unknown calendar "office"\n${p}:4 tasks[0].after[0]: unknown task "b"\n`,
    );
  });

  it('a dependency cycle: the schedule is printed, its diagnostic too, exit 2', async () => {
    const p = file(
      'cycle.yml',
      [
        'start: 2027-01-04',
        'tasks:',
        '  - { id: a, duration: 1d, after: [b] }',
        '  - { id: b, duration: 1d, after: [a] }',
        '  - { id: c, duration: 1d }',
      ].join('\n'),
    );
    const run = await schedule(p, '--json');
    expect(run.code).toBe(2);
    const json = JSON.parse(run.stdout);
    expect(json.diagnostics.map((d: { code: string }) => d.code)).toContain('dependency_cycle');
    expect(json.tasks.find((t: { id: string }) => t.id === 'c')).toMatchObject({
      earlyStart: '2027-01-04T08:00:00',
      earlyFinish: '2027-01-04T17:00:00',
    });
    expect(run.stderr).toMatch(
      new RegExp(`^${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: dependency_cycle: `),
    );
  });

  it('shifts a calendar in another time zone onto the project clock', async () => {
    const p = file(
      'zones.yaml',
      [
        'start: 2027-01-04T00:00',
        'timezone: Europe/London',
        'calendars:',
        '  - id: ny',
        '    timezone: America/New_York',
        '    week: { mon: ["09:00-17:00"], tue: ["09:00-17:00"] }',
        'tasks:',
        '  - { id: call, duration: 1h, calendar: ny }',
      ].join('\n'),
    );
    const run = await schedule(p, '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // 09:00 in New York is 14:00 in London in January.
    expect(JSON.parse(run.stdout).tasks[0]).toMatchObject({
      earlyStart: '2027-01-04T14:00:00',
      earlyFinish: '2027-01-04T15:00:00',
    });
  });

  it('reads MS Project XML', async () => {
    const p = file(
      'tiny.xml',
      `<?xml version="1.0" encoding="UTF-8"?>
<Project xmlns="http://schemas.microsoft.com/project">
  <StartDate>2027-01-04T08:00:00</StartDate>
  <CalendarUID>1</CalendarUID>
  <Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>
    <WeekDays>
      <WeekDay><DayType>1</DayType><DayWorking>0</DayWorking></WeekDay>
      <WeekDay><DayType>2</DayType><DayWorking>1</DayWorking><WorkingTimes>
        <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>3</DayType><DayWorking>1</DayWorking><WorkingTimes>
        <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>4</DayType><DayWorking>1</DayWorking><WorkingTimes>
        <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>5</DayType><DayWorking>1</DayWorking><WorkingTimes>
        <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>6</DayType><DayWorking>1</DayWorking><WorkingTimes>
        <WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime></WorkingTime>
        <WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime></WorkingTime></WorkingTimes></WeekDay>
      <WeekDay><DayType>7</DayType><DayWorking>0</DayWorking></WeekDay>
    </WeekDays></Calendar></Calendars>
  <Tasks>
    <Task><UID>10</UID><ID>1</ID><Name>First</Name><OutlineLevel>1</OutlineLevel><Duration>PT16H0M0S</Duration><DurationFormat>7</DurationFormat></Task>
    <Task><UID>20</UID><ID>2</ID><Name>Second</Name><OutlineLevel>1</OutlineLevel><Duration>PT8H0M0S</Duration><DurationFormat>7</DurationFormat>
      <PredecessorLink><PredecessorUID>10</PredecessorUID><Type>1</Type><LinkLag>4800</LinkLag><LagFormat>7</LagFormat></PredecessorLink></Task>
  </Tasks>
</Project>
`,
    );
    const run = await schedule(p, '--json');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.tasks.map((t: { uid: number }) => t.uid)).toEqual([10, 20]);
    // 2d from Mon 08:00 ends Tue 17:00; FS +1d ends Wed 17:00, so Second starts Thu 08:00.
    expect(json.tasks[1]).toMatchObject({
      name: 'Second',
      earlyStart: '2027-01-07T08:00:00',
      earlyFinish: '2027-01-07T17:00:00',
    });
    expect(json.finish).toBe('2027-01-07T17:00:00');
  });

  it('not MSPDI: exit 2', async () => {
    const p = file('other.xml', '<html><body/></html>');
    const run = await schedule(p);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(new RegExp(`^.*other\\.xml:1 Project: `));
  });

  it('missing file, unknown extension, missing argument: exit 2', async () => {
    expect(await schedule(path.join(dir, 'none.yaml'))).toMatchObject({
      code: 2,
      stderr: `${path.join(dir, 'none.yaml')}: cannot read: no such file\n`,
    });
    expect(await schedule('README.md')).toMatchObject({
      code: 2,
      stderr:
        'README.md: not a plan file: expected .yaml or .yml (Waymark plan) or .xml (MS Project XML)\n',
    });
    expect((await schedule()).code).toBe(2);
  });

  it('knows the formats by extension', () => {
    expect(formatOfFile('a.YAML')).toBe('plan');
    expect(formatOfFile('a.yml')).toBe('plan');
    expect(formatOfFile('a.xml')).toBe('mspdi');
    expect(formatOfFile('a.json')).toBeNull();
    expect(() => parsePlan('x.yaml', 'start: 2027-01-04\ntasks: []\n')).toThrow(
      'x.yaml:2 tasks: must list at least 1 item',
    );
  });
});

describe('waymark schedule --level', () => {
  const staffed = () =>
    file(
      'staffed.yaml',
      [
        'start: 2027-01-04T08:00',
        'tasks:',
        '  - { id: a, duration: 2d }',
        '  - { id: b, duration: 3d }',
        '  - { id: c, duration: 1d, after: [b] }',
        'resources:',
        '  - { id: ann, name: Ann }',
        'assignments:',
        '  - { task: a, resource: ann }',
        '  - { task: b, resource: ann }',
        '',
      ].join('\n'),
    );

  it('delays a task until its resource is free and says why (JSON)', async () => {
    const run = await schedule(staffed(), '--level', '--json');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    const a = json.tasks.find((t: { id: string }) => t.id === 'a');
    expect(a.earlyStart).toBe('2027-01-07T08:00:00');
    expect(json.levelling.delays).toEqual([
      expect.objectContaining({ taskId: 'a', delayMinutes: 3 * 480, resourceId: 'ann' }),
    ]);
    expect(json.levelling.unresolved).toEqual([]);
  });

  it('prints the delays under the table; within slack leaves a critical clash unresolved', async () => {
    const p = staffed();
    const text = await schedule(p, '--level');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Levelling: 1 task(s) delayed, 0 left over-allocated\n');
    expect(text.stdout).toMatch(/ {2}delayed a by 3d: .*"ann".*"b"/);
    const within = await schedule(p, '--level', '--within-slack', '--json');
    expect(within.code).toBe(0);
    expect(JSON.parse(within.stdout).levelling.unresolved).toEqual([
      expect.objectContaining({ taskId: 'a', cause: 'beyond_slack' }),
    ]);
  });

  it('without --level the schedule ignores resources; --within-slack alone is a usage error', async () => {
    const p = staffed();
    const run = await schedule(p, '--json');
    expect(JSON.parse(run.stdout).levelling).toBeUndefined();
    expect(JSON.parse(run.stdout).tasks[0].earlyStart).toBe('2027-01-04T08:00:00');
    expect(await schedule(p, '--within-slack')).toMatchObject({
      code: 2,
      stderr: '--within-slack needs --level\n',
    });
  });
});
