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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-time-off-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark person time-off-update | time-off-delete against a server', () => {
  it('changes one field of recorded time off and deletes it only with --yes', async () => {
    const dev = await server.signIn('tpm');
    const token = (await dev.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const id = dev.user.id;
    const help = await cli(token, ['person', '--help']);
    for (const verb of ['time-off', 'time-off-update', 'time-off-delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));

    const recorded = await cli(token, [
      'person',
      'time-off',
      id,
      '--from',
      '2027-02-01',
      '--to',
      '2027-02-03',
      '--json',
    ]);
    const off = JSON.parse(recorded.stdout);

    const updated = await cli(token, ['person', 'time-off-update', id, off.id, '--kind', 'sick']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(
      'Updated time off: sick from 2027-02-01 to 2027-02-03, now version 2\n',
    );
    const reversed = await cli(token, [
      'person',
      'time-off-update',
      id,
      off.id,
      '--to',
      '2027-01-01',
    ]);
    expect(reversed.code).toBe(2);
    expect(reversed.stderr).toContain('to: To must be on or after from (2027-02-01)');

    const peer = await server.signIn('tpm');
    const peerToken = (await peer.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const refused = await cli(peerToken, ['person', 'time-off-delete', id, off.id, '--yes']);
    expect(refused.code).toBe(2);

    expect((await cli(token, ['person', 'time-off-delete', id, off.id])).code).toBe(2);
    const deleted = await cli(token, ['person', 'time-off-delete', id, off.id, '--yes']);
    expect(deleted.stdout).toBe('Deleted time off from 2027-02-01 to 2027-02-03\n');
    expect((await dev.get(`/api/people/${id}`)).body.timeOff).toEqual([]);
  });
});
