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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-holiday-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark holiday against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['holiday', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['list', 'add', 'update', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds, lists, moves, refuses a taken day and deletes only with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const added = await cli(token, [
      'holiday',
      'add',
      '--day',
      '2027-12-25',
      '--name',
      'Xmas',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const holiday = JSON.parse(added.stdout);
    await cli(token, ['holiday', 'add', '--day', '2027-12-26', '--name', 'Boxing Day']);

    const listed = await cli(token, ['holiday', 'list']);
    expect(listed.stdout.split('\n').filter((l) => /2027-12-2[56]/.test(l))).toHaveLength(2);

    const moved = await cli(token, ['holiday', 'update', holiday.id, '--name', 'Christmas Day']);
    expect(moved.stdout).toBe('Updated holiday "Christmas Day" on 2027-12-25, now version 2\n');
    const taken = await cli(token, ['holiday', 'update', holiday.id, '--day', '2027-12-26']);
    expect(taken.code).toBe(2);
    expect(taken.stderr).toContain('day: 2027-12-26 is already a holiday.');

    const unconfirmed = await cli(token, ['holiday', 'delete', holiday.id]);
    expect(unconfirmed.code).toBe(2);
    expect(unconfirmed.stderr).toMatch(/pass --yes to delete it from a script/);
    const deleted = await cli(token, ['holiday', 'delete', holiday.id, '--yes']);
    expect(deleted.stdout).toBe('Deleted holiday "Christmas Day" on 2027-12-25\n');
    const left = (await tpm.get('/api/holidays')).body.items.map((h: { name: string }) => h.name);
    expect(left).toEqual(['Boxing Day']);

    const unknown = await cli(token, ['holiday', 'delete', holiday.id, '--yes']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe(`Holiday ${holiday.id} does not exist.\n`);
  });
});
