import path from 'node:path';

export interface WaymarkConfig {
  host: string;
  port: number;
  dataDir: string;
  /** When set, Waymark uses this server instead of starting its embedded PostgreSQL. */
  databaseUrl: string | undefined;
  demoPassword: string | undefined;
  /** Seed the demo organization when the database has no users. */
  seedDemo: boolean;
  /** Run background jobs in this process. */
  runJobs: boolean;
  logLevel: string;
  /** `WAYMARK_CLOCK`: the instant the server's clock starts at (tests, demos); absent = real time. */
  clockStart: Date | undefined;
  /**
   * `WAYMARK_PUBLIC_URL`: where people reach Waymark (e.g. https://waymark.example.com behind
   * a proxy). Its origin counts as the app's own for the cross-site write check.
   */
  publicUrl: string | undefined;
}

export class ConfigError extends Error {}

function port(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 65535) {
    throw new ConfigError(`${name} must be a port number from 0 to 65535, got "${raw}"`);
  }
  return n;
}

function flag(raw: string | undefined, fallback: boolean): boolean {
  if (raw === undefined || raw === '') return fallback;
  return !['0', 'false', 'no', 'off'].includes(raw.toLowerCase());
}

function clockStart(raw: string | undefined): Date | undefined {
  if (raw === undefined || raw === '') return undefined;
  const at = new Date(raw);
  if (
    !/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/.test(raw) ||
    Number.isNaN(at.getTime())
  ) {
    throw new ConfigError(
      `WAYMARK_CLOCK must be an ISO 8601 instant such as 2026-11-20T09:00:00Z, got "${raw}"`,
    );
  }
  return at;
}

function publicUrl(raw: string | undefined): string | undefined {
  if (raw === undefined || raw === '') return undefined;
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:'))
    throw new ConfigError(
      `WAYMARK_PUBLIC_URL must be an http(s) URL such as https://waymark.example.com, got "${raw}"`,
    );
  return url.href.replace(/\/+$/, '');
}

export function readConfig(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): WaymarkConfig {
  return {
    host: env.HOST || '127.0.0.1',
    port: port('PORT', env.PORT, 8080),
    dataDir: path.resolve(cwd, env.WAYMARK_DATA_DIR || 'data'),
    databaseUrl: env.DATABASE_URL || undefined,
    demoPassword: env.WAYMARK_DEMO_PASSWORD || undefined,
    seedDemo: flag(env.WAYMARK_SEED_DEMO, true),
    runJobs: flag(env.WAYMARK_JOBS, true),
    logLevel: env.LOG_LEVEL || 'info',
    clockStart: clockStart(env.WAYMARK_CLOCK),
    publicUrl: publicUrl(env.WAYMARK_PUBLIC_URL),
  };
}
