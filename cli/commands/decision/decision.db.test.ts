import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';
import { parseDecisionOption } from './decision-flags.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-decision-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

async function tokenOf(role: 'tpm' | 'tpm_manager') {
  const client = await server.signIn(role);
  const token = (await client.post('/api/tokens', { name: 'cli' })).body.secret as string;
  return { client, token };
}

describe('--option "name|pros|cons|cost"', () => {
  it('reads the parts it is given, and leaves the empty ones out', () => {
    expect(parseDecisionOption('Buy|Fast|Lock-in|1200.50')).toEqual({
      name: 'Buy',
      pros: 'Fast',
      cons: 'Lock-in',
      cost: 1200.5,
    });
    expect(parseDecisionOption('Build||Slow')).toEqual({ name: 'Build', cons: 'Slow' });
    expect(parseDecisionOption('Wait|||soon')).toEqual({ name: 'Wait', cost: 'soon' });
  });
});

describe('waymark decision against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['decision', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['add', 'list', 'show', 'update', 'decide', 'supersede', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('proposes with options, decides, supersedes, lists and deletes only with --yes', async () => {
    const { client: tpm, token } = await tokenOf('tpm');
    const program = (await tpm.post('/api/programs', { name: 'CLI decisions' })).body;

    const added = await cli(token, [
      'decision',
      'add',
      '--program',
      program.id,
      '--title',
      'Which queue?',
      '--option',
      'Kafka|Known|Heavy|1200',
      '--option',
      'SQS|Managed|Lock-in|300.25',
      '--needed-by',
      '2026-11-30',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const a = JSON.parse(added.stdout);
    expect(a).toMatchObject({ title: 'Which queue?', status: 'proposed', neededBy: '2026-11-30' });
    expect(a.options.map((o: { cost: number }) => o.cost)).toEqual([1200, 300.25]);

    const badOption = await cli(token, [
      'decision',
      'add',
      '--program',
      program.id,
      '--title',
      'x',
      '--option',
      'A',
      '--option',
      '|no name',
    ]);
    expect(badOption.code).toBe(2);
    expect(badOption.stderr).toMatch(/options\[1\]\.name/);

    const undecided = await cli(token, ['decision', 'decide', a.id, '--option', '1']);
    expect(undecided.code).toBe(2);
    expect(undecided.stderr).toMatch(/decision/);

    const decided = await cli(token, [
      'decision',
      'decide',
      a.id,
      '--decision',
      'SQS: managed',
      '--option',
      '1',
      '--on',
      '2026-11-20',
    ]);
    expect(decided.stderr).toBe('');
    expect(decided.stdout).toBe(
      `Decided decision "Which queue?" (${a.id}) on 2026-11-20: SQS: managed\n`,
    );
    expect((await tpm.get(`/api/decisions/${a.id}`)).body).toMatchObject({
      status: 'decided',
      chosenOption: 1,
      decidedById: tpm.user.id,
    });

    const b = JSON.parse(
      (await cli(token, ['decision', 'add', '--program', program.id, '--title', 'Redo', '--json']))
        .stdout,
    );
    const superseded = await cli(token, ['decision', 'supersede', a.id, '--by-decision', b.id]);
    expect(superseded.stderr).toBe('');
    expect(superseded.stdout).toContain('superseded by "Redo"');

    const listed = await cli(token, ['decision', 'list', '--program', program.id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain('superseded by "Redo"');
    const shown = await cli(token, ['decision', 'show', a.id]);
    expect(shown.stdout).toMatch(/1\. SQS \(chosen\)/);

    const unconfirmed = await cli(token, ['decision', 'delete', a.id]);
    expect(unconfirmed.code).toBe(2);
    expect((await tpm.get(`/api/decisions/${a.id}`)).status).toBe(200);
    const deleted = await cli(token, ['decision', 'delete', a.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted decision "Which queue?" (${a.id})\n`);
    expect((await tpm.get(`/api/decisions/${a.id}`)).status).toBe(404);
  });

  it('lists portfolio-wide without --program; a TPM cannot add a portfolio decision', async () => {
    const { token: managerToken } = await tokenOf('tpm_manager');
    const { token } = await tokenOf('tpm');
    const refused = await cli(token, ['decision', 'add', '--title', 'Reorg']);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/TPM manager/);
    const added = await cli(managerToken, [
      'decision',
      'add',
      '--title',
      'Freeze hiring',
      '--needed-by',
      '2026-01-01',
    ]);
    expect(added.stderr).toBe('');
    const listed = await cli(token, ['decision', 'list', '--overdue']);
    expect(listed.stdout).toMatch(/\(portfolio\)\s+Freeze hiring\s+proposed, OVERDUE/);
  });
});
