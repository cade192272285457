import { randomBytes } from 'node:crypto';
import path from 'node:path';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import type { WaymarkConfig } from './config.js';
import { clockStartingAt, systemClock } from './clock/clock.js';
import { createContainer, type Container } from './container.js';
import { acquireDataFolderLock } from './db/data-folder-lock.js';
import { openDatabase, type Database } from './db/database.js';
import { createDatabaseAvailability } from './db/database-availability.js';
import { superviseEmbeddedPostgres } from './db/embedded-postgres-supervisor.js';
import {
  startEmbeddedPostgres,
  type EmbeddedPostgresHandle,
} from './db/embedded-postgres-server.js';
import { migrate } from './db/migrate.js';
import { DEMO_ADMIN_EMAIL, seedDemoOrganization } from './demo/seed-demo.js';
import type { App } from './http/typed-app.js';
import { migrateJobQueue } from './jobs/job-runner.js';

export interface RunningWaymark {
  url: string;
  app: App;
  container: Container;
  /** Set when this start seeded the demo organization. */
  demo: { email: string; password: string; generated: boolean } | null;
  close(): Promise<void>;
}

/**
 * Starts Waymark: embedded PostgreSQL (unless DATABASE_URL), migrations, demo
 * data on first start, HTTP, jobs. `close` undoes it all in reverse order.
 */
export async function startWaymark(
  config: WaymarkConfig,
  log: FastifyBaseLogger,
): Promise<RunningWaymark> {
  const undo: Array<() => Promise<void> | void> = [];
  const close = async () => {
    while (undo.length) {
      try {
        await undo.pop()!();
      } catch (error) {
        log.error({ err: error }, 'shutdown step failed');
      }
    }
  };
  try {
    const clock = config.clockStart ? clockStartingAt(config.clockStart) : systemClock;
    const availability = createDatabaseAvailability({
      log: (m) => log.warn(m),
      clock,
    });
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      const lock = acquireDataFolderLock(config.dataDir);
      undo.push(() => lock.release());
      const pg: EmbeddedPostgresHandle = await startEmbeddedPostgres(
        config.dataDir,
        (m) => log.debug(`[postgres] ${m}`),
        (m) => log.warn(m),
      );
      undo.push(() => pg.stop());
      const supervisor = superviseEmbeddedPostgres(pg, availability, {
        log: { warn: (m) => log.warn(m), debug: (m) => log.debug(m) },
      });
      undo.push(() => supervisor.stop());
      databaseUrl = pg.url;
    }
    const db: Database = openDatabase(databaseUrl, { availability });
    undo.push(() => db.close());
    const applied = await migrate(db.pool);
    if (applied.length) log.info(`applied migrations: ${applied.join(', ')}`);
    await migrateJobQueue(db.pool);

    let demo: RunningWaymark['demo'] = null;
    if (config.seedDemo) {
      const password = config.demoPassword ?? randomBytes(12).toString('base64url');
      if (await seedDemoOrganization(db, password, { now: clock() })) {
        demo = { email: DEMO_ADMIN_EMAIL, password, generated: !config.demoPassword };
      }
    }

    const container = createContainer(db, {
      databaseMode: config.databaseUrl ? 'external' : 'embedded',
      runJobs: config.runJobs,
      log,
      clock,
      rateLimits: config.rateLimits,
      trustProxy: config.trustProxy,
      oidc: config.oidc,
      mail: config.mail,
      publicUrl: config.publicUrl,
      backups: {
        enabled: config.backups.enabled,
        keep: config.backups.keep,
        folder: path.join(config.dataDir, 'backups'),
        databaseUrl,
      },
    });
    const app = await buildApp(container, { logger: log, publicUrl: config.publicUrl });
    undo.push(() => app.close());
    await container.jobs.start();
    undo.push(() => container.jobs.stop());
    await app.listen({ host: config.host, port: config.port });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const host = config.host.includes(':') ? `[${config.host}]` : config.host;
    return { url: `http://${host}:${port}`, app, container, demo, close };
  } catch (error) {
    await close();
    throw error;
  }
}
