import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';
import { itemFromText } from './postmortem-flags.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-postmortem-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark postmortem against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['postmortem', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['create', 'list', 'show', 'update', 'publish', 'timeline'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('creates, updates (sending the version), shows, publishes and prints the timeline', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await tpm.post('/api/programs', { name: 'CLI retro', startDate: '2026-05-04' })
    ).body;
    await tpm.post(`/api/programs/${program.id}/issues`, { title: 'Build farm down' });

    const createdPm = await cli(token, [
      'postmortem',
      'create',
      program.id,
      '--title',
      'Spring launch',
      '--went-well',
      'Daily demos',
      '--root-cause',
      'estimation: review time left out',
      '--json',
    ]);
    expect(createdPm.stderr).toBe('');
    const pm = JSON.parse(createdPm.stdout);
    expect(pm).toMatchObject({
      title: 'Spring launch',
      periodFrom: '2026-05-04',
      wentWell: [{ text: 'Daily demos', category: null }],
      rootCauses: [{ text: 'review time left out', category: 'estimation' }],
    });

    const updated = await cli(token, [
      'postmortem',
      'update',
      pm.id,
      '--title',
      'Spring launch review',
    ]);
    expect(updated.stdout).toContain('now version 2');
    const listed = await cli(token, ['postmortem', 'list', program.id]);
    expect(listed.stdout).toContain('Spring launch review');
    const shown = await cli(token, ['postmortem', 'show', pm.id]);
    expect(shown.stdout).toContain('[estimation] review time left out');
    expect(shown.stdout).toContain('What we will do differently');

    const published = await cli(token, ['postmortem', 'publish', pm.id]);
    expect(published.stdout).toContain('Published post-mortem "Spring launch review"');
    const again = await cli(token, ['postmortem', 'update', pm.id, '--title', 'Late edit']);
    expect(again.code).not.toBe(0);
    expect(again.stderr).toContain('published');

    const timeline = await cli(token, ['postmortem', 'timeline', pm.id]);
    expect(timeline.stdout).toContain('Issue raised: Build farm down');
  });

  it('reads "category: text" only when the category is one word', () => {
    expect(itemFromText('process: too many hand-offs')).toEqual({
      category: 'process',
      text: 'too many hand-offs',
    });
    expect(itemFromText('We learned this: test early')).toEqual({
      text: 'We learned this: test early',
    });
  });
});
