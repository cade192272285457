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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-kpi-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark kpi against a server', () => {
  it('lists, shows with trend and items, and sets a target as a manager only', async () => {
    const boss = await server.signIn('tpm_manager');
    const tpm = await server.signIn('tpm');
    const bossToken = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const tpmToken = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await server.db.query<{ id: string }>(
        `INSERT INTO programs (name, owner_id) VALUES ('CLI KPIs', $1) RETURNING id`,
        [boss.user.id],
      )
    ).rows[0]!.id;
    await server.db.query(
      `INSERT INTO milestones (program_id, name, due_date, state, achieved_at)
       VALUES ($1, 'Launch', '2026-05-01', 'achieved', '2026-05-04T12:00:00'),
              ($1, 'Beta', '2026-06-01', 'achieved', '2026-06-01T12:00:00')`,
      [program],
    );
    const period = ['--from', '2026-02-01', '--to', '2026-07-31', '--program', program];

    const list = await cli(tpmToken, ['kpi', 'list', ...period]);
    expect(list.stderr).toBe('');
    expect(list.stdout).toContain('KPIs from 2026-02-01 to 2026-07-31');
    expect(list.stdout).toMatch(/completion_on_time_on_budget\s.*\s50%\s+80%\s+red\s+2/);

    const json = JSON.parse((await cli(tpmToken, ['kpi', 'list', ...period, '--json'])).stdout);
    expect(json.items).toHaveLength(8);

    const show = await cli(tpmToken, ['kpi', 'show', 'completion_on_time_on_budget', ...period]);
    expect(show.stderr).toBe('');
    expect(show.stdout).toMatch(/Value:\s+50% over 2/);
    expect(show.stdout).toMatch(/FY2027-Q2\s+2026-05-01\s+2026-07-31\s+50%\s+2/);
    expect(show.stdout).toContain('Achieved 4 May 2026, after the due date 1 May 2026');

    const refused = await cli(tpmToken, [
      'kpi',
      'target',
      'completion_on_time_on_budget',
      '--green',
      '0.5',
    ]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toContain('Only a TPM manager or an admin sets KPI targets.');

    const set = await cli(bossToken, [
      'kpi',
      'target',
      'completion_on_time_on_budget',
      '--green',
      '0.5',
      '--amber',
      '0.4',
    ]);
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain('Updated the target: 0.8 (green 0.5, amber 0.4), now version 2');
    const after = JSON.parse(
      (await cli(tpmToken, ['kpi', 'show', 'completion_on_time_on_budget', ...period, '--json']))
        .stdout,
    );
    expect(after.rag).toBe('green');

    const unknown = await cli(tpmToken, ['kpi', 'show', 'nonsense']);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toContain('KPI nonsense does not exist.');
  });
});
