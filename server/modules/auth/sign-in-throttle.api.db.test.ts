import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startTestServer,
  TEST_PASSWORD,
  type TestServer,
} from '../../../tests/support/test-server.js';
import { DEFAULT_SIGN_IN_THROTTLE } from './sign-in-throttle.js';

const { maxFailuresPerEmail, maxFailuresPerAddress, windowMs } = DEFAULT_SIGN_IN_THROTTLE;

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

function signIn(target: TestServer, email: string, password: string, forwardedFor?: string) {
  return fetch(`${target.url}/api/auth/sign-in`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
    },
    body: JSON.stringify({ email, password }),
  }).then(async (r) => ({
    status: r.status,
    retryAfter: r.headers.get('retry-after'),
    body: await r.text(),
  }));
}

async function failuresOf(target: TestServer, key: string): Promise<number> {
  const r = await target.db.query<{ n: number }>(
    'SELECT coalesce(array_length(failed_at_ms, 1), 0) AS n FROM sign_in_failures WHERE key = $1',
    [key],
  );
  return r.rows[0]?.n ?? 0;
}

describe('sign-in throttle in the database', () => {
  it('refuses the socket address after its limit, whatever X-Forwarded-For says', async () => {
    const own = await startTestServer();
    try {
      const statuses: number[] = [];
      for (let i = 0; i <= maxFailuresPerAddress; i++) {
        // A new e-mail and a new claimed address every time: only the socket's address repeats.
        const r = await signIn(own, `guess-${i}@example.test`, 'wrong', `203.0.113.${i + 1}`);
        statuses.push(r.status);
      }
      expect(statuses.slice(0, maxFailuresPerAddress).every((s) => s === 401)).toBe(true);
      expect(statuses.at(-1)).toBe(429);
      expect(await failuresOf(own, 'a:127.0.0.1')).toBe(maxFailuresPerAddress);
    } finally {
      await own.close();
    }
  });

  it('keeps a locked account locked through a flood of junk e-mails larger than the old in-memory map', async () => {
    const victim = await server.signIn('tpm');
    const email = victim.user.email;
    for (let i = 0; i < maxFailuresPerEmail; i++)
      expect((await signIn(server, email, 'wrong')).status).toBe(401);
    expect((await signIn(server, email, TEST_PASSWORD)).status).toBe(429);

    // 20,000 junk e-mails failing within the window (twice the old map's 10,000 keys),
    // written in bulk as the store writes them, since 20,000 argon2 checks would take minutes.
    const now = server.container.clock().getTime();
    await server.db.query(
      `INSERT INTO sign_in_failures (key, failed_at_ms, expires_at_ms)
         SELECT 'e:junk-' || n || '@example.test', ARRAY[$1::bigint - n], $1::bigint - n + $2::bigint
           FROM generate_series(1, 20000) AS n`,
      [now, windowMs],
    );
    // ... and more junk through HTTP, so the store's own write path (and its sweep) runs
    // with the table full, from rotating addresses behind a trusted proxy.
    const proxied = await startTestServer({ sameDatabaseAs: server, trustProxy: ['127.0.0.1'] });
    try {
      for (let i = 0; i < 30; i++) {
        const r = await signIn(
          proxied,
          `junk-http-${i}@example.test`,
          'wrong',
          `198.51.100.${i + 1}`,
        );
        expect(r.status).toBe(401);
      }
    } finally {
      await proxied.close();
    }

    expect(await server.countRows('sign_in_failures')).toBeGreaterThan(20_000);
    expect(await failuresOf(server, `e:${email}`)).toBe(maxFailuresPerEmail);
    const still = await signIn(server, email, TEST_PASSWORD);
    expect(still.status).toBe(429);
    expect(Number(still.retryAfter)).toBeGreaterThan(14 * 60);
    expect(JSON.parse(still.body).error.message).toBe(
      'Too many failed sign-ins; try again in 15 minutes.',
    );
  });

  it('drops rows only once their failures have left the window', async () => {
    // Each test server's clock starts at the test instant when it starts, so instances started
    // later run a little behind: the rows are placed well clear of that difference.
    const now = server.container.clock().getTime();
    const margin = 5 * 60_000;
    await server.db.query(
      `INSERT INTO sign_in_failures (key, failed_at_ms, expires_at_ms) VALUES
         ('e:expired@example.test', ARRAY[$1::bigint - $2::bigint - $3::bigint], $1::bigint - $3::bigint),
         ('e:live@example.test', ARRAY[$1::bigint], $1::bigint + $2::bigint)`,
      [now, windowMs, margin],
    );
    // A fresh instance sweeps on its first recorded failure.
    const sweeper = await startTestServer({ sameDatabaseAs: server });
    try {
      expect((await signIn(sweeper, 'sweep@example.test', 'wrong')).status).toBe(401);
    } finally {
      await sweeper.close();
    }
    expect(await failuresOf(server, 'e:expired@example.test')).toBe(0);
    expect(await failuresOf(server, 'e:live@example.test')).toBe(1);
  });

  it('shares the count between two instances, and counts simultaneous failures each', async () => {
    const other = await startTestServer({ sameDatabaseAs: server });
    try {
      const user = await server.signIn('stakeholder');
      const email = user.user.email;
      // Half the failures on each instance, all at once.
      const half = maxFailuresPerEmail / 2;
      const results = await Promise.all(
        Array.from({ length: maxFailuresPerEmail }, (_, i) =>
          signIn(i < half ? server : other, email, 'wrong'),
        ),
      );
      expect(results.map((r) => r.status)).toEqual(Array(maxFailuresPerEmail).fill(401));
      expect(await failuresOf(server, `e:${email}`)).toBe(maxFailuresPerEmail);
      // Neither instance lets the right password through now.
      expect((await signIn(other, email, TEST_PASSWORD)).status).toBe(429);
      expect((await signIn(server, email, TEST_PASSWORD)).status).toBe(429);
    } finally {
      await other.close();
    }
  });

  it('counts the forwarded address when WAYMARK_TRUST_PROXY names 127.0.0.1', async () => {
    const proxied = await startTestServer({ sameDatabaseAs: server, trustProxy: ['127.0.0.1'] });
    try {
      expect((await signIn(proxied, 'who@example.test', 'wrong', '192.0.2.44')).status).toBe(401);
      expect(await failuresOf(server, 'a:192.0.2.44')).toBe(1);
      // IPv6 clients count by their /64.
      expect(
        (await signIn(proxied, 'who6@example.test', 'wrong', '2001:db8:1:2:aaaa::1')).status,
      ).toBe(401);
      expect(await failuresOf(server, 'a:2001:db8:1:2::')).toBe(1);
    } finally {
      await proxied.close();
    }
  });
});
