import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { signedInApi } from '../support/sign-in.js';
import {
  makeDataDir,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

const PASSWORD = 'lifecycle-demo-password';
const dataDir = makeDataDir('waymark-lifecycle-');
const env = { WAYMARK_DATA_DIR: dataDir, WAYMARK_DEMO_PASSWORD: PASSWORD };
const running: WaymarkProcess[] = [];

/** Processes whose command line mentions the data folder: Waymark or its PostgreSQL. */
function processesUsing(dir: string): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dir)) pids.push(Number(entry));
    } catch {
      // ended meanwhile
    }
  }
  return pids;
}

const signIn = (url: string) => signedInApi(url, 'admin@waymark.test', PASSWORD);

afterAll(async () => {
  for (const p of running) await stopWaymarkProcess(p, 'SIGKILL');
  // A PostgreSQL orphaned by a failed assertion above must not outlive the test.
  for (const pid of processesUsing(dataDir)) {
    try {
      process.kill(pid, 'SIGINT');
    } catch {
      // gone
    }
  }
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a Waymark process on its data folder', () => {
  let first: WaymarkProcess;

  it('starts with the embedded database and prints the URL and the demo sign-in', async () => {
    first = await startWaymarkProcess(env);
    running.push(first);
    expect(first.output()).toContain('Demo sign-in: admin@waymark.test / ' + PASSWORD);
    const health = await new ApiClient(first.url).get('/api/health');
    expect(health.body.database).toMatchObject({ state: 'up', mode: 'embedded' });
  });

  it('refuses a second start on the same folder at once, with a clear message', async () => {
    const started = Date.now();
    await expect(startWaymarkProcess({ ...env })).rejects.toThrow(
      /already running on the data folder/,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    expect((await new ApiClient(first.url).get('/api/health')).status).toBe(200);
  });

  it('keeps every acknowledged write when killed with -9 in the middle of a burst', async () => {
    const api = await signIn(first.url);
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; i < 400 && !killed; i++) {
        try {
          const r = await api.post('/api/programs', { name: `burst ${w}-${i}` });
          if (r.status === 201) acknowledged.push(r.body.id);
        } catch {
          return; // the server is gone
        }
        if (acknowledged.length >= 60 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all([0, 1, 2, 3].map(writer));
    await first.exited;
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    // The old PostgreSQL may still be running (orphaned); the restart must cope.
    const second = await startWaymarkProcess(env);
    running.push(second);
    expect(second.output()).not.toContain('Demo sign-in'); // seeded once only
    expect(second.output()).toContain('left running by an earlier Waymark');
    const again = await signIn(second.url);
    const listed = await again.get('/api/programs?q=burst&limit=500');
    const stored = new Set<string>(listed.body.items.map((p: { id: string }) => p.id));
    const lost = acknowledged.filter((id) => !stored.has(id));
    expect(lost).toEqual([]);

    // SIGTERM: a clean exit, the embedded server stopped with it, nothing left behind.
    const code = await stopWaymarkProcess(second, 'SIGTERM');
    expect(code).toBe(0);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
    expect(existsSync(path.join(dataDir, 'waymark.lock'))).toBe(false);
    expect(processesUsing(dataDir)).toEqual([]);
  });

  it('keeps the data across a clean restart', async () => {
    const third = await startWaymarkProcess(env);
    running.push(third);
    const api = await signIn(third.url);
    const listed = await api.get('/api/programs?q=burst&limit=1');
    expect(listed.body.total).toBeGreaterThanOrEqual(60);
    expect(await stopWaymarkProcess(third, 'SIGINT')).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  });
});
