import { describe, expect, it } from 'vitest';
import { describeDatabase, toolConnection } from './postgres-connection.js';

describe('connections handed to pg_dump and pg_restore', () => {
  const url = 'postgres://waymark:s3cr%40t@127.0.0.1:5433/waymark?sslmode=disable';

  it('keeps the password off the command line and passes it in PGPASSWORD', () => {
    const c = toolConnection(url);
    expect(c.dbname).toBe('postgres://waymark@127.0.0.1:5433/waymark?sslmode=disable');
    expect(c.dbname).not.toContain('s3cr');
    expect(c.env).toEqual({ PGPASSWORD: 's3cr@t' });
  });

  it('describes a database without its password', () => {
    expect(describeDatabase(url)).toBe('waymark@127.0.0.1:5433/waymark');
  });
});
