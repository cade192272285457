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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-risk-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark risk against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['risk', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'add', 'update', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds, lists, updates (sending the version) and deletes only with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI risks' })).body;
    const [a, b] = await Promise.all(
      ['A', 'B'].map(
        async (name) => (await tpm.post(`/api/programs/${program.id}/tasks`, { name })).body,
      ),
    );

    const added = await cli(token, [
      'risk',
      'add',
      '--program',
      program.id,
      '--title',
      'Vendor late',
      '--probability',
      '0.4',
      '--delay-hours',
      '16',
      '--cost',
      '900',
      '--task',
      a.id,
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const risk = JSON.parse(added.stdout);
    expect(risk).toMatchObject({ title: 'Vendor late', probability: 0.4, taskIds: [a.id] });

    const listed = await cli(token, ['risk', 'list', '--program', program.id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Vendor late');

    const updated = await cli(token, [
      'risk',
      'update',
      risk.id,
      '--probability',
      '0.6',
      '--task',
      a.id,
      '--task',
      b.id,
    ]);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(`Updated risk "Vendor late" (${risk.id}), now version 2\n`);
    expect((await tpm.get(`/api/risks/${risk.id}`)).body).toMatchObject({
      probability: 0.6,
      taskIds: [a.id, b.id],
      cost: 900,
    });

    const stale = await cli(token, ['risk', 'update', risk.id, '--version', '1', '--title', 'x']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/changed by someone else/);
    const nothing = await cli(token, ['risk', 'update', risk.id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^Nothing to change/);

    const unconfirmed = await cli(token, ['risk', 'delete', risk.id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toBe(
      'Not deleting risk "Vendor late" without a confirmation: pass --yes to delete it from a script.\n',
    );
    expect((await tpm.get(`/api/risks/${risk.id}`)).status).toBe(200);
    const deleted = await cli(token, ['risk', 'delete', risk.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted risk "Vendor late" (${risk.id})\n`);
    expect((await tpm.get(`/api/risks/${risk.id}`)).status).toBe(404);
  });
});
