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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-baseline-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir: configDir }, argv);

describe('waymark baseline save | compare against a server', () => {
  it('saves a baseline, refuses its name twice, and shows the slip after a task grows', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI', startDate: '2027-01-04' }))
      .body;
    const a = (
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Design', estimateHours: 8 })
    ).body;
    const b = (
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Build', estimateHours: 8 })
    ).body;
    await tpm.post('/api/dependencies', { predecessorId: a.id, successorId: b.id });

    const saved = await cli(token, ['baseline', 'save', '--program', program.id, '--name', 'v1']);
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(saved.stdout).toMatch(
      /^Saved baseline "v1" \(.+\): 2 items, finish 2027-01-05T17:00:00\n$/,
    );

    const again = await cli(token, ['baseline', 'save', '--program', program.id, '--name', 'v1']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('name: this program already has a baseline with this name');

    await tpm.patch(`/api/tasks/${a.id}`, { version: a.version, estimateHours: 12 });
    const compared = await cli(token, ['baseline', 'compare', '--program', program.id]);
    expect(compared.code).toBe(0);
    const lines = compared.stdout.trimEnd().split('\n');
    expect(lines[1]).toBe('Program finish: 2027-01-05T17:00:00 -> 2027-01-06T12:00:00 (+4h)');
    expect(lines.slice(4, 6).map((l) => l.split(/\s{2,}/).slice(0, 3))).toEqual([
      ['Build', 'task', '+4h'],
      ['Design', 'task', '+4h'],
    ]);

    const json = await cli(token, [
      'baseline',
      'compare',
      '--program',
      program.id,
      '--from',
      'current',
      '--json',
    ]);
    expect(JSON.parse(json.stdout)).toMatchObject({ finishVarianceMinutes: 0 });

    const bad = await cli(token, ['baseline', 'compare', '--program', program.id, '--to', 'nope']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('to: To must be a baseline id or "current"\n');
  });
});

describe('waymark baseline list | rename | delete against a server', () => {
  it('lists, renames and deletes a baseline only with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI rename' })).body;
    await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Design', estimateHours: 8 });
    const help = await cli(token, ['baseline', '--help']);
    for (const verb of ['save', 'compare', 'list', 'rename', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));

    const saved = await cli(token, [
      'baseline',
      'save',
      '--program',
      program.id,
      '--name',
      'v1',
      '--json',
    ]);
    const baseline = JSON.parse(saved.stdout);
    const renamed = await cli(token, ['baseline', 'rename', baseline.id, '--name', 'Approved']);
    expect(renamed.stderr).toBe('');
    expect(renamed.stdout).toBe(`Renamed baseline to "Approved" (${baseline.id})\n`);
    const listed = await cli(token, ['baseline', 'list', '--program', program.id]);
    expect(listed.stdout).toContain('Approved');
    const stale = await cli(token, [
      'baseline',
      'rename',
      baseline.id,
      '--name',
      'x',
      '--version',
      '1',
    ]);
    expect(stale.code).toBe(2);

    const unconfirmed = await cli(token, ['baseline', 'delete', baseline.id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toBe(
      'Not deleting baseline "Approved" without a confirmation: pass --yes to delete it from a script.\n',
    );
    const deleted = await cli(token, ['baseline', 'delete', baseline.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted baseline "Approved" (${baseline.id})\n`);
    expect((await tpm.get(`/api/baselines/${baseline.id}`)).status).toBe(404);
  });
});
