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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-action-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark action against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['action', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'show', 'add', 'update', 'done', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds for someone, lists mine by state, marks done and deletes with --yes', async () => {
    const lead = await server.signIn('tpm');
    const owner = await server.signIn('tpm', { name: 'Olive Owner' });
    const leadToken = (await lead.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const ownerToken = (await owner.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const added = await cli(leadToken, [
      'action',
      'add',
      '--title',
      'Send the minutes',
      '--owner',
      owner.user.id,
      '--due',
      '2026-11-13',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const item = JSON.parse(added.stdout);
    expect(item).toMatchObject({ ownerId: owner.user.id, overdue: true, status: 'open' });

    const mine = await cli(ownerToken, ['action', 'list', '--mine', '--state', 'open']);
    expect(mine.code).toBe(0);
    expect(mine.stdout).toContain('Send the minutes');
    expect(mine.stdout).toContain('overdue');
    expect((await cli(leadToken, ['action', 'list', '--mine'])).stdout).toBe('No action items.\n');

    // The owner may mark it done; the lead may not retitle it with a bad date.
    const bad = await cli(leadToken, ['action', 'update', item.id, '--due', 'someday']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('dueDate');
    const done = await cli(ownerToken, ['action', 'done', item.id, '--json']);
    expect(done.stderr).toBe('');
    expect(JSON.parse(done.stdout)).toMatchObject({ status: 'done', version: 2 });
    const shown = await cli(ownerToken, ['action', 'show', item.id]);
    expect(shown.stdout).toMatch(/Status:\s+done/);
    expect((await cli(ownerToken, ['action', 'list', '--mine', '--state', 'open'])).stdout).toBe(
      'No action items.\n',
    );

    const updated = await cli(leadToken, ['action', 'update', item.id, '--title', 'Minutes sent']);
    expect(updated.stdout).toContain('now version 3');
    const deleted = await cli(leadToken, ['action', 'delete', item.id, '--yes']);
    expect(deleted.stdout).toContain('Deleted action item "Minutes sent"');
    expect((await lead.get(`/api/action-items/${item.id}`)).status).toBe(404);
  });
});
