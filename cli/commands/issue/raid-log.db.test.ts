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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-raid-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

async function signedIn() {
  const tpm = await server.signIn('tpm');
  const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
  return { tpm, token };
}

describe('waymark assumption, issue and external-dependency against a server', () => {
  it.each(['assumption', 'issue', 'external-dependency'])('%s lists its verbs', async (noun) => {
    const help = await cli('unused', [noun, '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'show', 'add', 'update', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds an assumption with only a statement, lists it program-wide and portfolio-wide, updates, shows and deletes it', async () => {
    const { tpm, token } = await signedIn();
    const program = (await tpm.post('/api/programs', { name: 'CLI assumptions' })).body;
    const added = await cli(token, [
      'assumption',
      'add',
      '--program',
      program.id,
      '--statement',
      'Traffic stays flat',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const assumption = JSON.parse(added.stdout);
    expect(assumption).toMatchObject({ status: 'unvalidated', ownerId: null });

    const updated = await cli(token, [
      'assumption',
      'update',
      assumption.id,
      '--status',
      'invalid',
      '--owner',
      tpm.user.id,
    ]);
    expect(updated.stdout).toBe(
      `Updated assumption "Traffic stays flat" (${assumption.id}), now version 2\n`,
    );
    const listed = await cli(token, ['assumption', 'list', '--program', program.id]);
    expect(listed.stdout).toMatch(/Traffic stays flat\s+invalid/);
    const portfolio = await cli(token, ['assumption', 'list', '--status', 'invalid']);
    expect(portfolio.stdout).toContain('CLI assumptions');
    const shown = await cli(token, ['assumption', 'show', assumption.id]);
    expect(shown.stdout).toMatch(/^Status:\s+invalid$/m);
    expect(shown.stdout).toContain(`Owner:        ${tpm.user.name}`);

    const badStatus = await cli(token, ['assumption', 'update', assumption.id, '--status', 'x']);
    expect(badStatus.code).toBe(2);
    expect(badStatus.stderr).toContain('status');
    const deleted = await cli(token, ['assumption', 'delete', assumption.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted assumption "Traffic stays flat" (${assumption.id})\n`);
    expect((await tpm.get(`/api/assumptions/${assumption.id}`)).status).toBe(404);
  });

  it('logs an issue blocking a task, filters by severity, and prints the RAID dependencies', async () => {
    const { tpm, token } = await signedIn();
    const program = (await tpm.post('/api/programs', { name: 'CLI issues' })).body;
    const other = (await tpm.post('/api/programs', { name: 'Upstream program' })).body;
    const task = (await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Ship' })).body;
    const theirs = (
      await tpm.post(`/api/programs/${other.id}/tasks`, {
        name: 'Their API',
        dueDate: '2027-01-08',
      })
    ).body;
    await tpm.post('/api/dependencies', { predecessorId: theirs.id, successorId: task.id });

    const added = await cli(token, [
      'issue',
      'add',
      '--program',
      program.id,
      '--title',
      'Staging is down',
      '--severity',
      'critical',
      '--escalation-level',
      'director',
      '--task',
      task.id,
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const issue = JSON.parse(added.stdout);
    expect(issue).toMatchObject({ severity: 'critical', taskIds: [task.id], status: 'open' });
    const critical = await cli(token, ['issue', 'list', '--severity', 'critical']);
    expect(critical.stdout).toMatch(/CLI issues\s+Staging is down\s+critical\s+open\s+director/);
    expect(
      (await cli(token, ['issue', 'list', '--program', program.id, '--severity', 'low'])).stdout,
    ).toBe('No issues.\n');
    const resolved = await cli(token, [
      'issue',
      'update',
      issue.id,
      '--status',
      'resolved',
      '--json',
    ]);
    expect(JSON.parse(resolved.stdout).resolvedAt).not.toBeNull();

    const foreign = await cli(token, [
      'external-dependency',
      'add',
      '--program',
      program.id,
      '--title',
      'Cloud quota',
      '--task',
      theirs.id,
    ]);
    expect(foreign.code).toBe(2);
    expect(foreign.stderr).toMatch(/^taskIds\[0\]: no task /m);
    const vendor = await cli(token, [
      'external-dependency',
      'add',
      '--program',
      program.id,
      '--title',
      'Cloud quota',
      '--kind',
      'vendor',
      '--party',
      'Example Cloud',
      '--need-by-date',
      '2027-01-04',
    ]);
    expect(vendor.stdout).toMatch(/^Added external dependency "Cloud quota"/);

    const raid = await cli(token, ['program', 'dependencies', program.id]);
    expect(raid.code).toBe(0);
    expect(raid.stdout).toMatch(
      /upstream\s+Upstream program\s+Their API\s+Ship\s+FS\s+0\s+2027-01-08/,
    );
    expect(raid.stdout).toMatch(/Cloud quota\s+vendor\s+Example Cloud\s+2027-01-04\s+pending/);
  });
});
