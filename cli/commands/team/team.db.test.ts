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

describe('waymark team add | update | delete | member', () => {
  it('creates, renames, moves people in and out, and deletes only with --yes', async () => {
    const boss = await server.signIn('tpm_manager');
    const token = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const ada = await server.signIn('tpm', { name: 'Ada Member' });

    const added = await cli(['team', 'add', '--name', 'Payments', '--time-zone', 'Europe/Dublin']);
    expect(added.stderr).toBe('');
    const id = /\(([0-9a-f-]{36})\)/.exec(added.stdout)![1]!;
    expect(added.stdout).toBe(
      `Added team "Payments" (${id}): works Mon Tue Wed Thu Fri 08:00-16:00 (Europe/Dublin)\n`,
    );
    const duplicate = await cli(['team', 'add', '--name', 'Payments']);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toBe('name: a team with this name already exists\n');
    expect((await cli(['team', 'add'])).stderr).toBe('name: required\n');

    const renamed = await cli(['team', 'rename', id, '--name', 'Payments Core']);
    expect(renamed.stdout).toBe(`Updated team "Payments Core" (${id}), now version 2\n`);
    const stale = await cli(['team', 'update', id, '--description', 'x', '--version', '1']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(
      /^Someone else changed team "Payments Core" .* nothing was changed\./,
    );
    expect((await boss.get(`/api/teams/${id}`)).body).toMatchObject({
      name: 'Payments Core',
      description: '',
      version: 2,
    });

    const joined = await cli(['team', 'member', 'add', id, '--person', ada.user.id]);
    expect(joined.stderr).toBe('');
    expect(joined.stdout).toBe('Added Ada Member to team "Payments Core"\n');
    expect((await boss.get(`/api/people/${ada.user.id}`)).body.teamId).toBe(id);
    const again = await cli(['team', 'member', 'add', id, '--person', ada.user.id]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe('Ada Member is already in team "Payments Core"; nothing changed.\n');
    const members = await cli(['team', 'member', 'list', id]);
    expect(members.stdout).toMatch(new RegExp(`^${ada.user.id}\\s+Ada Member`, 'm'));
    const json = JSON.parse((await cli(['team', 'member', 'list', id, '--json'])).stdout);
    expect(json.items.map((p: { id: string }) => p.id)).toEqual([ada.user.id]);

    const left = await cli(['team', 'member', 'remove', id, '--person', ada.user.id]);
    expect(left.stdout).toBe('Removed Ada Member from team "Payments Core"\n');
    expect((await boss.get(`/api/people/${ada.user.id}`)).body.teamId).toBeNull();
    const notIn = await cli(['team', 'member', 'remove', id, '--person', ada.user.id]);
    expect(notIn.code).toBe(2);
    expect(notIn.stderr).toBe('Ada Member is not in team "Payments Core"; nothing changed.\n');
    expect((await cli(['team', 'member', 'add', id])).stderr).toBe(
      'person: required (--person USER_ID)\n',
    );

    await cli(['team', 'member', 'add', id, '--person', ada.user.id]);
    const refused = await cli(['team', 'delete', id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/pass --yes to delete it from a script\.\n$/);
    expect((await boss.get(`/api/teams/${id}`)).status).toBe(200);
    const deleted = await cli(['team', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted team "Payments Core" (${id})\n`);
    expect((await boss.get(`/api/teams/${id}`)).status).toBe(404);
    // The member stays, without a team.
    expect((await boss.get(`/api/people/${ada.user.id}`)).body.teamId).toBeNull();
    const gone = await cli(['team', 'delete', id, '--yes']);
    expect(gone.code).toBe(2);
    expect(gone.stderr).toBe(`not_found: Team ${id} does not exist.\n`);
  });
});
