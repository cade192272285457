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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-team-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark person | allocation | capacity | headcount', () => {
  it('allocates through the CLI, refusing an over-allocation until confirmed, and shows it in the capacity table', async () => {
    const boss = await server.signIn('tpm_manager', { name: 'Casey Boss' });
    const token = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const person = await server.signIn('tpm', { name: 'Robin Planner' });
    const program = (await boss.post('/api/programs', { name: 'Beacon' })).body;

    const people = await cli(token, ['person', 'list', '--q', 'Robin']);
    expect(people.code).toBe(0);
    expect(people.stdout.split('\n')[1]).toContain('Robin Planner');

    const add = (extra: string[]) =>
      cli(token, [
        'allocation',
        'add',
        '--person',
        person.user.id,
        '--from',
        '2026-11-23',
        '--to',
        '2026-12-04',
        ...extra,
      ]);
    const first = await add(['--program', program.id, '--percent', '80']);
    expect(first.stderr).toBe('');
    expect(first.stdout).toMatch(
      /^Allocated Robin Planner 80% to Beacon from 2026-11-23 to 2026-12-04/,
    );
    const refused = await add(['--run-work', 'Support rota', '--hours-per-week', '16']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(
      'week of 2026-11-23: 48 h booked, 40 h available (Beacon, Run work)',
    );
    const confirmed = await add([
      '--run-work',
      'Support rota',
      '--hours-per-week',
      '16',
      '--confirm-over-allocation',
    ]);
    expect(confirmed.code).toBe(0);
    expect(confirmed.stdout).toContain('over-allocation confirmed');

    const table = await cli(token, ['capacity', '--from', '2026-11-23', '--weeks', '3']);
    expect(table.code).toBe(0);
    const row = table.stdout.split('\n').find((l) => l.startsWith('Robin Planner'))!;
    expect(row.split(/\s{2,}/)).toEqual(['Robin Planner', '120%!', '120%!', '0%']);
    expect(table.stdout).toContain(
      'Robin Planner, week of 2026-11-23: 48 h of 40 h — Beacon 32 h, Run work 16 h',
    );

    const list = await cli(token, ['allocation', 'list', '--person', person.user.id, '--json']);
    expect(JSON.parse(list.stdout).items).toHaveLength(2);
  });

  it('prints the headcount plan per quarter', async () => {
    const boss = await server.signIn('tpm_manager');
    const token = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    await boss.post('/api/headcount/roles', {
      title: 'Senior TPM, search',
      quarter: 'FY2027-Q3',
      status: 'open',
    });
    const out = await cli(token, ['headcount', 'list', '--fiscal-year', 'FY2027']);
    expect(out.code).toBe(0);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toMatch(/^FY2027/);
    expect(lines[1]!.split(/\s{2,}/)).toEqual([
      'QUARTER',
      'DEMAND FTE',
      'STAFF FTE',
      'OPEN',
      'PLANNED',
      'FILLED',
      'GAP FTE',
    ]);
    expect(lines[4]!.split(/\s{2,}/)).toEqual(['FY2027-Q3', '0', '0', '1', '0', '0', '-1']);
    expect(out.stdout).toContain('Senior TPM, search');
  });
});
