import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPostgresTool, PostgresToolMissingError } from './postgres-tools.js';

const dir = mkdtempSync(path.join(tmpdir(), 'waymark-pg-bin-'));
const empty = mkdtempSync(path.join(tmpdir(), 'waymark-no-bin-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(empty, { recursive: true, force: true });
});

describe('finding pg_dump', () => {
  it('takes PG_BIN first', () => {
    writeFileSync(path.join(dir, 'pg_dump'), '#!/bin/sh\n');
    chmodSync(path.join(dir, 'pg_dump'), 0o755);
    expect(findPostgresTool('pg_dump', { PG_BIN: dir, PATH: '/usr/bin' }, empty)).toBe(
      path.join(dir, 'pg_dump'),
    );
  });

  it('names the Debian package and PG_BIN when it is nowhere', () => {
    const find = () => findPostgresTool('pg_restore', { PG_BIN: empty, PATH: empty }, empty);
    expect(find).toThrow(PostgresToolMissingError);
    expect(find).toThrow(/pg_restore was not found .*apt-get install postgresql-client-15.*PG_BIN/);
  });
});
