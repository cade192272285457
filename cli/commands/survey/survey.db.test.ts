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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-survey-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark survey against a server', () => {
  it('lists its verbs in --help', async () => {
    const help = await cli('unused', ['survey', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['create', 'list', 'show', 'invite', 'results', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('creates, invites, shows results after an answer, and deletes only with --yes', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI surveys' })).body;

    const created = await cli(token, [
      'survey',
      'create',
      '--title',
      'Pulse',
      '--program',
      program.id,
      '--anonymous',
      '--json',
    ]);
    expect(created.stderr).toBe('');
    const survey = JSON.parse(created.stdout);
    expect(survey).toMatchObject({ title: 'Pulse', programId: program.id, anonymous: true });

    const listed = await cli(token, ['survey', 'list', '--program', program.id]);
    expect(listed.stdout).toContain('Pulse');

    const invited = await cli(token, [
      'survey',
      'invite',
      survey.id,
      '--email',
      'ada@example.test',
      '--json',
    ]);
    const links = JSON.parse(invited.stdout).items;
    expect(links).toHaveLength(1);
    const twice = await cli(token, [
      'survey',
      'invite',
      survey.id,
      '--email',
      'ben@example.test',
      '--email',
      'ben@example.test',
    ]);
    expect(twice.code).toBe(2);
    expect(twice.stderr).toContain('emails[1]: repeats ben@example.test');

    const answered = await server.anonymous().post(`/api/survey-responses/${links[0].token}`, {
      answers: { satisfaction: 4, communication: 3, responsiveness: 5 },
      comment: 'Helpful',
    });
    expect(answered.status).toBe(201);

    const results = await cli(token, ['survey', 'results', survey.id]);
    expect(results.code).toBe(0);
    expect(results.stdout).toContain('1 of 1 invited (100%)');
    expect(results.stdout).toContain('mean 4.00');
    expect(results.stdout).toContain('Helpful');
    expect(results.stdout).not.toContain('ada@example.test');

    const shown = await cli(token, ['survey', 'show', survey.id]);
    expect(shown.stdout).toContain('satisfaction:');

    const refused = await cli(token, ['survey', 'delete', survey.id]);
    expect(refused.code).not.toBe(0);
    expect((await tpm.get(`/api/surveys/${survey.id}`)).status).toBe(200);
    const deleted = await cli(token, ['survey', 'delete', survey.id, '--yes']);
    expect(deleted.stdout).toContain('Deleted survey "Pulse"');
    expect((await tpm.get(`/api/surveys/${survey.id}`)).status).toBe(404);
  });
});
