import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  IMPORT_JOB_THRESHOLD_ROWS,
  MAX_IMPORT_ROWS,
} from '../../../contracts/plan-transfer.schema.js';
import { largeCsv, largePlan } from '../../../interchange/testing/large-plan-files.js';
import { createContainer } from '../../container.js';
import { bundledPlanReaderWorker } from '../../../tests/support/plan-reader-worker.js';
import { startTestServer, type TestServer } from '../../../tests/support/test-server.js';

let server: TestServer;
beforeAll(async () => {
  // The import's worker thread, as the built server runs it.
  server = await startTestServer({
    runJobs: true,
    planReaderWorkerFile: await bundledPlanReaderWorker(),
  });
});
afterAll(async () => server?.close());

type Client = Awaited<ReturnType<TestServer['signIn']>>;

/** Raw text bodies (the test client sends JSON only); same session cookie. */
async function importFile(client: Client, name: string, text: string, format = 'csv') {
  const auth = (client as unknown as { auth: { cookie?: string } }).auth;
  const response = await fetch(
    `${server.url}/api/programs/import?format=${format}&name=${encodeURIComponent(name)}`,
    {
      method: 'POST',
      headers: {
        'content-type': 'text/csv',
        origin: server.url,
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
      },
      body: text,
    },
  );
  return { status: response.status, body: (await response.json()) as any };
}

