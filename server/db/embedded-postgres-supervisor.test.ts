import { describe, expect, it } from 'vitest';
import { createDatabaseAvailability } from './database-availability.js';
import type { EmbeddedPostgresHandle } from './embedded-postgres-server.js';
import { restartDelayMs, superviseEmbeddedPostgres } from './embedded-postgres-supervisor.js';

function fakePostgres(failuresBeforeStart: number) {
  let exit: (how: string) => void = () => {};
  let attempts = 0;
  const handle: EmbeddedPostgresHandle = {
    url: 'postgres://x',
    port: 1,
    onUnexpectedExit: (listener) => void (exit = listener),
    async restart() {
      attempts++;
      if (attempts <= failuresBeforeStart)
        throw new Error('pre-existing shared memory block is still in use');
    },
    async stop() {},
  };
  return { handle, die: (how: string) => exit(how), attempts: () => attempts };
}

describe('the embedded PostgreSQL supervisor', () => {
  it('backs off exponentially up to a cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((a) => restartDelayMs(a, 100, 5000))).toEqual([
      100, 200, 400, 800, 1600, 3200, 5000, 5000,
    ]);
  });

  it('marks the database down, retries until PostgreSQL starts, then marks it up: one log line each way', async () => {
    const lines: string[] = [];
    const availability = createDatabaseAvailability({ log: (m) => lines.push(m) });
    const pg = fakePostgres(3);
    const waits: number[] = [];
    let settled!: () => void;
    const back = new Promise<void>((r) => (settled = r));
    availability.onChange((s) => s === 'up' && settled());
    superviseEmbeddedPostgres(pg.handle, availability, {
      log: { warn: (m) => lines.push(m), debug: () => {} },
      wait: async (ms) => void waits.push(ms),
    });
    pg.die('PostgreSQL 42 killed by SIGKILL');
    expect(availability.state()).toBe('down');
    await back;
    expect(pg.attempts()).toBe(4);
    expect(waits).toEqual([100, 200, 400, 800]);
    expect(availability.restarts()).toBe(1);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /database is down: the embedded PostgreSQL stopped \(PostgreSQL 42 killed by SIGKILL\)/,
    );
    expect(lines[1]).toMatch(/database is back up/);
  });

  it('stops retrying once Waymark shuts down', async () => {
    const availability = createDatabaseAvailability();
    const pg = fakePostgres(Number.POSITIVE_INFINITY);
    let waits = 0;
    const supervisor: { stop(): void } = superviseEmbeddedPostgres(pg.handle, availability, {
      log: { warn: () => {}, debug: () => {} },
      wait: async () => {
        if (++waits === 3) supervisor.stop();
      },
    });
    pg.die('x');
    await new Promise((r) => setTimeout(r, 20));
    expect(pg.attempts()).toBe(2);
    expect(availability.state()).toBe('down');
  });
});
