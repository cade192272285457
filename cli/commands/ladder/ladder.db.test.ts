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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-ladder-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const idIn = (stdout: string) => /\(([0-9a-f-]{36})\)/.exec(stdout)![1]!;

async function cliAs(role: 'admin' | 'tpm') {
  const client = await server.signIn(role);
  const token = (await client.post('/api/tokens', { name: 'cli' })).body.secret as string;
  return {
    client,
    cli: (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv),
  };
}

describe('waymark ladder', () => {
  it('shows tracks, levels with their next level, and competencies; --json is the API body', async () => {
    const { client, cli } = await cliAs('tpm');
    const shown = await cli(['ladder', 'show']);
    expect(shown.stderr).toBe('');
    const sections = shown.stdout.split('\n\n');
    expect(sections.map((s) => s.split('\n')[0])).toEqual(['Tracks', 'Levels', 'Competencies']);
    expect(sections[0]).toMatch(/^\S+\s+product_tpm\s+Product TPM$/m);
    const ladder = (await client.get('/api/career-ladder')).body;
    const [first, second] = ladder.levels;
    expect(sections[1]).toMatch(
      new RegExp(
        `^${first.id}\\s+${first.key}\\s+individual\\s+5\\s+${first.name}\\s+${second.name}$`,
        'm',
      ),
    );
    expect(JSON.parse((await cli(['ladder', 'show', '--json'])).stdout)).toEqual(ladder);
  });

  it('adds, renames and deletes a track; a track with people on it is refused with the reason', async () => {
    const { client: admin, cli } = await cliAs('admin');
    const added = await cli(['ladder', 'track', 'add', '--key', 'data_tpm', '--name', 'Data TPM']);
    expect(added.stderr).toBe('');
    const id = idIn(added.stdout);
    expect(added.stdout).toBe(`Added career track "Data TPM" (${id}), key data_tpm\n`);
    const badKey = await cli(['ladder', 'track', 'add', '--key', 'Data', '--name', 'x']);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/^key: /);

    const renamed = await cli(['ladder', 'track', 'update', id, '--name', 'Data programs']);
    expect(renamed.stdout).toBe(`Updated career track "Data programs" (${id}), now version 2\n`);
    const stale = await cli(['ladder', 'track', 'update', id, '--name', 'x', '--version', '1']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Someone else changed career track "Data programs"/);

    const person = await server.signIn('tpm');
    await admin.patch(`/api/people/${person.user.id}`, { version: 1, trackId: id });
    const blocked = await cli(['ladder', 'track', 'delete', id, '--yes']);
    expect(blocked.code).toBe(2);
    expect(blocked.stderr).toBe(
      'Career track "Data programs" is still in use: 1 person is on it. Move them to another track first, or rename this track instead.\nid: 1 person is on it\n',
    );
    await admin.patch(`/api/people/${person.user.id}`, { version: 2, trackId: null });

    const unconfirmed = await cli(['ladder', 'track', 'delete', id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/pass --yes to delete it from a script\.\n$/);
    const tracks = async () =>
      (await admin.get('/api/career-ladder')).body.tracks.map((t: { id: string }) => t.id);
    expect(await tracks()).toContain(id);
    const deleted = await cli(['ladder', 'track', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted career track "Data programs" (${id})\n`);
    expect(await tracks()).not.toContain(id);
    const missing = await cli(['ladder', 'track', 'delete', id, '--yes']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      `career track: no career track ${id} (see "waymark ladder show")\n`,
    );
  });

  it('adds a level, and deletes it only with the flags that take its expectations and assessments', async () => {
    const { client: admin, cli } = await cliAs('admin');
    const added = await cli([
      'ladder',
      'level',
      'add',
      '--key',
      'fellow',
      '--name',
      'Fellow',
      '--path',
      'individual',
      '--grade',
      '12',
    ]);
    expect(added.stderr).toBe('');
    const id = idIn(added.stdout);
    expect(added.stdout).toBe(`Added career level "Fellow" (${id}), individual path grade 12\n`);
    const clash = await cli([
      'ladder',
      'level',
      'add',
      '--key',
      'fellow_two',
      '--name',
      'x',
      '--path',
      'individual',
      '--grade',
      '12',
    ]);
    expect(clash.code).toBe(2);
    expect(clash.stderr).toBe('grade: this path already has a level at this grade\n');
    const missing = await cli(['ladder', 'level', 'add', '--name', 'x']);
    expect(missing.stderr).toBe('key: required\npath: required\ngrade: required\n');

    const summary = await cli(['ladder', 'level', 'update', id, '--summary', 'Industry scope.']);
    expect(summary.stdout).toBe(`Updated career level "Fellow" (${id}), now version 2\n`);

    const competency = (await admin.get('/api/career-ladder')).body.competencies[0];
    await admin.put(`/api/career-ladder/competencies/${competency.id}/expectations/${id}`, {
      expectation: 'Shapes the field.',
    });
    const refused = await cli(['ladder', 'level', 'delete', id, '--yes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^Career level "Fellow" is still in use: 1 competency sets/);
    expect(refused.stderr).toMatch(/^withExpectations: 1 competency sets an expectation at it$/m);
    const deleted = await cli(['ladder', 'level', 'delete', id, '--yes', '--with-expectations']);
    expect(deleted.stderr).toBe('');
    expect(deleted.stdout).toBe(`Deleted career level "Fellow" (${id})\n`);
    expect(
      (await admin.get('/api/career-ladder')).body.levels.some((l: { id: string }) => l.id === id),
    ).toBe(false);
  });

  it('adds, reorders and deletes a competency; --with-assessments takes the assessments along', async () => {
    const { client: admin, cli } = await cliAs('admin');
    const added = await cli(['ladder', 'competency', 'add', '--name', 'Vendor management']);
    const id = idIn(added.stdout);
    expect(added.stdout).toBe(`Added competency "Vendor management" (${id})\n`);
    const moved = await cli(['ladder', 'competency', 'update', id, '--sort-order', '5', '--json']);
    expect(JSON.parse(moved.stdout)).toMatchObject({ id, sortOrder: 5, version: 2 });

    const me = await server.signIn('tpm');
    const level = (await admin.get('/api/career-ladder')).body.levels[0];
    await me.put(`/api/people/${me.user.id}/assessments`, {
      competencyId: id,
      levelId: level.id,
      kind: 'self',
      rating: 3,
    });
    const refused = await cli(['ladder', 'competency', 'delete', id, '--yes']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/^withAssessments: 1 person has 1 assessment/m);
    const deleted = await cli([
      'ladder',
      'competency',
      'delete',
      id,
      '--yes',
      '--with-assessments',
    ]);
    expect(deleted.stdout).toBe(`Deleted competency "Vendor management" (${id})\n`);
    expect((await me.get(`/api/people/${me.user.id}/assessments`)).body.items).toEqual([]);
  });

  it('refuses a tpm, naming the rule, and changes nothing', async () => {
    const { client, cli } = await cliAs('tpm');
    const before = (await client.get('/api/career-ladder')).body;
    const refused = await cli(['ladder', 'track', 'add', '--key', 'nope', '--name', 'Nope']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe('forbidden: Only an admin can edit the career ladder.\n');
    expect((await client.get('/api/career-ladder')).body).toEqual(before);
  });
});
