import pino from 'pino';
import { buildApp } from '../app.js';
import { createContainer } from '../container.js';
import type { Database } from '../db/database.js';

/**
 * The OpenAPI document, built from the routes' own schemas. No database is
 * touched: the app is only assembled, never started.
 */
export async function buildOpenApiDocument(): Promise<Record<string, unknown>> {
  const unusedDatabase = new Proxy({} as Database, {
    get() {
      throw new Error('the OpenAPI document is built without a database');
    },
  });
  const log = pino({ level: 'silent' });
  const container = createContainer(unusedDatabase, {
    databaseMode: 'embedded',
    runJobs: false,
    log,
  });
  const app = await buildApp(container, { logger: log });
  await app.ready();
  const document = app.swagger() as unknown as Record<string, unknown>;
  await app.close();
  return document;
}
