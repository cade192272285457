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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-teams-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark team list | hours', () => {
  it('lists teams with their hours, changes only what is given, and names a bad zone', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const team = (await tpm.post('/api/teams', { name: 'Berlin Platform' })).body;

    const list = await cli(['team', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(
      /Berlin Platform\s+America\/Los_Angeles\s+Mon Tue Wed Thu Fri\s+08:00-16:00/,
    );

    const moved = await cli([
      'team',
      'hours',
      team.id,
      '--time-zone',
      'Europe/Berlin',
      '--days',
      'mon,tue,wed,thu',
    ]);
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toBe(
      'Berlin Platform works Mon Tue Wed Thu 08:00-16:00 (Europe/Berlin), version 2\n',
    );
    const stored = (await tpm.get(`/api/teams/${team.id}`)).body;
    expect(stored.workingHours).toEqual({
      timeZone: 'Europe/Berlin',
      start: '08:00',
      end: '16:00',
      days: [1, 2, 3, 4],
    });

    const bad = await cli(['team', 'hours', team.id, '--time-zone', 'Mars/Olympus']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('workingHours.timeZone');
    expect((await tpm.get(`/api/teams/${team.id}`)).body.version).toBe(2);

    const nothing = await cli(['team', 'hours', team.id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give at least one of');
    const badDays = await cli(['team', 'hours', team.id, '--days', 'mon,funday']);
    expect(badDays.code).toBe(2);
    expect(badDays.stderr).toContain('days:');
  });
});
