import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

// Updates and deletes of milestones, dependencies, tasks and programs from the CLI.
// The clock stands at Tue 8 Dec 2026, 09:00 in Los Angeles.
let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-08T17:00:00Z' });
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-edit-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

async function signedInCli() {
  const tpm = await server.signIn('tpm');
  const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
  const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
  return { tpm, cli };
}

describe('waymark milestone update | delete', () => {
  it('moves the date, sets the workstream, marks achieved, refuses stale, deletes with --yes', async () => {
    const { tpm, cli } = await signedInCli();
    const program = (await tpm.post('/api/programs', { name: 'Comet' })).body;
    const workstream = (
      await tpm.post(`/api/programs/${program.id}/workstreams`, { name: 'Launch' })
    ).body;
    const m = (
      await tpm.post(`/api/programs/${program.id}/milestones`, {
        name: 'Beta',
        dueDate: '2027-01-15',
        criteria: [{ description: 'Crash-free' }],
      })
    ).body;

    const moved = await cli([
      'milestone',
      'update',
      m.id,
      '--date',
      '2027-02-01',
      '--workstream',
      workstream.id,
      '--name',
      'Public beta',
    ]);
    expect(moved.stderr).toBe('');
    expect(moved.stdout).toBe(
      `Updated milestone "Public beta" (${m.id}): due 2027-02-01, planned, now version 2\n`,
    );
    expect((await tpm.get(`/api/milestones/${m.id}`)).body).toMatchObject({
      dueDate: '2027-02-01',
      workstreamId: workstream.id,
    });

    const badDate = await cli(['milestone', 'update', m.id, '--date', '1 Feb']);
    expect(badDate.code).toBe(2);
    expect(badDate.stderr).toMatch(/^dueDate: /);

    const unmet = await cli(['milestone', 'update', m.id, '--achieved']);
    expect(unmet.code).toBe(2);
    expect(unmet.stderr).toContain('confirmUnmetCriteria');
    const achieved = await cli([
      'milestone',
      'update',
      m.id,
      '--achieved',
      '--confirm-unmet-criteria',
      '--workstream',
      'none',
      '--json',
    ]);
    expect(JSON.parse(achieved.stdout)).toMatchObject({
      state: 'achieved',
      achievedAt: '2026-12-08T09:00:00',
      workstreamId: null,
      version: 3,
    });

    const stale = await cli(['milestone', 'update', m.id, '--planned', '--version', '2']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(
      /^Someone else changed milestone "Public beta" \(.*\) after you read it \(you had version 2, it is now 3\); nothing was changed\.\n/,
    );
    expect((await tpm.get(`/api/milestones/${m.id}`)).body.state).toBe('achieved');

    const reopened = await cli(['milestone', 'update', m.id, '--planned', '--date', 'none']);
    expect(reopened.stdout).toBe(
      `Updated milestone "Public beta" (${m.id}): due -, planned, now version 4\n`,
    );

    const refused = await cli(['milestone', 'delete', m.id]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      `Not deleting milestone "Public beta" (${m.id}) without a confirmation: pass --yes to delete it from a script.\n`,
    );
    expect((await tpm.get(`/api/milestones/${m.id}`)).status).toBe(200);
    const deleted = await cli(['milestone', 'delete', m.id, '--yes']);
    expect(deleted.stdout).toBe(`Deleted milestone "Public beta" (${m.id})\n`);
    expect((await tpm.get(`/api/milestones/${m.id}`)).status).toBe(404);
  });
});

describe('waymark dep add --lag | update | delete', () => {
  it('adds with a lag in days, changes type and lag (the schedule follows), refuses stale, deletes with --yes', async () => {
    const { tpm, cli } = await signedInCli();
    const program = (await tpm.post('/api/programs', { name: 'Relay', startDate: '2026-12-07' }))
      .body;
    const build = (
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Build', estimateHours: 16 })
    ).body;
    const ship = (
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Ship', estimateHours: 8 })
    ).body;

    const added = await cli(['dep', 'add', '--from', build.id, '--to', ship.id, '--lag', '1d']);
    expect(added.stderr).toBe('');
    const id = /\(([0-9a-f-]{36})\)\n$/.exec(added.stdout)![1]!;
    expect(added.stdout).toBe(`Added FS dependency task "Build" -> task "Ship", lag 1d (${id})\n`);
    expect((await tpm.get(`/api/dependencies/${id}`)).body.lagMinutes).toBe(480);
    const shipStart = async () =>
      (await tpm.get(`/api/programs/${program.id}/schedule`)).body.items.find(
        (item: { id: string }) => item.id === ship.id,
      ).earlyStart as string;
    const before = await shipStart();

    const updated = await cli(['dep', 'update', id, '--type', 'SS', '--lag', '2d']);
    expect(updated.stderr).toBe('');
    expect(updated.stdout).toBe(
      `Updated SS dependency task "Build" -> task "Ship", lag 2d (${id})\n`,
    );
    expect((await tpm.get(`/api/dependencies/${id}`)).body).toMatchObject({
      type: 'SS',
      lagMinutes: 960,
      version: 2,
    });
    // Build takes 2 days from today, Tue 8 Dec: FS + 1d started Ship on Fri 11 Dec; SS + 2d starts it Thu 10 Dec.
    expect(before).toBe('2026-12-11T08:00:00');
    expect(await shipStart()).toBe('2026-12-10T08:00:00');

    const lead = await cli(['dep', 'update', id, '--lag', '-4h', '--json']);
    expect(JSON.parse(lead.stdout)).toMatchObject({ lagMinutes: -240, version: 3 });

    // A share of the predecessor's duration: half of Build's 2 days.
    const percent = await cli(['dep', 'update', id, '--lag', '50%', '--json']);
    expect(percent.stderr).toBe('');
    expect(JSON.parse(percent.stdout)).toMatchObject({
      lagKind: 'percent',
      lagPercent: 50,
      lagMinutes: 0,
      version: 4,
    });
    expect(await shipStart()).toBe('2026-12-09T08:00:00');

    const stale = await cli(['dep', 'update', id, '--type', 'FF', '--version', '2']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(
      /^Someone else changed SS dependency task "Build" -> task "Ship", lag 50% \(.*\) after you read it \(you had version 2, it is now 4\); nothing was changed\.\n/,
    );
    expect((await tpm.get(`/api/dependencies/${id}`)).body.type).toBe('SS');

    const refused = await cli(['dep', 'delete', id]);
    expect(refused.code).toBe(2);
    expect((await tpm.get(`/api/dependencies/${id}`)).status).toBe(200);
    const deleted = await cli(['dep', 'delete', id, '--yes']);
    expect(deleted.stdout).toBe(
      `Deleted SS dependency task "Build" -> task "Ship", lag 50% (${id})\n`,
    );
    expect((await tpm.get(`/api/dependencies/${id}`)).status).toBe(404);
  });
});

describe('waymark task delete | program delete', () => {
  it('refuses without --yes and leaves everything; with --yes the task, then the program, are gone', async () => {
    const { tpm, cli } = await signedInCli();
    const program = (await tpm.post('/api/programs', { name: 'Drift', targetDate: '2027-06-30' }))
      .body;
    const ws = (await tpm.post(`/api/programs/${program.id}/workstreams`, { name: 'Ops' })).body;
    const task = (
      await tpm.post(`/api/programs/${program.id}/tasks`, {
        name: 'Sweep',
        workstreamId: ws.id,
        dueDate: '2027-01-04',
      })
    ).body;
    const keep = (await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Keep' })).body;
    const tasksBefore = await server.countRows('tasks');

    const refusedTask = await cli(['task', 'delete', task.id]);
    expect(refusedTask.code).toBe(2);
    expect(refusedTask.stderr).toBe(
      `Not deleting task "Sweep" (${task.id}) without a confirmation: pass --yes to delete it from a script.\n`,
    );
    const refusedProgram = await cli(['program', 'delete', program.id]);
    expect(refusedProgram.code).toBe(2);
    expect(await server.countRows('tasks')).toBe(tasksBefore);
    expect((await tpm.get(`/api/programs/${program.id}`)).status).toBe(200);

    const unset = await cli([
      'task',
      'update',
      task.id,
      '--workstream',
      'none',
      '--due-date',
      'none',
    ]);
    expect(unset.stderr).toBe('');
    expect((await tpm.get(`/api/tasks/${task.id}`)).body).toMatchObject({
      workstreamId: null,
      dueDate: null,
      version: 2,
    });

    await tpm.patch(`/api/tasks/${task.id}`, { name: 'Sweep up', version: 2 });
    const stale = await cli(['task', 'delete', task.id, '--yes', '--version', '2']);
    expect(stale.code).toBe(2);
    expect(stale.stderr).toMatch(/^Someone else changed task "Sweep up"/);
    expect((await tpm.get(`/api/tasks/${task.id}`)).status).toBe(200);

    const deletedTask = await cli(['task', 'delete', task.id, '--yes']);
    expect(deletedTask.stdout).toBe(`Deleted task "Sweep up" (${task.id})\n`);
    expect((await tpm.get(`/api/tasks/${task.id}`)).status).toBe(404);
    expect((await tpm.get(`/api/tasks/${keep.id}`)).status).toBe(200);

    const moved = await cli([
      'program',
      'update',
      program.id,
      '--time-zone',
      'Europe/Berlin',
      '--target-date',
      'none',
      '--json',
    ]);
    expect(JSON.parse(moved.stdout)).toMatchObject({ timeZone: 'Europe/Berlin', targetDate: null });
    const badZone = await cli(['program', 'update', program.id, '--time-zone', 'Mars/Olympus']);
    expect(badZone.code).toBe(2);
    expect(badZone.stderr).toMatch(/^timeZone: /);

    const deletedProgram = await cli(['program', 'delete', program.id, '-y']);
    expect(deletedProgram.stdout).toBe(`Deleted program "Drift" (${program.id})\n`);
    expect((await tpm.get(`/api/programs/${program.id}`)).status).toBe(404);
    expect((await tpm.get(`/api/tasks/${keep.id}`)).status).toBe(404);
  });
});
