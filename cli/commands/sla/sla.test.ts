import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { fakeIo } from '../../test-support.js';

async function sla(...args: string[]) {
  const { io, stdout, stderr, requests } = fakeIo();
  const code = await runCli(['sla', 'due', ...args], io);
  return { code, stdout: stdout(), stderr: stderr(), requests };
}

describe('waymark sla due', () => {
  it('prints the due instant with its offset, offline', async () => {
    const run = await sla('--at', '2027-01-08T15:00:00-08:00');
    expect(run).toMatchObject({ code: 0, stdout: '2027-01-13T15:00:00-08:00\n', stderr: '' });
    expect(run.requests).toEqual([]);
  });

  it('honours hours, zone, working hours and repeated holidays', async () => {
    const run = await sla(
      '--at',
      '2027-01-15T10:00:00-08:00',
      '--hours',
      '16',
      '--holiday',
      '2027-01-18',
      '--holiday',
      '2027-01-19',
      '--json',
    );
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      due: '2027-01-21T10:00:00-08:00',
      startedAt: '2027-01-15T10:00:00-08:00',
      hours: 16,
      timeZone: 'America/Los_Angeles',
      workingHours: '08:00-16:00',
      workingDays: [1, 2, 3, 4, 5],
      holidays: ['2027-01-18', '2027-01-19'],
    });
    const berlin = await sla(
      '--at',
      '2027-03-26T13:00:00+01:00',
      '--hours',
      '16',
      '--timezone',
      'Europe/Berlin',
      '--working-hours',
      '09:00-17:00',
    );
    expect(berlin.stdout).toBe('2027-03-30T13:00:00+02:00\n');
  });

  it('reads an instant without offset on the team clock', async () => {
    const run = await sla('--at', '2027-03-12T12:00', '--hours', '24');
    expect(run.stdout).toBe('2027-03-17T12:00:00-07:00\n');
  });

  it.each([
    [['--at', 'tomorrow'], '--at:'],
    [['--at', '2027-02-30T10:00:00Z'], '--at:'],
    [['--at', '2027-01-08T15:00:00Z', '--hours', '-3'], '--hours:'],
    [['--at', '2027-01-08T15:00:00Z', '--timezone', 'Mars/Olympus'], '--timezone:'],
    [['--at', '2027-01-08T15:00:00Z', '--working-hours', '16:00-08:00'], '--working-hours:'],
    [['--at', '2027-01-08T15:00:00Z', '--holiday', '2027-13-01'], '--holiday:'],
  ])('bad flag %j → exit 2 naming the flag', async (args, flag) => {
    const run = await sla(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(flag)).toBe(true);
  });
});
