import { randomBytes } from 'node:crypto';
import pino from 'pino';
import type { Role, User } from '../../contracts/account.schema.js';
import { buildApp } from '../../server/app.js';
import type { BackupSettings } from '../../server/backup/backup-settings.js';
import { clockStartingAt } from '../../server/clock/clock.js';
import type { MailSettings, OidcSettings, TrustProxy } from '../../server/config.js';
import { createContainer, type Container } from '../../server/container.js';
import { openDatabase, type Database } from '../../server/db/database.js';
import type { App } from '../../server/http/typed-app.js';
import { hashPassword } from '../../server/modules/auth/password.js';
import type { RateLimits } from '../../server/modules/rate-limits/rate-limit-settings.js';
import { insertUser, toUser } from '../../server/modules/users/user.repository.js';
import { ApiClient } from './api-client.js';
import { TEST_CLOCK_START } from './test-clock.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let passwordHash: Promise<string> | undefined;

export interface TestServer {
  url: string;
  app: App;
  db: Database;
  database: TestDatabase;
  container: Container;
  /** Creates a user with this role and returns a client signed in as them (session cookie). */
  signIn(
    role: Role,
    overrides?: { email?: string; name?: string },
  ): Promise<ApiClient & { user: User }>;
  anonymous(): ApiClient;
  /** Rows in a table: tests check that a refused write wrote nothing. */
  countRows(table: string): Promise<number>;
  /** The audit actions recorded for one entity, oldest first. */
  auditActions(entityType: string, entityId: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * A Waymark app on a fresh database, listening on 127.0.0.1 at a free port, so
 * API tests go through real HTTP. Jobs do not run unless asked.
 */
export async function startTestServer(
  options: {
    runJobs?: boolean;
    /** The server's clock reads this instant at start and runs on from there (default TEST_CLOCK_START). */
    now?: string;
    /**
     * API-wide rate limits; default none, so suites that send thousands of requests
     * (the fuzz test) are not throttled. Rate-limit tests pass real limits.
     */
    rateLimits?: RateLimits | null;
    trustProxy?: TrustProxy;
    /** Another instance on this server's database (not dropped by this one's close). */
    sameDatabaseAs?: TestServer;
    /** A plan reader worker thread (tests/support/plan-reader-worker.ts); default none from sources. */
    planReaderWorkerFile?: URL;
    /** Nightly backup settings (default: off, no folder). */
    backups?: BackupSettings;
    /** Sign-in with OpenID Connect (default: off). */
    oidc?: OidcSettings;
    /** E-mail for invitation and reset links (default: off). */
    mail?: MailSettings;
  } = {},
): Promise<TestServer> {
  const shared = options.sameDatabaseAs?.database;
  // A second instance has its own connection pool, like another process would.
  const database: TestDatabase = shared
    ? { url: shared.url, db: openDatabase(shared.url), drop: async () => {} }
    : await createTestDatabase();
  const log = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
  const container = createContainer(database.db, {
    databaseMode: 'embedded',
    runJobs: options.runJobs ?? false,
    log,
    jobPollIntervalMs: 200,
    clock: clockStartingAt(new Date(options.now ?? TEST_CLOCK_START)),
    rateLimits: options.rateLimits ?? null,
    trustProxy: options.trustProxy ?? false,
    ...(options.planReaderWorkerFile ? { planReaderWorkerFile: options.planReaderWorkerFile } : {}),
    ...(options.backups ? { backups: options.backups } : {}),
    ...(options.oidc ? { oidc: options.oidc } : {}),
    ...(options.mail ? { mail: options.mail } : {}),
  });
  const app = await buildApp(container, { logger: log });
  await app.listen({ host: '127.0.0.1', port: 0 });
  await container.jobs.start();
  const address = app.server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    url,
    app,
    db: database.db,
    database,
    container,
    async signIn(role, overrides = {}) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      const email = overrides.email ?? `${role}-${randomBytes(4).toString('hex')}@example.test`;
      const row = await insertUser(database.db, {
        email,
        name: overrides.name ?? `Test ${role}`,
        role,
        passwordHash: await passwordHash,
      });
      const response = await fetch(`${url}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password: TEST_PASSWORD }),
      });
      if (response.status !== 200)
        throw new Error(`sign-in failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers
        .getSetCookie()
        .map((c) => c.split(';')[0])
        .join('; ');
      return Object.assign(new ApiClient(url, { cookie }), { user: toUser(row) });
    },
    anonymous() {
      return new ApiClient(url);
    },
    async countRows(table) {
      const r = await database.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
      return r.rows[0]!.n;
    },
    async auditActions(entityType, entityId) {
      const r = await database.db.query<{ action: string }>(
        'SELECT action FROM audit_events WHERE entity_type = $1 AND entity_id = $2 ORDER BY id',
        [entityType, entityId],
      );
      return r.rows.map((row) => row.action);
    },
    async close() {
      await container.jobs.stop();
      await app.close();
      if (shared) await database.db.close();
      else await database.drop();
    },
  };
}
