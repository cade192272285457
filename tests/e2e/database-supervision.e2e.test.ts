import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { signedInApi } from '../support/sign-in.js';
import {
  makeDataDir,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

const PASSWORD = 'supervision-demo-password';
const dataDir = makeDataDir('waymark-supervision-');
const RECOVERY_BOUND_MS = 30_000;
let waymark: WaymarkProcess | undefined;

afterAll(async () => {
  if (waymark) await stopWaymarkProcess(waymark, 'SIGKILL');
  // A PostgreSQL orphaned by a failed assertion must not outlive the test.
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dataDir))
        process.kill(Number(entry), 'SIGINT');
    } catch {
      // ended meanwhile
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

const postmasterPid = () =>
  Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

interface Answer {
  status: number;
  body: any;
  startedAt: number;
}

async function allProgramIds(api: ApiClient): Promise<Set<string>> {
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 500) {
    const page = await api.get(`/api/programs?q=load&limit=500&offset=${offset}`);
    expect(page.status).toBe(200);
    for (const p of page.body.items as Array<{ id: string }>) ids.add(p.id);
    if (page.body.items.length < 500) return ids;
  }
}

describe('the embedded PostgreSQL killed with -9 under write load', () => {
  it('answers 503 database_unavailable meanwhile, restarts it within seconds, and loses no acknowledged write', async () => {
    waymark = await startWaymarkProcess({
      WAYMARK_DATA_DIR: dataDir,
      WAYMARK_DEMO_PASSWORD: PASSWORD,
      LOG_LEVEL: 'warn',
    });
    const api = await signedInApi(waymark.url, 'admin@waymark.test', PASSWORD);
    const answers: Answer[] = [];
    const networkErrors: unknown[] = [];
    let killedAt = 0;
    let firstRefusedAt = 0;
    let recoveredAt = 0;
    let stop = false;

    const writer = async (w: number) => {
      for (let i = 0; !stop; i++) {
        const startedAt = Date.now();
        try {
          const r = await api.post('/api/programs', { name: `load ${w}-${i}` });
          answers.push({ status: r.status, body: r.body, startedAt });
          if (r.status !== 201 && killedAt && !firstRefusedAt) firstRefusedAt = Date.now();
          // Orphaned backends may still answer on open connections for a moment after the
          // kill; recovered means writing again after the outage became visible.
          if (r.status === 201 && firstRefusedAt && startedAt > firstRefusedAt && !recoveredAt)
            recoveredAt = Date.now();
        } catch (error) {
          networkErrors.push(error);
          await sleep(50);
        }
        if (!killedAt && answers.filter((a) => a.status === 201).length >= 40) {
          killedAt = Date.now();
          process.kill(postmasterPid(), 'SIGKILL');
        }
        if (killedAt && !recoveredAt && Date.now() - killedAt > RECOVERY_BOUND_MS) stop = true;
        if (recoveredAt && Date.now() - recoveredAt > 1_000) stop = true;
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));

    expect(killedAt).toBeGreaterThan(0);
    expect(networkErrors).toEqual([]);
    const recoveryMs = recoveredAt - killedAt;
    console.log(
      `supervision: ${answers.length} writes, ${answers.filter((a) => a.status === 201).length} acknowledged, ` +
        `${answers.filter((a) => a.status === 503).length} answered 503, recovered in ${recoveryMs} ms`,
    );
    expect(recoveredAt, 'Waymark never wrote again after the kill').toBeGreaterThan(0);
    expect(recoveryMs).toBeLessThan(RECOVERY_BOUND_MS);

    // Every answer is a success or the contract's 503: never a 500, never a stack trace.
    const refused = answers.filter((a) => a.status !== 201);
    expect(refused.length).toBeGreaterThan(0);
    expect(new Set(refused.map((a) => a.status))).toEqual(new Set([503]));
    for (const { body } of refused) {
      expect(Object.keys(body)).toEqual(['error']);
      expect(body.error).toMatchObject({ code: 'database_unavailable', issues: [] });
      expect(body.error.message).toMatch(/database is not available/);
      expect(JSON.stringify(body)).not.toMatch(/\n\s+at |ECONNREFUSED|node_modules/);
    }

    // Every acknowledged write is there.
    const acknowledged = answers.filter((a) => a.status === 201).map((a) => a.body.id as string);
    const stored = await allProgramIds(api);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);

    // Health reports the restart; the background jobs run again (a forecast job completes).
    const health = await api.get('/api/health');
    expect(health.status).toBe(200);
    expect(health.body.database).toMatchObject({ state: 'up', downSince: null, restarts: 1 });
    expect(health.body.jobs.state).toBe('running');
    const forecast = await api.post(`/api/programs/${acknowledged[0]}/forecasts`, {
      iterations: 100,
      seed: 1,
    });
    expect(forecast.status).toBe(202);
    let status = forecast.body.status;
    for (let i = 0; i < 120 && (status === 'queued' || status === 'running'); i++) {
      await sleep(250);
      status = (await api.get(`/api/forecasts/${forecast.body.id}`)).body.status;
    }
    expect(['succeeded', 'failed']).toContain(status);

    // The log has one line per change of state, not one per refused request.
    const log = waymark.output();
    expect(log.match(/database is down/g)).toHaveLength(1);
    expect(log.match(/database is back up/g)).toHaveLength(1);
    expect(log).not.toMatch(/request failed|unexpected error/);
  });
});