/** Polls the job until it finishes; every answer seen, in order. */
async function untilFinished(client: Client, id: string, timeoutMs = 240_000) {
  const seen: any[] = [];
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const r = await client.get(`/api/import-jobs/${id}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    seen.push(r.body);
    if (r.body.status === 'succeeded' || r.body.status === 'failed') return seen;
    if (Date.now() > deadline) throw new Error(`job ${id} still ${r.body.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * GET /api/health every 50 ms from a worker thread (its own event loop, so a
 * blocked server shows as a slow answer, not as a late timer in the test).
 */
function pollHealth(url: string) {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     const latencies = [];
     let stop = false;
     parentPort.on('message', () => { stop = true; });
     (async () => {
       while (!stop) {
         const started = performance.now();
         // A server gone (a failed test closed it) ends the polling rather than throwing.
         const status = await fetch(workerData.url + '/api/health').then(
           async (r) => (await r.text(), r.status),
           () => 0,
         );
         latencies.push({ ms: performance.now() - started, status });
         if (status === 0) break;
         await new Promise((resolve) => setTimeout(resolve, 50));
       }
       parentPort.postMessage(latencies);
     })();`,
    { eval: true, workerData: { url } },
  );
  return {
    async stop(): Promise<{ ms: number; status: number }[]> {
      const result = new Promise<{ ms: number; status: number }[]>((resolve) =>
        worker.once('message', resolve),
      );
      worker.postMessage('stop');
      const latencies = await result;
      await worker.terminate();
      return latencies;
    },
  };
}

function flatCsv(rows: number, bad: Record<number, string> = {}): string {
  const lines = ['Name,Duration,Predecessors,Start'];
  for (let i = 1; i <= rows; i++)
    lines.push(bad[i + 1] ?? `Task ${i},1d,${i > 1 ? i - 1 : ''},${i === 1 ? '2027-01-04' : ''}`);
  return lines.join('\r\n') + '\r\n';
}

describe('a large import runs as a background job', () => {
  it('imports 40,000 rows while /api/health keeps answering (never stalled for a second)', async () => {
    const tpm = await server.signIn('tpm');
    const input = largePlan(40_000);
    const csv = largeCsv(input);
    const programsBefore = await server.countRows('programs');
    const delay = monitorEventLoopDelay({ resolution: 10 });
    delay.enable();
    const health = pollHealth(server.url);
    const started = performance.now();
    const r = await importFile(tpm, 'Forty thousand', csv);
    const requestMs = performance.now() - started;
    expect(r.status, JSON.stringify(r.body)).toBe(202);
    expect(r.body).toMatchObject({
      status: 'queued',
      format: 'csv',
      programName: 'Forty thousand',
      programId: null,
      error: null,
      requestedById: tpm.user.id,
      progress: { phase: 'queued', done: 0 },
    });
    expect(r.body.progress.total).toBeGreaterThanOrEqual(40_000);
    const seen = await untilFinished(tpm, r.body.id);
    const importMs = performance.now() - started;
    const latencies = await health.stop();
    delay.disable();
    const job = seen.at(-1);
    expect(job.status, JSON.stringify(job.error)).toBe('succeeded');
    expect(job.progress).toMatchObject({ phase: 'finished' });
    expect(job.finishedAt).not.toBeNull();
    // Progress was reported on the way: some answer showed the job running with rows done.
    expect(seen.some((j) => j.status === 'running' && j.progress.done > 0)).toBe(true);

    // Every row is there: 2,000 summaries became workstreams, the 38,000 leaves tasks and milestones.
    const counts = await server.db.query<{ ws: number; tasks: number; milestones: number }>(
      `SELECT (SELECT count(*)::int FROM workstreams WHERE program_id = $1) AS ws,
              (SELECT count(*)::int FROM tasks WHERE program_id = $1) AS tasks,
              (SELECT count(*)::int FROM milestones WHERE program_id = $1) AS milestones`,
      [job.programId],
    );
    const parents = new Set(input.tasks.map((t) => t.parentId));
    const leaves = input.tasks.filter((t) => !parents.has(t.id));
    const { ws, tasks, milestones } = counts.rows[0]!;
    expect(ws + tasks + milestones).toBe(40_000);
    expect(tasks + milestones).toBe(leaves.length);
    expect(await server.countRows('programs')).toBe(programsBefore + 1);
    const program = await tpm.get(`/api/programs/${job.programId}`);
    expect(program.body.name).toBe('Forty thousand');

    const max = Math.max(...latencies.map((l) => l.ms));
    console.info(
      `40,000-row import: request ${requestMs.toFixed(0)} ms, job done after ${importMs.toFixed(0)} ms; ` +
        `${latencies.length} health answers, max ${max.toFixed(1)} ms; ` +
        `event loop delay max ${(delay.max / 1e6).toFixed(1)} ms, p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms`,
    );
    expect(latencies.length).toBeGreaterThan(10);
    expect(latencies.every((l) => l.status === 200)).toBe(true);
    // The import takes 15-30 s here; done on the event loop it would stall every answer for
    // seconds. A second leaves room for a busy shared machine (answers of 200-500 ms were
    // seen there) without letting a blocking import pass.
    expect(max).toBeLessThan(1000);
    expect(max).toBeLessThan(importMs / 10);
  }, 300_000);

  it('a failed job lists the bad rows by line and field and leaves no program behind', async () => {
    const tpm = await server.signIn('tpm');
    const programsBefore = await server.countRows('programs');
    const tasksBefore = await server.countRows('tasks');
    const csv = flatCsv(IMPORT_JOB_THRESHOLD_ROWS + 500, {
      100: 'Bad duration,five days,,',
      2400: 'Bad link,1d,99999,',
    });
    const r = await importFile(tpm, 'Broken', csv);
    expect(r.status).toBe(202);
    const job = (await untilFinished(tpm, r.body.id)).at(-1);
    expect(job.status).toBe('failed');
    expect(job.programId).toBeNull();
    expect(job.error.error.code).toBe('validation_failed');
    const messages = job.error.error.issues.map((i: { message: string }) => i.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(/^line 100 Duration: "five days" is not a duration/);
    expect(messages[1]).toMatch(/^line 2400 Predecessors: "99999": there is no row 99999 /);
    expect(job.error.error.issues.every((i: { path: string }) => i.path === 'body')).toBe(true);
    expect(await server.countRows('programs')).toBe(programsBefore);
    expect(await server.countRows('tasks')).toBe(tasksBefore);
    // The file is not kept once the job has finished.
    const stored = await server.db.query('SELECT file_text FROM plan_import_jobs WHERE id = $1', [
      r.body.id,
    ]);
    expect(stored.rows[0].file_text).toBeNull();
  }, 120_000);

  it('names the row limit when a file has too many rows', async () => {
    const tpm = await server.signIn('tpm');
    const lines = ['Name,Duration,Start', 'Task 1,1d,2027-01-04'];
    for (let i = 2; i <= MAX_IMPORT_ROWS + 1; i++) lines.push(`Task ${i},1d,`);
    const r = await importFile(tpm, 'Too big', lines.join('\n'));
    expect(r.status).toBe(202);
    const job = (await untilFinished(tpm, r.body.id)).at(-1);
    expect(job.status).toBe('failed');
    expect(job.error.error.code).toBe('too_many_rows');
    expect(job.error.error.message).toBe(
      'The file has 100,001 rows; at most 100,000 can be imported.',
    );
    expect(job.error.error.issues[0]).toMatchObject({ path: 'body', code: 'too_many_rows' });
  }, 120_000);

  it('a file of at most the threshold is still imported in the request (201, the program)', async () => {
    const tpm = await server.signIn('tpm');
    const r = await importFile(tpm, 'Small enough', flatCsv(IMPORT_JOB_THRESHOLD_ROWS));
    expect(r.status, JSON.stringify(r.body)).toBe(201);
    expect(r.body.name).toBe('Small enough');
    expect(await server.countRows(`tasks WHERE program_id = '${r.body.id}'`)).toBe(
      IMPORT_JOB_THRESHOLD_ROWS,
    );
  });

  it('the job is shown to the one who asked and to admins only', async () => {
    const tpm = await server.signIn('tpm');
    const other = await server.signIn('tpm');
    const admin = await server.signIn('admin');
    const r = await importFile(tpm, 'Private', flatCsv(IMPORT_JOB_THRESHOLD_ROWS + 1));
    expect(r.status).toBe(202);
    expect((await other.get(`/api/import-jobs/${r.body.id}`)).status).toBe(404);
    expect((await other.get(`/api/import-jobs/${r.body.id}`)).body.error.code).toBe('not_found');
    expect((await admin.get(`/api/import-jobs/${r.body.id}`)).status).toBe(200);
    expect((await server.anonymous().get(`/api/import-jobs/${r.body.id}`)).status).toBe(401);
    expect((await untilFinished(tpm, r.body.id)).at(-1).status).toBe('succeeded');
  }, 60_000);

  it('a queued import survives a restart: the file waits in PostgreSQL for the next instance', async () => {
    const quiet = await startTestServer({ runJobs: false });
    try {
      const tpm = await quiet.signIn('tpm');
      const auth = (tpm as unknown as { auth: { cookie?: string } }).auth;
      const response = await fetch(`${quiet.url}/api/programs/import?format=csv&name=Later`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv', cookie: auth.cookie!, origin: quiet.url },
        body: flatCsv(IMPORT_JOB_THRESHOLD_ROWS + 10),
      });
      expect(response.status).toBe(202);
      const job = (await response.json()) as { id: string };
      expect((await tpm.get(`/api/import-jobs/${job.id}`)).body.status).toBe('queued');
      // Another instance (a restarted server) on the same database runs it.
      const next = createContainer(quiet.db, {
        databaseMode: 'embedded',
        runJobs: true,
        log: pino({ level: 'silent' }),
        jobPollIntervalMs: 100,
      });
      await next.jobs.start();
      try {
        const deadline = Date.now() + 60_000;
        let status = 'queued';
        while (status !== 'succeeded' && status !== 'failed' && Date.now() < deadline) {
          await new Promise((resolve) => setTimeout(resolve, 100));
          status = (await tpm.get(`/api/import-jobs/${job.id}`)).body.status;
        }
        expect(status).toBe('succeeded');
      } finally {
        await next.jobs.stop();
      }
    } finally {
      await quiet.close();
    }
  }, 90_000);
});
