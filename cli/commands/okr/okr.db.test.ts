import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

// The server's clock is TEST_CLOCK_START (16 November 2026): FY2027-Q4 is current.
let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-okr-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark okr against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['okr', '--help']);
    expect(help.code).toBe(0);
    for (const verb of [
      'list',
      'show',
      'create',
      'update',
      'kr',
      'checkin',
      'link',
      'unlink',
      'commit',
      'grade',
    ])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('creates an objective, adds a decreasing key result, checks in, links, commits and refuses an early grade', async () => {
    const manager = await server.signIn('tpm_manager');
    const token = (await manager.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await manager.post('/api/programs', { name: 'CLI aligned' })).body;

    const created = await cli(token, [
      'okr',
      'create',
      '--period',
      '2027-Q4',
      '--title',
      'Answer faster',
      '--owner-kind',
      'organization',
      '--json',
    ]);
    expect(created.stderr).toBe('');
    const objective = JSON.parse(created.stdout);
    expect(objective).toMatchObject({
      period: 'FY2027-Q4',
      state: 'draft',
      ownerKind: 'organization',
    });

    const renamed = await cli(token, ['okr', 'update', objective.id, '--title', 'Answer sooner']);
    expect(renamed.stdout).toBe(
      `Updated objective "Answer sooner" (${objective.id}), now version 2\n`,
    );
    await cli(token, ['okr', 'update', objective.id, '--title', 'Answer faster']);

    const kr = await cli(token, [
      'okr',
      'kr',
      'add',
      objective.id,
      '--title',
      'Median hours to answer',
      '--start',
      '48',
      '--target',
      '8',
      '--current',
      '28',
      '--json',
    ]);
    expect(kr.stderr).toBe('');
    const keyResult = JSON.parse(kr.stdout);
    // (28 − 48) / (8 − 48) = 0.5.
    expect(keyResult.score).toBe(0.5);

    const checkIn = await cli(token, [
      'okr',
      'checkin',
      keyResult.id,
      '--value',
      '18',
      '--confidence',
      '6',
      '--note',
      'Better',
    ]);
    expect(checkIn.stdout).toBe('Checked in (confidence 6/10)\n');

    const linked = await cli(token, ['okr', 'link', objective.id, '--program', program.id]);
    expect(linked.stdout).toContain('serves 1 program(s)');
    expect((await cli(token, ['okr', 'commit', objective.id])).stdout).toBe(
      'Committed "Answer faster"\n',
    );

    const shown = await cli(token, ['okr', 'show', objective.id]);
    expect(shown.stdout).toContain('committed');
    // (18 − 48) / (8 − 48) = 0.75.
    expect(shown.stdout).toContain('75%');

    const listed = await cli(token, [
      'okr',
      'list',
      '--period',
      'FY2027-Q4',
      '--program',
      program.id,
    ]);
    expect(listed.stdout).toContain('Answer faster');

    const early = await cli(token, ['okr', 'grade', objective.id]);
    expect(early.code).not.toBe(0);
    expect(early.stderr).toContain('cannot be graded before its period ends');

    expect(
      (await cli(token, ['okr', 'unlink', objective.id, '--program', program.id])).stdout,
    ).toBe('Unlinked.\n');
  });
});
