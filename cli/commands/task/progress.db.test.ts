import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

// The clock stands at Tue 8 Dec 2026, 09:00 in Los Angeles.
let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer({ now: '2026-12-08T17:00:00Z' });
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-progress-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

describe('progress from the CLI', () => {
  it('task update --percent-complete --actual-start, program status-date, milestone achieve', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const cli = (argv: string[]) => runCliAgainst({ url: server.url, token, configDir }, argv);
    const program = (await tpm.post('/api/programs', { name: 'Ledger', startDate: '2026-11-30' }))
      .body;
    const task = (
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Build', estimateHours: 80 })
    ).body;

    const status = await cli(['program', 'status-date', program.id, '2026-12-07']);
    expect(status.stderr).toBe('');
    expect(status.stdout).toBe('Status date of "Ledger" is 2026-12-07\n');

    const started = await cli([
      'task',
      'update',
      task.id,
      '--state',
      'in_progress',
      '--actual-start',
      '2026-11-30T08:00:00',
      '--percent-complete',
      '50',
      '--json',
    ]);
    expect(started.code).toBe(0);
    expect(JSON.parse(started.stdout)).toMatchObject({
      actualStart: '2026-11-30T08:00:00',
      percentComplete: 50,
      remainingHours: 40,
    });
    const schedule = (await tpm.get(`/api/programs/${program.id}/schedule`)).body;
    expect(schedule.items[0]).toMatchObject({ earlyFinish: '2026-12-11T17:00:00' });

    const late = await cli(['task', 'update', task.id, '--actual-finish', '2026-12-09T17:00:00']);
    expect(late.code).toBe(2);
    expect(late.stderr).toContain('actualFinish');

    const m = (
      await tpm.post(`/api/programs/${program.id}/milestones`, {
        name: 'Beta',
        criteria: [{ description: 'Crash-free' }],
      })
    ).body;
    // Now (8 Dec) is after the status date (7 Dec): the achievement needs its date.
    const now = await cli(['milestone', 'achieve', m.id, '--confirm-unmet-criteria']);
    expect(now.code).toBe(2);
    expect(now.stderr).toContain('achievedAt');
    const at = ['--at', '2026-12-07T09:00:00'];
    const refused = await cli(['milestone', 'achieve', m.id, ...at]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('confirmUnmetCriteria');
    const achieved = await cli(['milestone', 'achieve', m.id, ...at, '--confirm-unmet-criteria']);
    expect(achieved.stdout).toBe('Milestone "Beta" achieved 2026-12-07T09:00:00\n');
  });
});
