import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_CLOCK_START } from '../../../tests/support/test-clock.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer({ now: TEST_CLOCK_START });
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-review-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark review against a server', () => {
  it('adds a weekly review, shows its agenda, records an outcome, refuses a bad rule', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await tpm.post('/api/programs', { name: 'CLI reviewed', startDate: '2027-03-01' })
    ).body;
    const cr = (
      await tpm.post(`/api/programs/${program.id}/change-requests`, {
        title: 'More scope',
        reason: 'Asked',
        changes: [],
      })
    ).body;

    const help = await cli('unused', ['review', '--help']);
    for (const verb of ['add', 'list', 'show', 'update', 'delete', 'agenda', 'outcome'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));

    const added = await cli(token, [
      'review',
      'add',
      '--title',
      'CLI weekly',
      '--program',
      program.id,
      '--starts-on',
      '2027-03-02',
      '--recurrence',
      'FREQ=WEEKLY;BYDAY=TU',
      '--json',
    ]);
    expect(added.code, added.stderr).toBe(0);
    const review = JSON.parse(added.stdout);
    expect(review).toMatchObject({ title: 'CLI weekly', nextOccurrence: '2027-03-02' });

    const bad = await cli(token, ['review', 'update', review.id, '--recurrence', 'FREQ=HOURLY']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('recurrence');

    const agenda = await cli(token, ['review', 'agenda', review.id, '--date', '2027-03-09']);
    expect(agenda.code, agenda.stderr).toBe(0);
    expect(agenda.stdout).toContain(`change_request_pending:${cr.id}`);
    expect(agenda.stdout).toContain('CR-1 More scope');

    const noted = await cli(token, [
      'review',
      'outcome',
      review.id,
      '--date',
      '2027-03-09',
      '--item',
      `change_request_pending:${cr.id}`,
      '--kind',
      'note',
      '--text',
      'Waiting on the estimate',
    ]);
    expect(noted.code, noted.stderr).toBe(0);
    expect(noted.stdout).toContain('Recorded note on "CR-1 More scope"');

    const next = await cli(token, ['review', 'agenda', review.id, '--date', '2027-03-16']);
    expect(next.stdout).toContain('[carried over from 2027-03-09]');

    const list = await cli(token, ['review', 'list']);
    expect(list.stdout).toContain('CLI weekly');
    const show = await cli(token, ['review', 'show', review.id]);
    expect(show.stdout).toContain('2027-03-02, 2027-03-09');
  });
});
