import { isIP } from 'node:net';
import path from 'node:path';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './modules/rate-limits/rate-limit-settings.js';

/**
 * Whose `X-Forwarded-For` to believe: nobody (the socket's address is the client's),
 * or the proxies at these addresses or CIDR ranges.
 */
export type TrustProxy = false | string[];

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
  /** `WAYMARK_TRUST_PROXY`: off unless it names the proxies. */
  trustProxy: TrustProxy;
  /** `WAYMARK_RATE_LIMIT_*`; null when `WAYMARK_RATE_LIMITS=off`. */
  rateLimits: RateLimits | null;
  /** Nightly backups into `<dataDir>/backups` (`WAYMARK_BACKUPS`, `WAYMARK_BACKUP_KEEP`). */
  backups: { enabled: boolean; keep: number };
  /**
   * `WAYMARK_PUBLIC_URL`: where people reach Waymark (e.g. https://waymark.example.com behind
   * a proxy). Its origin counts as the app's own for the cross-site write check.
   */
  publicUrl: string | undefined;
  /** `WAYMARK_OIDC_*`: sign-in with an OpenID Connect provider beside passwords; null when not set. */
  oidc: OidcSettings | null;
  /** `WAYMARK_SMTP_URL`, `WAYMARK_MAIL_FROM`: e-mail invitations and reset links; null when not set. */
  mail: MailSettings | null;
}

export interface MailSettings {
  /** smtp://user:pass@host:587 (STARTTLS when offered) or smtps://user:pass@host:465. */
  smtpUrl: string;
  /** The From header, such as `Waymark <waymark@example.com>`. */
  from: string;
}

export const DEFAULT_MAIL_FROM = 'Waymark <waymark@localhost>';

