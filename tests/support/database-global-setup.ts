import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/db/embedded-postgres-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A superuser URL on the cluster under test; each test file makes its own database there. */
    adminDatabaseUrl: string;
    databaseMode: 'embedded' | 'external';
  }
}

/**
 * The database tier runs against whichever server WAYMARK_TEST_DATABASE_URL
 * names (tests/run-all.mjs points it at a Debian PostgreSQL 15 it started), or
 * else against an embedded PostgreSQL started here, exactly as Waymark starts it.
 */
export default async function setup(project: TestProject) {
  const external = process.env.WAYMARK_TEST_DATABASE_URL;
  if (external) {
    project.provide('adminDatabaseUrl', external);
    project.provide('databaseMode', 'external');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'waymark-db-test-'));
  chmodSync(dir, 0o755); // as root, PostgreSQL runs as "postgres" and must enter it
  const server = await startEmbeddedPostgres(dir);
  project.provide('adminDatabaseUrl', server.url);
  project.provide('databaseMode', 'embedded');
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
