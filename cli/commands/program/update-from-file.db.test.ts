import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let dir: string;
beforeAll(async () => {
  server = await startTestServer();
  dir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-update-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir: dir }, argv);

describe('waymark program update-from-file against a server', () => {
  it('previews in words, refuses to apply from a script without --yes, applies with it, and then has nothing to do', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const source = (await tpm.post('/api/programs', { name: 'Source', startDate: '2027-01-04' }))
      .body;
    const build = (
      await tpm.post(`/api/programs/${source.id}/tasks`, { name: 'Build', estimateHours: 16 })
    ).body;
    const ship = (
      await tpm.post(`/api/programs/${source.id}/tasks`, { name: 'Ship', estimateHours: 4 })
    ).body;
    await tpm.post('/api/dependencies', { predecessorId: build.id, successorId: ship.id });
    // Imported from a file: every item has a UID.
    const first = path.join(dir, 'source.xml');
    expect(
      (await cli(token, ['program', 'export', source.id, '--format', 'mspdi', '--output', first]))
        .code,
    ).toBe(0);
    const imported = await cli(token, ['program', 'import', first, '--name', 'Target', '--json']);
    expect(imported.code, imported.stderr).toBe(0);
    const target = JSON.parse(imported.stdout) as { id: string };
    const file = path.join(dir, 'target.xml');
    expect(
      (await cli(token, ['program', 'export', target.id, '--output', file, '--format', 'mspdi']))
        .code,
    ).toBe(0);

    const xml = readFileSync(file, 'utf8');
    const edited = xml.replace('<Duration>PT16H0M0S</Duration>', '<Duration>PT24H0M0S</Duration>');
    expect(edited).not.toBe(xml);
    writeFileSync(file, edited);

    const preview = await cli(token, ['program', 'update-from-file', target.id, file]);
    expect(preview.stderr).toBe('');
    expect(preview.code).toBe(0);
    expect(preview.stdout).toContain('task: 1 changed (Build: estimateHours 16 → 24)');
    expect(preview.stdout).toContain(`--apply`);

    const json = await cli(token, ['program', 'update-from-file', target.id, file, '--json']);
    const body = JSON.parse(json.stdout) as {
      programVersion: number;
      tasks: { changed: unknown[] };
    };
    expect(body.tasks.changed).toHaveLength(1);

    const unconfirmed = await cli(token, [
      'program',
      'update-from-file',
      target.id,
      file,
      '--apply',
    ]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/pass --yes/);
    const untouched = (await tpm.get(`/api/programs/${target.id}/plan`)).body;
    expect(untouched.tasks.find((t: { name: string }) => t.name === 'Build').estimateHours).toBe(
      16,
    );

    const applied = await cli(token, [
      'program',
      'update-from-file',
      target.id,
      file,
      '--apply',
      '--yes',
    ]);
    expect(applied.stderr).toBe('');
    expect(applied.code).toBe(0);
    expect(applied.stdout).toMatch(/Applied .* \(now at version \d+\): tasks \+0 ~1 -0/);
    const plan = (await tpm.get(`/api/programs/${target.id}/plan`)).body;
    expect(plan.tasks.find((t: { name: string }) => t.name === 'Build').estimateHours).toBe(24);

    const again = await cli(token, ['program', 'update-from-file', target.id, file]);
    expect(again.stdout).toBe('Nothing to change: the program already matches the file.\n');

    // A bad file: each problem a line, exit 2.
    const bad = path.join(dir, 'bad.xml');
    writeFileSync(bad, '<nope/>');
    const refused = await cli(token, ['program', 'update-from-file', target.id, bad]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/not an MSPDI document/);
  });
});
