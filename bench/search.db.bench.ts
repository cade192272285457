import { afterAll, bench, describe } from 'vitest';
import { prefixTsQuery } from '../server/modules/search/search-terms.js';
import { searchStatement } from '../server/modules/search/search.repository.js';
import { startTestServer } from '../tests/support/test-server.js';
import { seedDemoTimesTen } from './search-demo-x10.js';

// "Search answers in ≤ 100 ms on the demo scaled ×10": GET /api/search through HTTP
// on the demo organization copied ten times (bench/search-demo-x10.ts), typical
// queries as an admin (every program) and as a TPM (the readable-program list).
// Run: npx vitest bench --run --project db bench/search
// Each case also keeps its own timings, so the summary printed at the end has the p95.
const server = await startTestServer();
const counts = await seedDemoTimesTen(server.db, '2026-11-16', new Date('2026-11-16T16:00:00Z'));
const admin = await server.signIn('admin');
const tpm = await server.signIn('tpm');

// The words come from the data: a rare one (in one row of each copy) and the commonest.
const stat = async (order: string) =>
  (
    await server.db.query<{ word: string; ndoc: number }>(
      `SELECT word, ndoc FROM ts_stat('SELECT search_document FROM tasks UNION ALL SELECT search_document FROM milestones
         UNION ALL SELECT search_document FROM program_risks UNION ALL SELECT search_document FROM decisions')
        WHERE word ~ '^[a-z]{6,}$' ${order} LIMIT 1`,
    )
  ).rows[0]!;
const rare = await stat('AND ndoc = 10 ORDER BY word');
const common = (
  await server.db.query<{ word: string; ndoc: number }>(
    `SELECT word, ndoc FROM ts_stat('SELECT search_document FROM tasks UNION ALL SELECT search_document FROM milestones
       UNION ALL SELECT search_document FROM program_risks UNION ALL SELECT search_document FROM decisions
       UNION ALL SELECT search_document FROM intake_requests UNION ALL SELECT search_document FROM program_issues')
      ORDER BY ndoc DESC, word LIMIT 1`,
  )
).rows[0]!;

const QUERIES: [string, string][] = [
  ['one word', 'migration'],
  ['a prefix', 'migr'],
  ['two words', 'data residency'],
  [`a rare word (${rare.word}, ${rare.ndoc} rows)`, rare.word],
  [`the commonest word (${common.word}, ${common.ndoc} rows)`, common.word],
];

const timings = new Map<string, number[]>();
async function timed(name: string, client: typeof admin, q: string) {
  const started = performance.now();
  const r = await client.get(`/api/search?q=${encodeURIComponent(q)}&limit=20`);
  const ms = performance.now() - started;
  if (r.status !== 200) throw new Error(`${name}: ${r.status} ${JSON.stringify(r.body)}`);
  if (!timings.has(name)) timings.set(name, []);
  timings.get(name)!.push(ms);
}

// What the planner does with the one-word query: the GIN indexes or not.
const statement = searchStatement({
  tsQuery: prefixTsQuery('migration')!.replace(/:\*$/, ''),
  kinds: null,
  readableProgramIds: null,
  actorId: admin.user.id,
  seesEveryRequest: true,
  programId: null,
  limit: 21,
  offset: 0,
})!;
const explain = async (seqScans: boolean) =>
  server.db.transaction(async (tx) => {
    // The demo's tables are small enough that a sequential scan is the cheaper plan;
    // without it, the plan shows the GIN index each source uses once tables grow.
    if (!seqScans) await tx.query('SET LOCAL enable_seqscan = off');
    const r = await tx.query<{ 'QUERY PLAN': string }>(
      `EXPLAIN ANALYZE ${statement.sql}`,
      statement.params,
    );
    return r.rows.map((row) => row['QUERY PLAN']);
  });
const plan = await explain(true);
const indexPlan = await explain(false);

afterAll(async () => {
  const quantile = (xs: number[], p: number) => {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  };
  console.log(`\nrows: ${JSON.stringify(counts)}`);
  console.log('case | requests | mean | p95 | max');
  for (const [name, xs] of timings)
    console.log(
      `${name} | ${xs.length} | ${(xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1)} ms | ` +
        `${quantile(xs, 0.95).toFixed(1)} ms | ${Math.max(...xs).toFixed(1)} ms`,
    );
  const scans = (lines: string[]) =>
    lines.filter((l) => /Scan on (?!query)|Execution|Planning/.test(l)).join('\n');
  console.log(`\nEXPLAIN ANALYZE, one word:\n${scans(plan)}\n`);
  console.log(`\nThe same with enable_seqscan = off:\n${scans(indexPlan)}\n`);
  await server.close();
});

for (const [who, client] of [
  ['admin', admin],
  ['tpm', tpm],
] as const)
  describe(`GET /api/search as ${who}, demo ×10`, () => {
    for (const [label, q] of QUERIES) {
      const name = `${who}: ${label} "${q}"`;
      bench(name, () => timed(name, client, q), { time: 3_000, warmupTime: 500 });
    }
  });
