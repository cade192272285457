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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-risk-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark risk against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['risk', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'show', 'add', 'update', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds, lists, updates (sending the version) and deletes only with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI risks' })).body;
    const [a, b] = await Promise.all(
      ['A', 'B'].map(
        async (name) => (await tpm.post(`/api/programs/${program.id}/tasks`, { name })).body,
      ),
    );

    const added = await cli(token, [
      'risk',
      'add',
      '--program',
      program.id,
      '--title',
      'Vendor late',
      '--probability',
      '0.4',
      '--delay-hours',
      '16',
      '--cost',
      '900',
      '--task',
      a.id,
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const risk = JSON.parse(added.stdout);
    expect(risk).toMatchObject({ title: 'Vendor late', probability: 0.4, taskIds: [a.id] });

    const listed = await cli(token, ['risk', 'list', '--program', program.id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('Vendor late');

    const updated = await cli(token, [
      'risk',
      'update',
      risk.id,
      '--probability',
      '0.6',
      '--task',
      a.id,
      '--task',
      b.id,
    ]);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(`Updated risk "Vendor late" (${risk.id}), now version 2\n`);
    expect((await tpm.get(`/api/risks/${risk.id}`)).body).toMatchObject({
      probability: 0.6,
      taskIds: [a.id, b.id],
      cost: 900,
    });

    const stale = await cli(token, ['risk', 'update', risk.id, '--version', '1', '--title', 'x']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/changed by someone else/);
    const nothing = await cli(token, ['risk', 'update', risk.id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^Nothing to change/);

    const unconfirmed = await cli(token, ['risk', 'delete', risk.id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toBe(
      'Not deleting risk "Vendor late" without a confirmation: pass --yes to delete it from a script.\n',
    );
    expect((await tpm.get(`/api/risks/${risk.id}`)).status).toBe(200);
    const deleted = await cli(token, ['risk', 'delete', risk.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted risk "Vendor late" (${risk.id})\n`);
    expect((await tpm.get(`/api/risks/${risk.id}`)).status).toBe(404);
  });

  it('sets every register field, shows a risk and lists across the portfolio with filters', async () => {
    const tpm = await server.signIn('tpm');
    const owner = await server.signIn('tpm', { name: 'Register Owner' });
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI register' })).body;
    const other = (await tpm.post('/api/programs', { name: 'CLI register two' })).body;

    const bare = await cli(token, [
      'risk',
      'add',
      '--program',
      other.id,
      '--title',
      'Bare',
      '--json',
    ]);
    expect(bare.stderr).toBe('');
    expect(JSON.parse(bare.stdout)).toMatchObject({ probability: 0.5, status: 'open', score: 9 });

    const added = await cli(token, [
      'risk',
      'add',
      '--program',
      program.id,
      '--title',
      'Licence audit',
      '--description',
      'The vendor may audit our seats.',
      '--owner',
      owner.user.id,
      '--category',
      'compliance',
      '--status',
      'mitigating',
      '--response',
      'mitigate',
      '--probability',
      '0.2',
      '--impact',
      '5',
      '--mitigation',
      'Count the seats.',
      '--mitigation-due',
      '2027-01-15',
      '--contingency',
      'Buy the missing seats.',
      '--trigger',
      'An audit letter.',
      '--proximity',
      '2027-03-01',
      '--review',
      '2027-01-05',
      '--delay-hours',
      '8',
      '--delay-low',
      '4',
      '--delay-high',
      '24',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const risk = JSON.parse(added.stdout);
    expect(risk).toMatchObject({
      ownerId: owner.user.id,
      category: 'compliance',
      status: 'mitigating',
      response: 'mitigate',
      likelihood: 2,
      impact: 5,
      score: 10,
      mitigationDueDate: '2027-01-15',
      proximityDate: '2027-03-01',
      reviewDate: '2027-01-05',
      delayOptimisticHours: 4,
      delayPessimisticHours: 24,
    });

    const shown = await cli(token, ['risk', 'show', risk.id]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/Owner:\s+Register Owner/);
    expect(shown.stdout).toMatch(/Score:\s+10 \(likelihood 2 × impact 5\)/);
    expect(shown.stdout).toMatch(/Delay:\s+4 \/ 8 \/ 24 h/);

    const occurred = await cli(token, [
      'risk',
      'update',
      risk.id,
      '--status',
      'occurred',
      '--json',
    ]);
    expect(JSON.parse(occurred.stdout)).toMatchObject({ status: 'occurred', version: 2 });
    expect(JSON.parse(occurred.stdout).occurredAt).not.toBeNull();

    const portfolio = await cli(token, ['risk', 'list', '--owner', owner.user.id]);
    expect(portfolio.code).toBe(0);
    expect(portfolio.stdout).toMatch(/^PROGRAM/);
    expect(portfolio.stdout).toContain('CLI register');
    expect(portfolio.stdout).toContain('Licence audit');
    expect(portfolio.stdout).not.toContain('Bare');
    const open = await cli(token, ['risk', 'list', '--status', 'open,mitigating', '--json']);
    const titles = JSON.parse(open.stdout).items.map((r: { title: string }) => r.title);
    expect(titles).toContain('Bare');
    expect(titles).not.toContain('Licence audit');

    const badOrder = await cli(token, ['risk', 'update', risk.id, '--delay-low', '30']);
    expect(badOrder.code).toBe(2);
    expect(badOrder.stderr).toMatch(/delayOptimisticHours/);
  });
});
