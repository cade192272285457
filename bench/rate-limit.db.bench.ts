import { afterAll, bench, describe } from 'vitest';
import { startTestServer } from '../tests/support/test-server.js';

// What the API-wide limiter costs: the same signed-in GET /api/me on two servers
// on the same PostgreSQL, one without limits and one with the production store
// (one upsert per request into rate_limit_hits) and limits no run reaches.
// Run: npx vitest bench --run --project db bench/rate-limit
//
// The machine is shared, so its load changes by the second. Each sample sends a
// burst of 20 requests in flight to one server and then the other, in turn, and
// times each burst: both servers see the same load, and the summary printed at
// the end divides requests by the time each spent answering them.
const IN_FLIGHT = 20;

const plain = await startTestServer({ rateLimits: null });
const limited = await startTestServer({
  rateLimits: { windowMs: 60_000, perUser: 1_000_000, publicPerAddress: 1_000_000 },
});
const plainClient = await plain.signIn('tpm');
const limitedClient = await limited.signIn('tpm');

const spentMs = { without: 0, with: 0 };
let bursts = 0;

async function timedBurst(client: typeof plainClient): Promise<number> {
  const started = performance.now();
  const responses = await Promise.all(
    Array.from({ length: IN_FLIGHT }, () => client.get('/api/me')),
  );
  if (responses.some((r) => r.status !== 200)) throw new Error('a request failed');
  return performance.now() - started;
}

afterAll(async () => {
  const requests = bursts * IN_FLIGHT;
  const perSecond = (ms: number) => Math.round((requests / ms) * 1000);
  console.log(
    `\n${requests} requests each: without the limiter ${perSecond(spentMs.without)} req/s, ` +
      `with the PostgreSQL store ${perSecond(spentMs.with)} req/s, ` +
      `ratio ${(spentMs.without / spentMs.with).toFixed(3)}\n`,
  );
  await plain.close();
  await limited.close();
});

describe('signed-in GET /api/me, 20 in flight', () => {
  bench(
    'one burst without the limiter, then one with it',
    async () => {
      // Which goes first alternates, so neither always meets a warm database.
      const first = bursts % 2 === 0;
      spentMs[first ? 'without' : 'with'] += await timedBurst(first ? plainClient : limitedClient);
      spentMs[first ? 'with' : 'without'] += await timedBurst(first ? limitedClient : plainClient);
      bursts++;
    },
    { time: 20_000, warmupTime: 2_000, warmupIterations: 20 },
  );
});
