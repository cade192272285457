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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-request-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);
const tokenOf = async (role: 'stakeholder' | 'tpm' | 'tpm_manager', name?: string) => {
  const client = await server.signIn(role, name ? { name } : {});
  return {
    client,
    token: (await client.post('/api/tokens', { name: 'cli' })).body.secret as string,
  };
};

describe('waymark request', () => {
  it('submit → list → assign top → triage accept → show, and refusals exit 2 naming the field', async () => {
    const requester = await tokenOf('stakeholder');
    const manager = await tokenOf('tpm_manager');
    await tokenOf('tpm', 'Cli Tpm');

    const submitted = await cli(requester.token, [
      'request',
      'submit',
      '--title',
      'Consolidate vendors',
      '--team',
      'Finance',
      '--team',
      'IT',
      '--size-guess',
      'm',
      '--json',
    ]);
    expect(submitted.stderr).toBe('');
    expect(submitted.code).toBe(0);
    const created = JSON.parse(submitted.stdout);
    expect(created).toMatchObject({
      title: 'Consolidate vendors',
      teams: ['Finance', 'IT'],
      sizeGuess: 'm',
      source: 'cli',
    });

    const mine = await cli(requester.token, ['request', 'list']);
    expect(mine.stdout).toMatch(
      new RegExp(`^${created.number}\\s+Consolidate vendors\\s+new\\s+(on track|due soon)`, 'm'),
    );

    const waiting = await cli(manager.token, [
      'request',
      'wait',
      created.id,
      '--note',
      'Which vendors?',
    ]);
    expect(waiting.stdout).toBe(
      `Request #${created.number} waits on the requester; its SLA clocks are paused\n`,
    );
    const resumed = await cli(manager.token, ['request', 'wait', created.id, '--resume']);
    expect(resumed.stdout).toMatch(/SLA clocks running again, first response due \d{4}-/);
    const again = await cli(manager.token, ['request', 'wait', created.id, '--resume']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('waiting: not waiting on the requester');

    const assigned = await cli(manager.token, ['request', 'assign', created.id, '--to', 'top']);
    expect(assigned.code).toBe(0);
    expect(assigned.stdout).toMatch(/^Request #\d+ assigned to .+ \(suggestion 1 of \d+\)\n$/);

    const declined = await cli(manager.token, [
      'request',
      'triage',
      created.id,
      '--action',
      'decline',
    ]);
    expect(declined.code).toBe(2);
    expect(declined.stderr).toContain('reason: a reason is required to decline');

    const accepted = await cli(manager.token, [
      'request',
      'triage',
      created.id,
      '--action',
      'accept',
    ]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toMatch(/is accepted \(program [0-9a-f-]{36}\)/);

    const shown = await cli(requester.token, ['request', 'show', created.id]);
    expect(shown.stdout).toContain('State:');
    expect(shown.stdout).toMatch(/: accept\n/);
    expect(shown.stdout).toMatch(/First response: met/);
  });

  it('update: the requester renames an open request and changes its teams; a stale --version says so', async () => {
    const requester = await tokenOf('stakeholder');
    const submitted = await cli(requester.token, [
      'request',
      'submit',
      '--title',
      'Vendors',
      '--json',
    ]);
    const created = JSON.parse(submitted.stdout);
    const updated = await cli(requester.token, [
      'request',
      'update',
      created.id,
      '--title',
      'Consolidate vendors',
      '--team',
      'Finance',
    ]);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(
      `Updated request #${created.number} "Consolidate vendors", now version 2\n`,
    );
    const stale = await cli(requester.token, [
      'request',
      'update',
      created.id,
      '--title',
      'X',
      '--version',
      '1',
    ]);
    expect(stale.code).not.toBe(0);
    expect(stale.stderr).toMatch(/changed/i);
    const nothing = await cli(requester.token, ['request', 'update', created.id]);
    expect(nothing.code).toBe(2);
    const stored = (await requester.client.get(`/api/requests/${created.id}`)).body.request;
    expect(stored).toMatchObject({ title: 'Consolidate vendors', teams: ['Finance'], version: 2 });
  });
});
