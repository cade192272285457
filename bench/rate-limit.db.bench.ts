import { afterAll, bench, describe } from 'vitest';
import { startTestServer } from '../tests/support/test-server.js';

// What the API-wide limiter costs: the same signed-in GET /api/me on two servers
// on the same PostgreSQL, one without limits and one with the production store
// (one upsert per request into rate_limit_hits) and limits no run reaches.
// Each sample is 20 requests in flight at once, so ops/s x 20 = requests/s.
// Run: npx vitest bench --run --project db bench/rate-limit
const IN_FLIGHT = 20;

const plain = await startTestServer({ rateLimits: null });
const limited = await startTestServer({
  rateLimits: { windowMs: 60_000, perUser: 1_000_000, publicPerAddress: 1_000_000 },
});
const plainClient = await plain.signIn('tpm');
const limitedClient = await limited.signIn('tpm');
afterAll(async () => {
  await plain.close();
  await limited.close();
});

async function burst(client: typeof plainClient) {
  const responses = await Promise.all(
    Array.from({ length: IN_FLIGHT }, () => client.get('/api/me')),
  );
  if (responses.some((r) => r.status !== 200)) throw new Error('a request failed');
}

// The machine is shared, so the load changes during a run: the two cases alternate
// in short rounds, and the ratio is taken from the rounds side by side.
const ROUNDS = 6;
describe('signed-in GET /api/me, 20 in flight', () => {
  for (let round = 1; round <= ROUNDS; round++) {
    bench(`round ${round}: without the rate limiter`, () => burst(plainClient), {
      time: 1_500,
      warmupTime: 300,
    });
    bench(`round ${round}: with the PostgreSQL rate-limit store`, () => burst(limitedClient), {
      time: 1_500,
      warmupTime: 300,
    });
  }
});
