import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-calendar-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark calendar against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['calendar', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'show', 'add', 'update', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds a four-day week the program runs on, edits it, and deletes it only with --detach --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const { body: program } = await tpm.post('/api/programs', {
      name: 'Four days',
      startDate: '2027-01-04',
    });
    await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Build', estimateHours: 40 });
    const finish = async () =>
      (await tpm.get(`/api/programs/${program.id}/schedule`)).body.items[0].earlyFinish;

    const added = await cli(token, [
      'calendar',
      'add',
      program.id,
      '--name',
      'Four-day week',
      '--day',
      'mon-thu=08:00-12:00,13:00-17:00',
      '--day',
      'fri=off',
      '--day',
      'sat-sun=off',
      '--exception',
      '2027-01-06 Offsite',
      '--use',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const calendar = JSON.parse(added.stdout);
    expect(calendar.week['5']).toEqual([]);
    expect(calendar.exceptions).toEqual([
      { name: 'Offsite', from: '2027-01-06', to: '2027-01-06', intervals: [] },
    ]);
    expect((await tpm.get(`/api/programs/${program.id}`)).body.calendarId).toBe(calendar.id);
    expect(await finish()).toBe('2027-01-12T17:00:00');

    const shown = await cli(token, ['calendar', 'show', calendar.id]);
    expect(shown.stdout).toContain('Program calendar: yes');
    expect(shown.stdout).toMatch(/^ {2}mon {2}08:00-12:00, 13:00-17:00$/m);
    expect(shown.stdout).toMatch(/^ {2}fri {2}off$/m);
    expect(shown.stdout).toMatch(/2027-01-06 {2}off {2}Offsite/);

    const updated = await cli(token, [
      'calendar',
      'update',
      calendar.id,
      '--clear-exceptions',
      '--day',
      'fri=08:00-12:00',
    ]);
    expect(updated.code, updated.stderr).toBe(0);
    expect(updated.stdout).toMatch(/now version 2/);
    // Mon–Thu 8 h and Friday 4 h: 36 h in the first week, 4 h on Monday the 11th.
    expect(await finish()).toBe('2027-01-11T12:00:00');

    const bad = await cli(token, ['calendar', 'update', calendar.id, '--day', 'mon=17:00-08:00']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/must start before it ends/);
    const allOff = await cli(token, ['calendar', 'update', calendar.id, '--day', 'mon-sun=off']);
    expect(allOff.code).not.toBe(0);
    expect(allOff.stderr).toMatch(/week/);

    const listed = await cli(token, ['calendar', 'list', program.id]);
    expect(listed.stdout).toMatch(/Four-day week\s+yes/);

    const inUse = await cli(token, ['calendar', 'delete', calendar.id, '--yes']);
    expect(inUse.code).not.toBe(0);
    expect(inUse.stderr).toMatch(/in use/);
    const unconfirmed = await cli(token, ['calendar', 'delete', calendar.id, '--detach']);
    expect(unconfirmed.code).toBe(2);
    const deleted = await cli(token, ['calendar', 'delete', calendar.id, '--detach', '--yes']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect((await tpm.get(`/api/programs/${program.id}`)).body.calendarId).toBeNull();
    expect(await finish()).toBe('2027-01-08T17:00:00');
  });
});
