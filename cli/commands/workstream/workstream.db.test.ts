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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-workstream-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('waymark workstream list | add | show | update | delete', () => {
  it('adds, lists, shows, renames, refuses a stale update, and deletes only with --yes', async () => {
    const tpm = await server.signIn('tpm', { email: 'tess.pm@example.test', name: 'Tess PM' });
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await tpm.post('/api/programs', { name: 'Harbor' })).body;

    const added = await cli([
      'workstream',
      'add',
      program.id,
      '--name',
      'Backend',
      '--lead',
      'TESS.PM@example.test',
      '--description',
      'APIs and jobs',
    ]);
    expect(added.stderr).toBe('');
    const id = /\(([0-9a-f-]{36})\)/.exec(added.stdout)![1]!;
    expect(added.stdout).toBe(`Added workstream "Backend" (${id})\n`);
    const stored = (await tpm.get(`/api/workstreams/${id}`)).body;
    expect(stored).toMatchObject({ name: 'Backend', leadId: tpm.user.id, version: 1 });
    await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Schema', workstreamId: id });

    const listed = await cli(['workstream', 'list', program.id]);
    expect(listed.stdout.split('\n')[0]).toMatch(/^ID\s+NAME\s+LEAD\s+DESCRIPTION$/);
    expect(listed.stdout).toContain(
      `${id}  Backend  Tess PM <tess.pm@example.test>  APIs and jobs`,
    );

    const shown = await cli(['workstream', 'show', id]);
    expect(shown.stdout).toMatch(/^Program: +Harbor /m);
    expect(shown.stdout).toMatch(/^Tasks: +1$/m);
    expect(shown.stdout).toMatch(/^Lead: +Tess PM/m);

    const duplicate = await cli(['workstream', 'add', program.id, '--name', 'Backend']);
    expect(duplicate.code).toBe(2);
    expect(duplicate.stderr).toMatch(/^name: /);

    const renamed = await cli(['workstream', 'update', id, '--name', 'Platform', '--lead', 'none']);
    expect(renamed.stdout).toBe(`Updated workstream "Platform" (${id}), now version 2\n`);
    expect((await tpm.get(`/api/workstreams/${id}`)).body).toMatchObject({
      name: 'Platform',
      leadId: null,
      version: 2,
    });

    const stale = await cli(['workstream', 'update', id, '--name', 'Core', '--version', '1']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toBe(
      `Someone else changed workstream "Platform" (${id}) after you read it (you had version 1, it is now 2); nothing was changed.\n` +
        'Look at the change; if yours still applies, run the command again (without --version it writes over the current version).\n',
    );
    expect((await tpm.get(`/api/workstreams/${id}`)).body.name).toBe('Platform');

    const unknownLead = await cli(['workstream', 'update', id, '--lead', 'nobody@example.test']);
    expect(unknownLead.code).toBe(2);
    expect(unknownLead.stderr).toContain('user: no account with the id or e-mail');

    // Run from a script (no terminal) without --yes: refused, nothing deleted.
    const refused = await cli(['workstream', 'delete', id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `Not deleting workstream "Platform" (${id}) without a confirmation: pass --yes to delete it from a script.\n`,
    );
    expect((await tpm.get(`/api/workstreams/${id}`)).status).toBe(200);

    const staleDelete = await cli(['workstream', 'delete', id, '--yes', '--version', '1']);
    expect(staleDelete.code).toBe(2);
    expect(staleDelete.stderr).toMatch(/^Someone else changed workstream "Platform"/);
    expect((await tpm.get(`/api/workstreams/${id}`)).status).toBe(200);

    const deleted = await cli(['workstream', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted workstream "Platform" (${id})\n`);
    expect((await tpm.get(`/api/workstreams/${id}`)).status).toBe(404);
    const plan = (await tpm.get(`/api/programs/${program.id}/plan`)).body;
    expect(plan.tasks).toMatchObject([{ name: 'Schema', workstreamId: null }]);
    expect((await cli(['workstream', 'list', program.id])).stdout).toBe('No workstreams.\n');
  });

  it('a stakeholder can list but not add (exit 2, the reason from the server)', async () => {
    const tpm = await server.signIn('tpm');
    const viewer = await server.signIn('stakeholder');
    const token = (await viewer.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'Open' })).body;
    await tpm.post(`/api/programs/${program.id}/workstreams`, { name: 'Docs' });
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    expect((await cli(['workstream', 'list', program.id])).stdout).toContain('Docs');
    const refused = await cli(['workstream', 'add', program.id, '--name', 'Mine']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).not.toBe('');
    expect((await tpm.get(`/api/programs/${program.id}/workstreams`)).body.items).toHaveLength(1);
  });
});
