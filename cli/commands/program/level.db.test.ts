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
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-level-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark task assign | program load | program level', () => {
  it('assigns by e-mail, shows the over-booked week, levels it and lists what moved', async () => {
    const tpm = await server.signIn('tpm');
    const person = await server.signIn('tpm', { name: 'Pat Planner', email: 'pat@example.test' });
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (await tpm.post('/api/programs', { name: 'CLI load', startDate: '2027-01-04' }))
      .body;
    const task = async (name: string) =>
      (await tpm.post(`/api/programs/${program.id}/tasks`, { name, estimateHours: 24 })).body;
    const a = await task('Draft');
    const b = await task('Review');

    const assigned = await cli(token, ['task', 'assign', a.id, '--person', 'PAT@example.test']);
    expect(assigned.stderr).toBe('');
    expect(assigned.stdout).toBe(`Assigned Pat Planner to task ${a.id} at 1 units\n`);
    const warned = await cli(token, ['task', 'assign', b.id, '--person', person.user.id]);
    expect(warned.code).toBe(2);
    expect(warned.stderr).toContain('week of 2027-01-04: 48 h booked, 40 h available (CLI load)');
    const forced = [b.id, '--person', person.user.id, '--units', '1', '--confirm-over-allocation'];
    expect((await cli(token, ['task', 'assign', ...forced])).code).toBe(0);
    const unknown = await cli(token, ['task', 'assign', b.id, '--person', 'nobody@example.test']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('person: nobody has the e-mail address nobody@example.test');
    const badUnits = await cli(token, [
      'task',
      'assign',
      b.id,
      '--person',
      person.user.id,
      '--units',
      'lots',
    ]);
    expect(badUnits.code).toBe(2);
    expect(badUnits.stderr).toContain('units:');

    const load = await cli(token, ['program', 'load', program.id]);
    expect(load.code).toBe(0);
    expect(load.stdout.split('\n').slice(0, 2)).toEqual([
      'Person       01-04',
      'Pat Planner  120%*',
    ]);
    expect(load.stdout).toContain('Over-booked person-weeks: 1');

    const levelled = await cli(token, ['program', 'level', program.id]);
    expect(levelled.stderr).toBe('');
    const lines = levelled.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Program finish: 2027-01-11T16:00:00 (levelling: beyond_slack)');
    // Equal priority and float: the tie goes by id (random here), so either task may wait.
    const [moved, ...rest] = lines[2]!.split(/\s{2,}/);
    expect(['Draft', 'Review']).toContain(moved);
    expect(rest).toEqual(['2027-01-04T08:00:00', '2027-01-07T08:00:00', 'Pat Planner']);
    expect(lines).toHaveLength(3);
    const after = await cli(token, ['program', 'load', program.id, '--json']);
    expect(JSON.parse(after.stdout).overAllocatedWeeks).toBe(0);
  });
});
