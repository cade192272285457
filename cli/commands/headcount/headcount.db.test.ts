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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-headcount-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const idIn = (stdout: string) => /\(([0-9a-f-]{36})\)/.exec(stdout)![1]!;

describe('waymark headcount role | need', () => {
  it('keeps headcount add, and updates and deletes a role at the version read', async () => {
    const boss = await server.signIn('tpm_manager');
    const token = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);

    const added = await cli(['headcount', 'add', '--title', 'TPM II', '--quarter', 'FY2027-Q2']);
    const id = idIn(added.stdout);
    expect(added.stdout).toBe(`Added planned role "TPM II" in FY2027-Q2 (${id})\n`);
    const viaRole = await cli([
      'headcount',
      'role',
      'add',
      '--title',
      'TPM III',
      '--quarter',
      'FY2027-Q3',
    ]);
    expect(viaRole.stdout).toMatch(/^Added planned role "TPM III" in FY2027-Q3 \(/);

    const opened = await cli(['headcount', 'role', 'update', id, '--status', 'open']);
    expect(opened.stderr).toBe('');
    expect(opened.stdout).toBe(`Updated open role "TPM II" in FY2027-Q2 (${id}), now version 2\n`);
    const bad = await cli(['headcount', 'role', 'update', id, '--quarter', '2027-Q2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^quarter: /);
    const stale = await cli(['headcount', 'role', 'update', id, '--note', 'x', '--version', '1']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Someone else changed open role "TPM II"/);
    expect((await boss.get(`/api/headcount/roles/${id}`)).body).toMatchObject({
      status: 'open',
      quarter: 'FY2027-Q2',
      note: '',
      version: 2,
    });
    const nothing = await cli(['headcount', 'role', 'update', id]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toMatch(/^Nothing to change: give at least one of --title, --quarter/);

    const unconfirmed = await cli(['headcount', 'role', 'delete', id]);
    expect(unconfirmed.code).toBe(2);
    expect((await boss.get(`/api/headcount/roles/${id}`)).status).toBe(200);
    const deleted = await cli(['headcount', 'role', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted open role "TPM II" in FY2027-Q2 (${id})\n`);
    expect((await boss.get(`/api/headcount/roles/${id}`)).status).toBe(404);
  });

  it('adds, updates and deletes a staffing need; a program need without a program is named', async () => {
    const boss = await server.signIn('tpm_manager');
    const token = (await boss.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await boss.post('/api/programs', { name: 'Atlas' })).body;

    const added = await cli([
      'headcount',
      'need',
      'add',
      '--quarter',
      'FY2027-Q2',
      '--source',
      'program',
      '--program',
      program.id,
      '--fte',
      '1.5',
    ]);
    expect(added.stderr).toBe('');
    const id = idIn(added.stdout);
    expect(added.stdout).toBe(`Added staffing need: 1.5 FTE for Atlas in FY2027-Q2 (${id})\n`);
    const unpaired = await cli([
      'headcount',
      'need',
      'add',
      '--quarter',
      'FY2027-Q2',
      '--source',
      'program',
      '--fte',
      '1',
    ]);
    expect(unpaired.code).toBe(2);
    expect(unpaired.stderr).toBe('programId: a program need names its program\n');
    expect((await cli(['headcount', 'need', 'add'])).stderr).toBe(
      'quarter: required\nsource: required\nfte: required\n',
    );
    const badFte = await cli(['headcount', 'need', 'update', id, '--fte', 'lots']);
    expect(badFte.stderr).toBe('fte: must be a number\n');

    const updated = await cli(['headcount', 'need', 'update', id, '--fte', '2', '--json']);
    expect(JSON.parse(updated.stdout)).toMatchObject({
      id,
      fte: 2,
      programId: program.id,
      version: 2,
    });
    const toIntake = await cli([
      'headcount',
      'need',
      'update',
      id,
      '--source',
      'intake',
      '--program',
      'none',
    ]);
    expect(toIntake.stdout).toBe(
      `Updated staffing need: 2 FTE for intake in FY2027-Q2 (${id}), now version 3\n`,
    );

    const unconfirmed = await cli(['headcount', 'need', 'delete', id]);
    expect(unconfirmed.code).toBe(2);
    expect((await boss.get(`/api/headcount/needs/${id}`)).body.version).toBe(3);
    const deleted = await cli(['headcount', 'need', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted staffing need of 2 FTE for intake in FY2027-Q2 (${id})\n`);
    expect((await boss.get(`/api/headcount/needs/${id}`)).status).toBe(404);
  });
});
