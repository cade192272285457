import Ajv from 'ajv';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ErrorBody } from '../../contracts/common.schema.js';
import { seedDemoOrganization } from '../../server/demo/seed-demo.js';
import type { ApiClient } from '../support/api-client.js';
import { TEST_CLOCK_START } from '../support/test-clock.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { repoRoot } from '../support/waymark-process.js';
import {
  operationsOf,
  requestsFor,
  type FuzzRequest,
  type Operation,
} from './fuzz/fuzz-requests.js';
import { changedTables, tableChecksums } from '../support/table-checksums.js';
import { applicationTables } from './fuzz/table-checksums.js';

// Schema-derived fuzzing of every operation in the OpenAPI document, as the admin,
// over real HTTP, on a database holding the demo organization.
//   FUZZ_SEED=<n>      another seed (default a fixed one, so CI runs are reproducible;
//                      the seed is printed at the start of each run); FUZZ_SEED=random draws one
//   FUZZ_REQUESTS=<n>  refused requests per run (default 10,000)
//   FUZZ_ONLY=<text>   only operations whose "METHOD /path" contains the text
const SEED =
  process.env.FUZZ_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 31)
    : Number(process.env.FUZZ_SEED || 20261207);
const REFUSED_REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_000);
// Plausible requests may succeed, so each is checked on its own (checksums before and after).
const PLAUSIBLE_REQUESTS = Math.ceil(REFUSED_REQUESTS / 10);
const CONCURRENCY = 6;

// Signing out would end the admin's session and turn the rest of the run into 401s;
// it takes no input to fuzz.
const SKIPPED = new Set(['POST /api/auth/sign-out']);
// A refused sign-in is counted (the throttle) by design: a write on a 401.
const COUNTS_REFUSALS = new Set(['POST /api/auth/sign-in']);
// These answer 401 to anything without their own credentials (a password, a signature).
const OWN_CREDENTIALS = new Set([
  'POST /api/auth/sign-in',
  'POST /api/integrations/slack/commands',
  'POST /api/integrations/gitlab/webhook',
]);

const doc = JSON.parse(
  readFileSync(path.join(repoRoot, 'contracts', 'generated', 'openapi.json'), 'utf8'),
);
const operations = operationsOf(doc).filter(
  (op) =>
    !SKIPPED.has(`${op.method} ${op.template}`) &&
    `${op.method} ${op.template}`.includes(process.env.FUZZ_ONLY ?? ''),
);
const validErrorBody = new Ajv.default({ strict: false }).compile(ErrorBody);

interface Finding {
  request: FuzzRequest;
  status: number;
  body: string;
}

class Tally {
  sent = 0;
  statuses = new Map<number, number>();
  serverErrors: Finding[] = [];
  offContract: Finding[] = [];
  lostSession: Finding[] = [];

  accepted = new Map<string, number>();

  record(request: FuzzRequest, status: number, text: string) {
    this.sent += 1;
    if (status < 300) {
      const key = `${status} ${request.method} ${request.template}`;
      this.accepted.set(key, (this.accepted.get(key) ?? 0) + 1);
    }
    this.statuses.set(status, (this.statuses.get(status) ?? 0) + 1);
    const finding = {
      request: { ...request, body: request.body?.slice(0, 300) },
      status,
      body: text.slice(0, 500),
    };
    if (status >= 500) this.serverErrors.push(finding);
    if (status >= 400) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!validErrorBody(parsed)) this.offContract.push(finding);
    }
    if (status === 401 && !OWN_CREDENTIALS.has(`${request.method} ${request.template}`))
      this.lostSession.push(finding);
  }

  report(): string {
    return [
      describeFindings('answers of 5xx', this.serverErrors),
      describeFindings('error bodies off the contract', this.offContract),
      describeFindings('answers of 401 to the signed-in admin', this.lostSession),
    ]
      .filter(Boolean)
      .join('\n');
  }

  summary(label: string) {
    const histogram = [...this.statuses.entries()]
      .sort(([a], [b]) => a - b)
      .map(([s, n]) => `${s}×${n}`)
      .join(' ');
    return `fuzz ${label}: seed ${SEED}, ${this.sent} requests, statuses ${histogram}, 5xx ${this.serverErrors.length}, off-contract ${this.offContract.length}`;
  }
}

let server: TestServer;
let admin: ApiClient;
let cookie: string;
let tables: string[];
const pool = { ids: [] as string[] };

/** The cluster's next transaction id: a write (even one rolled back) takes one, a read does not. */
async function nextTransactionId(): Promise<string> {
  const r = await server.db.query<{ xmax: string }>(
    'SELECT txid_snapshot_xmax(txid_current_snapshot())::text AS xmax',
  );
  return r.rows[0]!.xmax;
}

async function send(request: FuzzRequest): Promise<{ status: number; text: string }> {
  // A browser's own Origin: otherwise the CSRF check refuses every write before validation.
  const headers: Record<string, string> = { cookie, origin: server.url };
  if (request.contentType) headers['content-type'] = request.contentType;
  const response = await fetch(server.url + request.url, {
    method: request.method,
    headers,
    ...(request.body !== undefined ? { body: request.body } : {}),
  });
  return { status: response.status, text: await response.text() };
}

