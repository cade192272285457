import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../tests/support/test-database.js';
import { createContainer, type Container } from '../container.js';
import { openDatabase, type Database } from '../db/database.js';
import { SYSTEM_CONTEXT } from '../request-context.js';

// Two Waymark instances, each with its own pool and job runner, share one
// database and so one graphile-worker queue, as they would behind a load balancer.
const PROGRAMS = 30;
const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

let database: TestDatabase;
let secondPool: Database;
let instances: Container[];
beforeAll(async () => {
  database = await createTestDatabase();
  secondPool = openDatabase(database.url);
  instances = [database.db, secondPool].map((db) =>
    createContainer(db, { databaseMode: 'external', runJobs: true, log, jobPollIntervalMs: 200 }),
  );
});
afterAll(async () => {
  for (const instance of instances ?? []) await instance.jobs.stop();
  await secondPool?.close();
  await database?.drop();
});

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('program rollup jobs on two instances', () => {
  it('runs each queued rollup exactly once and counts the tasks right', async () => {
    // Queue everything first, through the task writes of both instances, so that
    // each program has exactly one pending rollup when the runners start competing.
    const expected = new Map<string, { total: number; done: number }>();
    for (let i = 0; i < PROGRAMS; i++) {
      const { services } = instances[i % 2]!;
      const program = await services.programs.create(SYSTEM_CONTEXT, { name: `Rollup ${i}` });
      const total = 1 + (i % 4);
      const done = i % 3 === 0 ? 1 : 0;
      for (let t = 0; t < total; t++) {
        const task = await services.tasks.create(SYSTEM_CONTEXT, program.id, { name: `Task ${t}` });
        if (t < done)
          await instances[(i + 1) % 2]!.services.tasks.update(
            SYSTEM_CONTEXT,
            task.id,
            task.version,
            { state: 'done' },
          );
      }
      expected.set(program.id, { total, done });
    }
    const queued = await database.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM graphile_worker.jobs WHERE task_identifier = 'program_rollup'`,
    );
    expect(queued.rows[0]!.n).toBe(PROGRAMS);

    await Promise.all(instances.map((instance) => instance.jobs.start()));
    const drained = await waitFor(async () => {
      const r = await database.db.query<{ pending: number; unrolled: number }>(
        `SELECT (SELECT count(*)::int FROM graphile_worker.jobs) AS pending,
                (SELECT count(*)::int FROM programs WHERE rollup_runs = 0) AS unrolled`,
      );
      return r.rows[0]!.pending === 0 && r.rows[0]!.unrolled === 0;
    }, 20_000);
    expect(drained).toBe(true);
    // A duplicate run would land within a few poll intervals; give it the chance.
    await new Promise((resolve) => setTimeout(resolve, 1000));

    const rows = await database.db.query<{
      id: string;
      rollup_runs: number;
      task_count: number;
      done_task_count: number;
      rollup_at: Date | null;
    }>('SELECT id, rollup_runs, task_count, done_task_count, rollup_at FROM programs');
    expect(rows.rows).toHaveLength(PROGRAMS);
    for (const row of rows.rows) {
      const want = expected.get(row.id)!;
      expect({ runs: row.rollup_runs, total: row.task_count, done: row.done_task_count }).toEqual({
        runs: 1,
        total: want.total,
        done: want.done,
      });
      expect(row.rollup_at).not.toBeNull();
    }
  });
});

describe('a program rollup over an outline', () => {
  it('counts the tasks that carry work, not their summary tasks', async () => {
    const { services } = instances[0]!;
    const program = await services.programs.create(SYSTEM_CONTEXT, { name: 'Outline rollup' });
    const summary = await services.tasks.create(SYSTEM_CONTEXT, program.id, { name: 'Phase' });
    for (const name of ['Design', 'Build'])
      await services.tasks.create(SYSTEM_CONTEXT, program.id, { name, parentTaskId: summary.id });
    const counted = await waitFor(async () => {
      const p = await services.programs.get(SYSTEM_CONTEXT, program.id);
      return p.rollupAt !== null && p.taskCount === 2;
    }, 20_000);
    expect(counted).toBe(true);
  });
});
