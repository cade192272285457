import { randomBytes } from 'node:crypto';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type Database } from './database.js';
import { migrate, migrationsDir } from './migrate.js';

// Migration 0017 gives audit events a program; events written before it are backfilled.
const adminUrl = inject('adminDatabaseUrl');
const name = `waymark_test_${randomBytes(6).toString('hex')}`;
let db: Database;
let before0017: string;

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  db = openDatabase(url.toString());
  before0017 = mkdtempSync(path.join(tmpdir(), 'waymark-migrations-'));
  for (const file of readdirSync(migrationsDir).filter((f) => f < '0017'))
    copyFileSync(path.join(migrationsDir, file), path.join(before0017, file));
  await migrate(db.pool, before0017);
});
afterAll(async () => {
  await db?.close();
  rmSync(before0017, { recursive: true, force: true });
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
});

describe('migration 0017 (audit events by program)', () => {
  it('backfills the program of older events, and keeps the log append-only', async () => {
    const program = (
      await db.query<{ id: string }>(`INSERT INTO programs (name) VALUES ('P') RETURNING id`)
    ).rows[0]!.id;
    const milestone = (
      await db.query<{ id: string }>(
        `INSERT INTO milestones (program_id, name) VALUES ($1, 'M') RETURNING id`,
        [program],
      )
    ).rows[0]!.id;
    const insert = (type: string, id: string, before: unknown, after: unknown) =>
      db.query(
        `INSERT INTO audit_events (entity_type, entity_id, action, before, after)
         VALUES ($1, $2, 'update', $3, $4)`,
        [type, id, JSON.stringify(before), JSON.stringify(after)],
      );
    const other = '00000000-0000-4000-8000-000000000001';
    await insert('program', program, null, { id: program });
    await insert('workstream', other, { programId: program }, null);
    await insert('success_criterion', other, null, { milestoneId: milestone });
    await insert('user', other, null, { email: 'a@example.test' });
    await insert('task', other, null, { programId: 'not-a-uuid' });

    await migrate(db.pool);

    const rows = await db.query<{ entity_type: string; program_id: string | null }>(
      'SELECT entity_type, program_id FROM audit_events ORDER BY id',
    );
    expect(rows.rows).toEqual([
      { entity_type: 'program', program_id: program },
      { entity_type: 'workstream', program_id: program },
      { entity_type: 'success_criterion', program_id: program },
      { entity_type: 'user', program_id: null },
      { entity_type: 'task', program_id: null },
    ]);
    await expect(db.query('UPDATE audit_events SET action = $1', ['x'])).rejects.toThrow(
      /append-only/,
    );
  });
});
