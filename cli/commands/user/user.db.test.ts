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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-user-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark user list | invite | update | deactivate | reset-password', () => {
  it('invites, prints the link, changes the role, deactivates and makes a reset link', async () => {
    const admin = await server.signIn('admin');
    const token = (await admin.post('/api/tokens', { name: 'cli' })).body.secret as string;

    const invited = await cli(token, [
      'user',
      'invite',
      'nia@example.test',
      '--name',
      'Nia New',
      '--role',
      'tpm',
    ]);
    expect(invited.stderr).toBe('');
    const link = /(http:\/\/\S+\/invitation#wml_\S+)/.exec(invited.stdout)![1]!;
    expect(invited.stdout).toContain('Invited Nia New <nia@example.test> as tpm');
    expect(invited.stdout).toContain(
      'E-mail is not configured: copy this link and send it yourself, valid until 23 Nov 2026',
    );
    const accepted = await server.anonymous().post('/api/auth/invitations/accept', {
      token: link.split('#')[1],
      password: 'nia-sets-a-long-password',
    });
    expect(accepted.status).toBe(200);

    const listed = await cli(token, ['user', 'list']);
    expect(listed.stdout).toMatch(/Nia New\s+nia@example\.test\s+tpm\s+yes/);

    const promoted = await cli(token, [
      'user',
      'update',
      'NIA@example.test',
      '--role',
      'tpm_manager',
    ]);
    expect(promoted.stdout).toBe('Nia New <nia@example.test>: tpm_manager, active\n');

    const reset = await cli(token, ['user', 'reset-password', 'nia@example.test']);
    expect(reset.stdout).toMatch(/Password-reset link for Nia New .*\n.*\/invitation#wml_/);
    expect(reset.stdout).toContain('E-mail is not configured: copy this link');

    const off = await cli(token, ['user', 'deactivate', 'nia@example.test']);
    expect(off.stdout).toBe('Nia New <nia@example.test>: tpm_manager, deactivated\n');

    const self = await cli(token, ['user', 'update', admin.user.id, '--role', 'tpm']);
    expect(self.code).toBe(2);
    expect(self.stderr).toContain('You cannot change your own role');
    const nobody = await cli(token, ['user', 'deactivate', 'nobody@example.test']);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('no account with the id or e-mail "nobody@example.test"');
  });
});

describe('waymark user invite | reset-password with e-mail configured on the server', () => {
  it('says the link was e-mailed, and still prints it', async () => {
    // Jobs do not run here: the answer only says the mail was queued.
    const mailing = await startTestServer({
      mail: { smtpUrl: 'smtp://127.0.0.1:25', from: 'Waymark <waymark@example.test>' },
    });
    try {
      const admin = await mailing.signIn('admin');
      const token = (await admin.post('/api/tokens', { name: 'cli' })).body.secret as string;
      const run = (argv: string[]) => runCliAgainst({ url: mailing.url, token, configDir }, argv);
      const invited = await run(['user', 'invite', 'ola@example.test', '--name', 'Ola']);
      expect(invited.stdout).toContain(
        'Invited Ola <ola@example.test> as stakeholder. E-mailed to ola@example.test; the link is here too, valid until',
      );
      expect(invited.stdout).toMatch(/\/invitation#wml_\S+\n$/);
      const reset = await run(['user', 'reset-password', admin.user.email]);
      expect(reset.stdout).toContain(`E-mailed to ${admin.user.email}; the link is here too`);
    } finally {
      await mailing.close();
    }
  });
});
