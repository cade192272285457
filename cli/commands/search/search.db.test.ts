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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-search-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark search against a server', () => {
  it('prints kind, title, program and link; --kind and --program narrow; --json is the response', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'Lighthouse automation' })).body;
    const milestone = (
      await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'Lantern retrofit done' })
    ).body;
    await tpm.post(`/api/programs/${program.id}/issues`, { title: 'Lantern spares delayed' });

    const table = await cli(token, ['search', 'lantern']);
    expect(table.stderr).toBe('');
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^KIND\s+TITLE\s+PROGRAM\s+LINK/m);
    expect(table.stdout).toMatch(
      /^milestone\s+Lantern retrofit done\s+Lighthouse automation\s+\/programs\//m,
    );
    expect(table.stdout).toMatch(/^issue\s+Lantern spares delayed/m);

    const json = await cli(token, [
      'search',
      'lantern',
      'retro',
      '--kind',
      'milestone',
      '--program',
      program.id,
      '--json',
    ]);
    const body = JSON.parse(json.stdout);
    expect(body.items.map((i: { id: string }) => i.id)).toEqual([milestone.id]);
    expect(body.nextCursor).toBeNull();

    const none = await cli(token, ['search', 'lantern', '--kind', 'person']);
    expect(none.stdout).toBe('Nothing found.\n');
  });

  it('reports a bad kind as refused input (exit 2)', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const r = await cli(token, ['search', 'x', '--kind', 'planet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/kinds/);
  });
});
