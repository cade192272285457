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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-allocation-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark allocation update | delete', () => {
  it('changes the amount and dates at the version read, refuses an over-allocation unless confirmed, deletes with --yes', async () => {
    const tpm = await server.signIn('tpm', { name: 'Grace Alloc' });
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await tpm.post('/api/programs', { name: 'Beacon' })).body;
    const allocation = (
      await tpm.post('/api/allocations', {
        personId: tpm.user.id,
        programId: program.id,
        percent: 50,
        from: '2027-01-04',
      })
    ).body;
    const id = allocation.id;

    const updated = await cli([
      'allocation',
      'update',
      id,
      '--percent',
      '60',
      '--to',
      '2027-06-30',
    ]);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(
      `Updated allocation: Grace Alloc 60% on Beacon from 2027-01-04 to 2027-06-30 (${id}), now version 2\n`,
    );
    const hours = await cli([
      'allocation',
      'update',
      id,
      '--hours-per-week',
      '10',
      '--to',
      'none',
      '--json',
    ]);
    expect(JSON.parse(hours.stdout)).toMatchObject({
      percent: null,
      hoursPerWeek: 10,
      to: null,
      version: 3,
    });

    const badDates = await cli(['allocation', 'update', id, '--to', '2026-01-01']);
    expect(badDates.code).toBe(2);
    expect(badDates.stderr).toMatch(/^to: /m);
    const over = await cli(['allocation', 'update', id, '--percent', '150']);
    expect(over.code).toBe(2);
    expect(over.stderr).toMatch(/over-allocat/i);
    expect((await tpm.get(`/api/allocations/${id}`)).body).toMatchObject({
      hoursPerWeek: 10,
      version: 3,
    });
    const confirmed = await cli([
      'allocation',
      'update',
      id,
      '--percent',
      '150',
      '--confirm-over-allocation',
    ]);
    expect(confirmed.stdout).toMatch(
      /150% on Beacon .* now version 4 — over-allocation confirmed\n$/,
    );
    const stale = await cli(['allocation', 'update', id, '--percent', '20', '--version', '3']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Someone else changed allocation of Grace Alloc 150%/);

    const unconfirmed = await cli(['allocation', 'delete', id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/pass --yes to delete it from a script\.\n$/);
    expect((await tpm.get(`/api/allocations/${id}`)).status).toBe(200);
    const deleted = await cli(['allocation', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(
      `Deleted allocation of Grace Alloc 150% on Beacon from 2027-01-04 to open end (${id})\n`,
    );
    expect((await tpm.get(`/api/allocations/${id}`)).status).toBe(404);
  });
});
