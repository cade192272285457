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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-home-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark home', () => {
  it('prints my tasks, requests, decisions and programs, each with its count', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await tpm.post('/api/programs', { name: 'Atlas', status: 'active' })).body;
    await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Write the runbook',
      ownerId: tpm.user.id,
      dueDate: '2026-12-01',
    });
    await tpm.post(`/api/programs/${program.id}/decisions`, { title: 'Which pager?' });

    const out = await cli(['home']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('My tasks: 1\n');
    expect(out.stdout).toMatch(/2026-12-01\s+Write the runbook\s+todo\s+Atlas/);
    expect(out.stdout).toContain('Requests waiting on me: 0\n  No requests waiting.');
    expect(out.stdout).toContain('Which pager?');
    expect(out.stdout).toMatch(/Atlas\s+green/);

    const json = await cli(['home', '--json']);
    expect(JSON.parse(json.stdout).tasks.total).toBe(1);
  });
});
