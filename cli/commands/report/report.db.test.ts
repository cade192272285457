import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-report-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark report against a server', () => {
  it('drafts, updates, publishes, lists, exports and diffs', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await tpm.post('/api/programs', { name: 'CLI reports', startDate: '2026-11-16' })
    ).body;
    const milestone = (
      await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'Cutover' })
    ).body;
    await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Migrate',
      estimateHours: 16,
      milestoneId: milestone.id,
    });

    const drafted = await cli(token, ['report', 'draft', program.id, '--json']);
    expect(drafted.stderr).toBe('');
    const first = JSON.parse(drafted.stdout);
    expect(first.facts.milestones.upcoming[0]).toMatchObject({ name: 'Cutover' });

    const shown = await cli(token, ['report', 'show', first.id]);
    expect(shown.stdout).toContain('Upcoming:');
    expect(shown.stdout).toContain('Cutover');

    const noReason = await cli(token, ['report', 'update', first.id, '--health', 'red']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('healthOverride.reason');

    const updated = await cli(token, [
      'report',
      'update',
      first.id,
      '--summary',
      'Cutover on track.',
      '--health',
      'amber',
      '--health-reason',
      'Vendor is slow to answer.',
      '--json',
    ]);
    expect(JSON.parse(updated.stdout)).toMatchObject({
      summary: 'Cutover on track.',
      effectiveHealth: 'amber',
      version: 2,
    });

    const published = await cli(token, ['report', 'publish', first.id]);
    expect(published.stdout).toContain('Published');
    const again = await cli(token, ['report', 'update', first.id, '--summary', 'late edit']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toMatch(/published/);

    const list = await cli(token, ['report', 'list', program.id]);
    expect(list.stdout).toContain('published');

    const file = path.join(configDir, 'report.md');
    const exported = await cli(token, [
      'report',
      'export',
      first.id,
      '--format',
      'markdown',
      '--output',
      file,
    ]);
    expect(exported.code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('| Cutover |');

    const second = JSON.parse((await cli(token, ['report', 'draft', program.id, '--json'])).stdout);
    const diff = await cli(token, ['report', 'diff', second.id, '--against', first.id, '--json']);
    expect(JSON.parse(diff.stdout)).toMatchObject({
      from: { id: first.id },
      to: { id: second.id },
      health: { from: 'amber', to: 'green' },
    });
  });

  it('delivers only what is configured, and deletes drafts only', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'Deliveries' })).body;
    const draft = JSON.parse((await cli(token, ['report', 'draft', program.id, '--json'])).stdout);

    const nothing = await cli(token, ['report', 'deliver', draft.id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give --email ADDRESSES, --slack, or both');
    const noSlack = await cli(token, ['report', 'deliver', draft.id, '--slack']);
    expect(noSlack.code).not.toBe(0);
    expect(noSlack.stderr).toContain('slack');

    const published = JSON.parse(
      (await cli(token, ['report', 'draft', program.id, '--json'])).stdout,
    );
    await cli(token, ['report', 'publish', published.id]);
    const kept = await cli(token, ['report', 'delete', published.id, '--yes']);
    expect(kept.code).not.toBe(0);
    expect((await tpm.get(`/api/status-reports/${published.id}`)).status).toBe(200);

    const deleted = await cli(token, ['report', 'delete', draft.id, '--yes']);
    expect(deleted.code, deleted.stderr).toBe(0);
    expect((await tpm.get(`/api/status-reports/${draft.id}`)).status).toBe(404);
  });
});