export interface OidcSettings {
  /** The provider's issuer URL; its discovery document lives under it. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** What the sign-in page calls the provider ("Sign in with <name>"). */
  name: string;
  /** Create a stakeholder account for a verified e-mail that has none (`WAYMARK_OIDC_CREATE_USERS`). */
  createUsers: boolean;
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

// proxy-addr's names for whole ranges, which Fastify's trustProxy accepts too.
const PROXY_RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal']);

function proxyEntryIsValid(entry: string): boolean {
  if (PROXY_RANGE_NAMES.has(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

export function trustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim() ?? '';
  if (value === '' || ['0', 'false', 'no', 'off'].includes(value.toLowerCase())) return false;
  if (value.toLowerCase() === 'true')
    throw new ConfigError(
      `WAYMARK_TRUST_PROXY=true is refused because any client could then choose its own address; name the proxies in front of Waymark by address or CIDR range, such as 127.0.0.1 or 10.0.0.0/8`,
    );
  // Fastify 5 ignores a hop count (trusts nothing) because it cannot tell a proxy from a
  // client that connects directly; say so rather than accept a setting that does nothing.
  if (/^\d+$/.test(value))
    throw new ConfigError(
      `WAYMARK_TRUST_PROXY must name the proxies by address or CIDR range, such as 127.0.0.1 or 10.0.0.0/8; a hop count ("${raw}") cannot tell a proxy from a client that connects directly`,
    );
  const entries = value.split(',').map((e) => e.trim());
  const bad = entries.filter((e) => !proxyEntryIsValid(e));
  if (bad.length > 0)
    throw new ConfigError(
      `WAYMARK_TRUST_PROXY lists "${bad.join('", "')}", which is not an IP address or CIDR range (such as 10.0.0.5 or 10.0.0.0/8); got "${raw}"`,
    );
  return entries;
}

function positiveCount(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const n = Number(raw);
  if (!/^\s*\d+\s*$/.test(raw) || n < 1 || n > 1_000_000) {
    throw new ConfigError(`${name} must be a whole number from 1 to 1000000, got "${raw}"`);
  }
  return n;
}

export function rateLimits(env: NodeJS.ProcessEnv): RateLimits | null {
  if (!flag(env.WAYMARK_RATE_LIMITS, true)) return null;
  return {
    windowMs:
      positiveCount(
        'WAYMARK_RATE_LIMIT_WINDOW',
        env.WAYMARK_RATE_LIMIT_WINDOW,
        DEFAULT_RATE_LIMITS.windowMs / 1000,
      ) * 1000,
    perUser: positiveCount(
      'WAYMARK_RATE_LIMIT_USER',
      env.WAYMARK_RATE_LIMIT_USER,
      DEFAULT_RATE_LIMITS.perUser,
    ),
    publicPerAddress: positiveCount(
      'WAYMARK_RATE_LIMIT_PUBLIC',
      env.WAYMARK_RATE_LIMIT_PUBLIC,
      DEFAULT_RATE_LIMITS.publicPerAddress,
    ),
  };
}

function backupKeep(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 7;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 3650)
    throw new ConfigError(
      `WAYMARK_BACKUP_KEEP must be the number of nightly backups to keep, from 1 to 3650, got "${raw}"`,
    );
  return n;
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

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function oidcSettings(env: NodeJS.ProcessEnv): OidcSettings | null {
  const names = [
    'WAYMARK_OIDC_ISSUER',
    'WAYMARK_OIDC_CLIENT_ID',
    'WAYMARK_OIDC_CLIENT_SECRET',
  ] as const;
  const given = names.filter((n) => (env[n] ?? '').trim() !== '');
  if (given.length === 0) return null;
  const missing = names.filter((n) => !given.includes(n));
  if (missing.length > 0)
    throw new ConfigError(
      `Sign-in with OpenID Connect needs ${names.join(', ')} together; ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set`,
    );
  const raw = env.WAYMARK_OIDC_ISSUER!.trim();
  let issuer: URL | undefined;
  try {
    issuer = new URL(raw);
  } catch {
    issuer = undefined;
  }
  // Tokens from a provider reached over plain HTTP could be read or changed on the way,
  // except on this machine (a provider started beside Waymark, as the tests do).
  if (
    !issuer ||
    !(
      issuer.protocol === 'https:' ||
      (issuer.protocol === 'http:' && LOOPBACK_HOSTS.has(issuer.hostname))
    )
  )
    throw new ConfigError(
      `WAYMARK_OIDC_ISSUER must be the provider's https URL, such as https://login.example.com/realms/main (plain http only on 127.0.0.1 or localhost), got "${raw}"`,
    );
  return {
    issuer: raw,
    clientId: env.WAYMARK_OIDC_CLIENT_ID!.trim(),
    clientSecret: env.WAYMARK_OIDC_CLIENT_SECRET!.trim(),
    name: env.WAYMARK_OIDC_NAME?.trim() || issuer.hostname,
    createUsers: flag(env.WAYMARK_OIDC_CREATE_USERS, false),
  };
}

// The URL carries the SMTP password: messages show only its scheme and host.
export function mailSettings(env: NodeJS.ProcessEnv): MailSettings | null {
  const raw = env.WAYMARK_SMTP_URL?.trim() ?? '';
  const from = env.WAYMARK_MAIL_FROM?.trim() || DEFAULT_MAIL_FROM;
  if (raw === '') {
    if (env.WAYMARK_MAIL_FROM?.trim())
      throw new ConfigError(
        'WAYMARK_MAIL_FROM is set but WAYMARK_SMTP_URL is not; set WAYMARK_SMTP_URL (such as smtp://user:pass@smtp.example.com:587) to send e-mail',
      );
    return null;
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !['smtp:', 'smtps:'].includes(url.protocol) || url.hostname === '')
    throw new ConfigError(
      `WAYMARK_SMTP_URL must be an smtp:// or smtps:// URL with a host, such as smtp://user:pass@smtp.example.com:587; got ${url ? `one with scheme "${url.protocol}"` : 'something that is not a URL'}`,
    );
  // One address, optionally with a display name: "Name <a@b>" or "a@b".
  if (!/^(?:[^<>@\r\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/.test(from))
    throw new ConfigError(
      `WAYMARK_MAIL_FROM must be one e-mail address, optionally with a name, such as "Waymark <waymark@example.com>", got "${from}"`,
    );
  return { smtpUrl: raw, from };
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
    trustProxy: trustProxy(env.WAYMARK_TRUST_PROXY),
    rateLimits: rateLimits(env),
    backups: {
      enabled: flag(env.WAYMARK_BACKUPS, true),
      keep: backupKeep(env.WAYMARK_BACKUP_KEEP),
    },
    publicUrl: publicUrl(env.WAYMARK_PUBLIC_URL),
    oidc: oidcSettings(env),
    mail: mailSettings(env),
  };
}