function generate(ops: Operation[], total: number, refused: boolean): FuzzRequest[] {
  const perOperation = Math.ceil(total / ops.length);
  return ops.flatMap((op, i) =>
    fc.sample(requestsFor(op, pool, refused), { seed: SEED + i, numRuns: perOperation }),
  );
}

/** Findings grouped by operation and status, one example each, so a run names its root causes. */
function describeFindings(kind: string, findings: Finding[]): string {
  if (findings.length === 0) return '';
  const groups = new Map<string, { n: number; example: Finding }>();
  for (const f of findings) {
    const key = `${f.status} ${f.request.method} ${f.request.template}`;
    const group = groups.get(key);
    if (group) group.n += 1;
    else groups.set(key, { n: 1, example: f });
  }
  const lines = [...groups.entries()].map(
    ([key, { n, example }]) =>
      `  ${n}× ${key}\n     e.g. ${example.request.url.slice(0, 160)} ${example.request.body ?? ''}\n     -> ${example.body.slice(0, 300)}`,
  );
  return `${findings.length} ${kind}:\n${lines.join('\n')}`;
}

// Fuzzed once, on the embedded database: its subject is validation and the error contract,
// which do not depend on the server (the SQL runs against both in every module's API test).
const externalRun = inject('databaseMode') === 'external';

beforeAll(async () => {
  if (externalRun) return;
  server = await startTestServer();
  await seedDemoOrganization(server.db, 'fuzz-demo-password', {
    now: new Date(TEST_CLOCK_START),
    today: TEST_CLOCK_START.slice(0, 10),
  });
  admin = await server.signIn('admin');
  cookie = admin.auth.cookie!;
  tables = await applicationTables(server.db);
  const withUuidIds = await server.db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.columns
      WHERE table_schema = 'public' AND column_name = 'id' AND data_type = 'uuid'`,
  );
  const ids = await server.db.query<{ id: string }>(
    withUuidIds.rows
      .map((t) => `(SELECT id::text FROM ${t.name} ORDER BY id LIMIT 6)`)
      .join(' UNION ALL '),
  );
  pool.ids = ids.rows.map((r) => r.id);
  console.log(
    `fuzz: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${operations.length} operations, ${pool.ids.length} real ids`,
  );
}, 120_000);
afterAll(async () => server?.close());

describe.skipIf(externalRun /* reason: see externalRun */)(
  'schema-derived fuzzing of every operation',
  () => {
    it('refuses bad requests in the error contract, without a 5xx, and writes nothing', async () => {
      // An operation without parameters or a body has nothing a request could get wrong.
      const requests = generate(
        operations.filter((op) => op.parameters.length || op.body),
        REFUSED_REQUESTS,
        true,
      );
      const before = await tableChecksums(server.db, tables);
      const tally = new Tally();
      let next = 0;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < requests.length) {
            const request = requests[next++]!;
            const { status, text } = await send(request);
            tally.record(request, status, text);
          }
        }),
      );
      const after = await tableChecksums(server.db, tables);
      const changed = changedTables(before, after);
      console.log(
        `${tally.summary('refused')}, ${tables.length} tables checked, changed: ${changed.join(', ') || 'none'}`,
      );
      if (changed.length)
        console.log(
          `answered 2xx: ${[...tally.accepted].map(([k, n]) => `${n}× ${k}`).join('; ')}`,
        );
      expect(tally.sent).toBeGreaterThanOrEqual(REFUSED_REQUESTS);
      expect(tally.report()).toBe('');
      expect(changed).toEqual([]);
    }, 240_000);

    it('answers plausible edge-case requests without a 5xx, and a refused one writes nothing', async () => {
      const requests = generate(operations, PLAUSIBLE_REQUESTS, false);
      const tally = new Tally();
      const partialWrites: Finding[] = [];
      let before = await tableChecksums(server.db, tables);
      let xmaxBefore = await nextTransactionId();
      for (const request of requests) {
        const { status, text } = await send(request);
        tally.record(request, status, text);
        // No transaction id handed out anywhere on the cluster: nothing can have been written.
        const xmax = await nextTransactionId();
        if (xmax === xmaxBefore) continue;
        xmaxBefore = xmax;
        const after = await tableChecksums(server.db, tables);
        if (status >= 400 && !COUNTS_REFUSALS.has(`${request.method} ${request.template}`)) {
          const changed = changedTables(before, after);
          if (changed.length)
            partialWrites.push({
              request,
              status,
              body: `${text.slice(0, 300)} changed ${changed.join(', ')}`,
            });
        }
        before = after;
      }
      console.log(tally.summary('plausible'));
      expect(tally.report()).toBe('');
      expect(describeFindings('partial writes', partialWrites)).toBe('');
    }, 240_000);
  },
);
