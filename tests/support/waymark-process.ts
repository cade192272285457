import { TEST_CLOCK_START } from './test-clock.js';
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const mainScript = path.join(repoRoot, 'dist', 'server', 'main.js');

export interface WaymarkProcess {
  url: string;
  child: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | string | null>;
}

/** A folder PostgreSQL can use even when the tests run as root (it then runs as "postgres"). */
export function makeDataDir(prefix = 'waymark-e2e-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  return dir;
}

/**
 * Starts `node dist/server/main.js` as a user would and waits (bounded) for it
 * to print its URL.
 */
export async function startWaymarkProcess(
  env: Record<string, string>,
  timeoutMs = 120_000,
): Promise<WaymarkProcess> {
  if (!existsSync(mainScript))
    throw new Error(`${mainScript} is missing: run "npm run build" first`);
  const child = spawn(process.execPath, [mainScript], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: '0',
      LOG_LEVEL: 'warn',
      WAYMARK_CLOCK: TEST_CLOCK_START,
      // The limiter runs as in production, with limits no test file reaches by accident.
      WAYMARK_RATE_LIMIT_USER: '1000000',
      WAYMARK_RATE_LIMIT_PUBLIC: '1000000',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const exited = new Promise<number | string | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? signal)),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Waymark did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Waymark exited (${code}) before it started:\n${output}`));
    });
  });
  return { url, child, output: () => output, exited };
}

export async function stopWaymarkProcess(
  p: WaymarkProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | string | null> {
  if (p.child.exitCode === null && p.child.signalCode === null) p.child.kill(signal);
  return p.exited;
}
