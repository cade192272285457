/**
 * How a PostgreSQL client tool reaches a database: the URL without its password on
 * the command line (visible to `ps`), the password in PGPASSWORD.
 */
export function toolConnection(databaseUrl: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  return { dbname: url.toString(), env: password ? { PGPASSWORD: password } : {} };
}

/** `user@host:port/database`, for messages: never the password. */
export function describeDatabase(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const user = url.username ? `${decodeURIComponent(url.username)}@` : '';
  return `${user}${url.hostname}${url.port ? `:${url.port}` : ''}${url.pathname}`;
}
