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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-members-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

async function tokenOf(role: 'tpm' | 'stakeholder', email: string, name: string) {
  const client = await server.signIn(role, { email, name });
  return (await client.post('/api/tokens', { name: 'cli' })).body.secret as string;
}

describe('waymark program members | member add | member remove | --visibility', () => {
  it('the creator owns a members-only program, adds an editor who can then edit, and removes them', async () => {
    const owner = await tokenOf('tpm', 'ola.owner@example.test', 'Ola Owner');
    const teammate = await tokenOf('tpm', 'tim.mate@example.test', 'Tim Mate');

    const created = await cli(owner, [
      'program',
      'create',
      '--name',
      'Quiet Launch',
      '--visibility',
      'members',
      '--json',
    ]);
    expect(created.stderr).toBe('');
    const program = JSON.parse(created.stdout) as { id: string; visibility: string };
    expect(program.visibility).toBe('members');
    const id = program.id;

    // Not a member yet: the program does not exist for the teammate.
    const hidden = await cli(teammate, ['program', 'show', id]);
    expect(hidden.code).toBe(2);
    expect(hidden.stderr).toContain(`${id} does not exist`);

    const added = await cli(owner, [
      'program',
      'member',
      'add',
      id,
      '--user',
      'TIM.MATE@example.test',
      '--role',
      'editor',
    ]);
    expect(added.stderr).toBe('');
    expect(added.stdout).toBe(`Tim Mate <tim.mate@example.test> is now editor of program ${id}\n`);

    const listed = await cli(owner, ['program', 'members', id]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toMatch(/^USER ID\s+NAME\s+EMAIL\s+ACCOUNT\s+MEMBERSHIP$/m);
    expect(listed.stdout).toMatch(/Ola Owner\s+ola\.owner@example\.test\s+tpm\s+owner$/m);
    expect(listed.stdout).toMatch(/Tim Mate\s+tim\.mate@example\.test\s+tpm\s+editor$/m);
    expect(listed.stdout).toContain(
      'You: owner (edit, manage members, see budgets and costs, read the audit log)\n',
    );

    const asEditor = await cli(teammate, ['program', 'members', id]);
    expect(asEditor.stdout).toContain('You: editor (edit, see budgets and costs)\n');
    const edited = await cli(teammate, ['program', 'update', id, '--summary', 'Edited by Tim']);
    expect(edited.stderr).toBe('');
    expect(edited.stdout).toContain('visible to its members only');
    const shown = await cli(owner, ['program', 'show', id]);
    expect(shown.stdout).toMatch(/^Visibility:\s+members only$/m);
    expect(shown.stdout).toContain('Edited by Tim');

    // An editor does not manage members.
    const refused = await cli(teammate, [
      'program',
      'member',
      'add',
      id,
      '--user',
      'tim.mate@example.test',
      '--role',
      'owner',
    ]);
    expect(refused.code).toBe(2);

    const removed = await cli(owner, [
      'program',
      'member',
      'remove',
      id,
      '--user',
      'tim.mate@example.test',
    ]);
    expect(removed.stdout).toBe(
      `Tim Mate <tim.mate@example.test> is no longer a member of program ${id}\n`,
    );
    expect((await cli(teammate, ['program', 'show', id])).code).toBe(2);
    const timId = await userIdOf('tim.mate@example.test');
    expect(await server.auditActions('program_member', `${id}/${timId}`)).toEqual([
      'create',
      'delete',
    ]);
  });

  it('names the flag or field when something is wrong, and keeps the last owner', async () => {
    const owner = await tokenOf('tpm', 'una.only@example.test', 'Una Only');
    const id = JSON.parse(
      (await cli(owner, ['program', 'create', '--name', 'Solo', '--json'])).stdout,
    ).id as string;

    const noUser = await cli(owner, ['program', 'member', 'add', id, '--role', 'viewer']);
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain("required option '--user <user>' not specified");

    const badRole = await cli(owner, [
      'program',
      'member',
      'add',
      id,
      '--user',
      'una.only@example.test',
      '--role',
      'boss',
    ]);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("option '--role <role>' argument 'boss' is invalid");

    const nobody = await cli(owner, [
      'program',
      'member',
      'remove',
      id,
      '--user',
      'nobody@example.test',
    ]);
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toBe('user: no account with the id or e-mail "nobody@example.test"\n');

    const lastOwner = await cli(owner, [
      'program',
      'member',
      'remove',
      id,
      '--user',
      'una.only@example.test',
    ]);
    expect(lastOwner.code).toBe(2);
    expect(lastOwner.stderr).toContain('last owner');
    expect(lastOwner.stderr).toMatch(/^userId: /m);
    expect((await cli(owner, ['program', 'members', id])).stdout).toMatch(/Una Only.*owner$/m);

    const badVisibility = await cli(owner, ['program', 'update', id, '--visibility', 'everyone']);
    expect(badVisibility.code).toBe(2);
    expect(badVisibility.stderr).toMatch(/^visibility: /m);

    const nothing = await cli(owner, ['program', 'update', id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give at least one field to change');
  });
});

async function userIdOf(email: string): Promise<string> {
  const r = await server.db.query<{ id: string }>('SELECT id FROM users WHERE email = $1', [email]);
  return r.rows[0]!.id;
}
