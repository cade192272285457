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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-audit-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark audit list', () => {
  it('lists newest first with the filters, pages, and names bad flags', async () => {
    const admin = await server.signIn('admin');
    const token = (await admin.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const tpm = await server.signIn('tpm');
    const alpha = (await tpm.post('/api/programs', { name: 'Alpha' })).body;
    const beta = (await tpm.post('/api/programs', { name: 'Beta' })).body;
    for (let i = 0; i < 11; i++)
      await tpm.post(`/api/programs/${alpha.id}/workstreams`, { name: `WS ${i}` });

    const all = await cli(['audit', 'list', '--json']);
    expect(all.code).toBe(0);
    const ids = (JSON.parse(all.stdout).items as { id: string }[]).map((e) => Number(e.id));
    expect(ids.length).toBeGreaterThan(10);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));

    const program = await cli(['audit', 'list', '--program', alpha.id, '--limit', '5']);
    expect(program.code).toBe(0);
    const lines = program.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+AT \(UTC\)\s+ACTOR\s+ACTION\s+ENTITY\s+PROGRAM$/);
    expect(lines.slice(1, 6).every((l) => l.includes('workstream') && l.includes(alpha.id))).toBe(
      true,
    );
    expect(lines[6]).toMatch(/^More: waymark audit list --before \d+/);
    expect(program.stdout).not.toContain(beta.id);

    const betaOnly = await cli([
      'audit',
      'list',
      '--entity-type',
      'program',
      '--entity-id',
      beta.id,
      '--actor',
      tpm.user.id,
      '--from',
      '2000-01-01',
      '--json',
    ]);
    expect(JSON.parse(betaOnly.stdout).items).toMatchObject([
      { entityType: 'program', entityId: beta.id, action: 'create', actorEmail: tpm.user.email },
    ]);
    const none = await cli(['audit', 'list', '--to', '2000-01-01']);
    expect(none.stdout).toBe('No audit events.\n');

    const badDay = await cli(['audit', 'list', '--from', 'yesterday']);
    expect(badDay.code).toBe(2);
    expect(badDay.stderr).toContain('from: give a day');
    const badActor = await cli(['audit', 'list', '--actor', 'nobody']);
    expect(badActor.code).toBe(2);
    expect(badActor.stderr).toContain('actorId');

    const stakeholder = await server.signIn('stakeholder');
    const theirs = (await stakeholder.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const refused = await runCliAgainst({ url: server.url, token: theirs, configDir }, [
      'audit',
      'list',
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('Only an admin can read the audit log.');
  });
});
