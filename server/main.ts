import pino from 'pino';
import { ConfigError, readConfig } from './config.js';
import { DomainError } from './domain-errors.js';
import { startWaymark } from './waymark.js';

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`waymark: ${error.message}`);
      process.exit(2);
    }
    throw error;
  }
})();
const log = pino({ level: config.logLevel });

try {
  const waymark = await startWaymark(config, log);
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info(`${signal} received, shutting down`);
    await waymark.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const lines = [
    '',
    `  Waymark is running at ${waymark.url}`,
    `  API docs: ${waymark.url}/api/docs`,
    `  Database: ${config.databaseUrl ? 'external PostgreSQL (DATABASE_URL)' : `embedded PostgreSQL in ${config.dataDir}`}`,
  ];
  if (waymark.demo) {
    lines.push(
      `  Demo sign-in: ${waymark.demo.email} / ${waymark.demo.password}${waymark.demo.generated ? '  (generated; set WAYMARK_DEMO_PASSWORD to choose it)' : ''}`,
    );
  } else {
    lines.push(
      `  Sign in with your account (the demo admin is admin@waymark.test; its password was printed on first start).`,
    );
  }
  console.log(lines.join('\n') + '\n');
} catch (error) {
  if (error instanceof DomainError) {
    console.error(`waymark: ${error.message}`);
    process.exit(1);
  }
  log.error({ err: error }, 'Waymark failed to start');
  console.error(`waymark: failed to start: ${(error as Error).message}`);
  process.exit(1);
}
