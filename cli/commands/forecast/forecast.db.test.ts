import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';
import { runCliAgainst } from '../../test-support.js';

let server: TestServer;
let configDir: string;
beforeAll(async () => {
  server = await startTestServer({ runJobs: true });
  configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-forecast-'));
});
afterAll(async () => {
  await server?.close();
  rmSync(configDir, { recursive: true, force: true });
});

const cli = (token: string, argv: string[]) =>
  runCliAgainst({ url: server.url, token, configDir }, argv);

describe('waymark forecast --program against a server', () => {
  it('queues the job, waits for it with progress on stderr, and prints the forecast', async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const program = (
      await tpm.post('/api/programs', { name: 'CLI forecast', startDate: '2027-01-04' })
    ).body;
    await tpm.post(`/api/programs/${program.id}/tasks`, {
      name: 'Design',
      estimateHours: 16,
      estimateOptimisticHours: 8,
      estimatePessimisticHours: 40,
      fixedCost: 1000,
      costPerHour: 10,
    });

    const json = await cli(token, [
      'forecast',
      '--program',
      program.id,
      '--iterations',
      '500',
      '--seed',
      '9',
      '--target',
      '2027-01-08T17:00:00',
      '--rank-correlation',
      '0.3',
      '--json',
    ]);
    expect(json.code, json.stderr).toBe(0);
    expect(json.stderr).toMatch(/^forecast [0-9a-f-]+: (queued|running) \d+%\n/);
    const body = JSON.parse(json.stdout);
    expect(body).toMatchObject({
      programId: program.id,
      status: 'succeeded',
      seed: 9,
      iterations: 500,
      targetDate: '2027-01-08',
      rankCorrelation: 0.3,
    });
    expect(body.result.finish.percentiles.length).toBeGreaterThan(0);

    const text = await cli(token, ['forecast', '--program', program.id, '--iterations', '200']);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Forecast .+: 200 iterations, seed \d+\n/);
    expect(text.stdout).toMatch(/^P50 2027-\S+ {2}P80 2027-\S+ {2}P95 2027-\S+$/m);
    // 1000 fixed + 10 an hour over 8–40 hours.
    const cost = /^Cost P50 (\S+) {2}P80 (\S+) {2}P95 (\S+)$/m.exec(text.stdout);
    expect(cost, text.stdout).not.toBeNull();
    for (const value of cost!.slice(1).map(Number)) {
      expect(value).toBeGreaterThanOrEqual(1080);
      expect(value).toBeLessThanOrEqual(1400);
    }

    const both = await cli(token, ['forecast', 'plan.yaml', '--program', program.id]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('give a plan file or --program, not both');
    const bad = await cli(token, ['forecast', '--program', program.id, '--iterations', '5']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('iterations');
  });

  it("--portfolio: several programs together, each program's P50/P80/P95", async () => {
    const tpm = await server.signIn('tpm');
    const token = (await tpm.post('/api/tokens', { name: 'cli' })).body.secret as string;
    const ids: string[] = [];
    for (const [name, hours] of [
      ['CLI portfolio one', 8],
      ['CLI portfolio two', 24],
    ] as const) {
      const program = (await tpm.post('/api/programs', { name, startDate: '2027-01-04' })).body;
      await tpm.post(`/api/programs/${program.id}/tasks`, { name: 'Work', estimateHours: hours });
      ids.push(program.id);
    }
    const args = ['forecast', '--portfolio', '--program-ids', ids.join(','), '--iterations', '200'];
    const json = await cli(token, [...args, '--seed', '4', '--json']);
    expect(json.code, json.stderr).toBe(0);
    const body = JSON.parse(json.stdout);
    expect(body).toMatchObject({ scope: 'portfolio', programId: null, programIds: ids, seed: 4 });
    expect(body.result.programs.map((p: { p50: string }) => p.p50)).toEqual([
      '2027-01-04T17:00:00',
      '2027-01-06T17:00:00',
    ]);

    const text = await cli(token, [...args, '--target', '2027-01-05T17:00:00']);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Portfolio forecast .+: 200 iterations/);
    expect(text.stdout).toMatch(/^PROGRAM +P50 +P80 +P95 +BY 2027-01-05$/m);
    expect(text.stdout).toMatch(/^CLI portfolio one +2027-01-04T17:00:00 .+ 100\.0%$/m);
    expect(text.stdout).toMatch(
      /^CLI portfolio two +2027-01-06T17:00:00 +2027-01-06T17:00:00 +2027-01-06T17:00:00 +0\.0%$/m,
    );

    const alone = await cli(token, ['forecast', '--program-ids', ids[0]!]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain('--program-ids goes with --portfolio');
  });
});
