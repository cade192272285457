import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer();
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-cr-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark change-request against a server', () => {
  it('lists its verbs in --help, also as `cr`', async () => {
    const help = await cli('unused', ['cr', '--help']);
    expect(help.code).toBe(0);
    for (const verb of ['add', 'list', 'show', 'update', 'submit', 'decide', 'delete'])
      expect(help.stdout).toMatch(new RegExp(`^  ${verb}\\b`, 'm'));
  });

  it('adds a draft, shows its impact, submits, approves; the plan moves', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await tpm.post('/api/programs', { name: 'CLI change control', startDate: '2027-03-01' })
    ).body;
    const launch = (await tpm.post(`/api/programs/${program.id}/milestones`, { name: 'Launch' }))
      .body;
    const build = (
      await tpm.post(`/api/programs/${program.id}/tasks`, {
        name: 'Build',
        estimateHours: 40,
        milestoneId: launch.id,
      })
    ).body;

    const added = await cli(token, [
      'change-request',
      'add',
      program.id,
      '--title',
      'Bigger build',
      '--reason',
      'Scope grew',
      '--change',
      JSON.stringify({ kind: 'update_task', taskId: build.id, estimateHours: 80 }),
      '--draft',
      '--json',
    ]);
    expect(added.stderr).toBe('');
    const cr = JSON.parse(added.stdout);
    expect(cr).toMatchObject({ label: 'CR-1', status: 'draft' });

    const shown = await cli(token, ['cr', 'show', cr.id]);
    expect(shown.code).toBe(0);
    // Build runs Mon 1 – Fri 5 Mar; twice the work ends Fri 12 Mar: five working days later.
    expect(shown.stdout).toMatch(/Finish \(CPM\)\s+5 Mar 2027\s+12 Mar 2027\s+\+5 wd/);
    expect(shown.stdout).toMatch(/Launch\s+5 Mar 2027\s+12 Mar 2027\s+\+5 wd/);

    const listed = await cli(token, ['cr', 'list', program.id, '--status', 'draft']);
    expect(listed.stdout).toMatch(/CR-1 .*Bigger build .*draft .*\+5 wd/);

    const file = path.join(configDir, 'changes.json');
    writeFileSync(
      file,
      JSON.stringify([{ kind: 'update_task', taskId: build.id, estimateHours: 120 }]),
    );
    const updated = await cli(token, ['cr', 'update', cr.id, '--changes-file', file]);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe('Updated CR-1 "Bigger build", now version 2\n');

    expect((await cli(token, ['cr', 'submit', cr.id])).stdout).toBe(
      'Submitted CR-1 "Bigger build"\n',
    );
    const noReason = await cli(token, ['cr', 'decide', cr.id, 'approved']);
    expect(noReason.code).toBe(2);
    expect(noReason.stderr).toContain('reason');
    const approved = await cli(token, ['cr', 'decide', cr.id, 'approved', '--reason', 'Worth it']);
    expect(approved.stderr).toBe('');
    expect(approved.stdout).toBe('CR-1 "Bigger build" is approved\n');
    expect((await tpm.get(`/api/tasks/${build.id}`)).body.estimateHours).toBe(120);

    const refused = await cli(token, ['cr', 'delete', cr.id, '--yes']);
    expect(refused.code).not.toBe(0);
  });

  it('refuses a change that is not JSON before any request, and defers with --until', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI defer' })).body;
    const bad = await cli(token, [
      'cr',
      'add',
      program.id,
      '--title',
      'T',
      '--reason',
      'R',
      '--change',
      '{kind: update_task}',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('change 1');
    const added = JSON.parse(
      (await cli(token, ['cr', 'add', program.id, '--title', 'T', '--reason', 'R', '--json']))
        .stdout,
    );
    const deferred = await cli(token, [
      'cr',
      'decide',
      added.id,
      'deferred',
      '--reason',
      'Next quarter',
      '--until',
      '2027-06-01',
    ]);
    expect(deferred.stdout).toBe('CR-1 "T" is deferred\n');
    const shown = await cli(token, ['cr', 'show', added.id]);
    expect(shown.stdout).toContain('Deferred until');
    expect(shown.stdout).toContain('1 Jun 2027');
  });
});
