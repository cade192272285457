import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { RestoreRefusedError, restoreBackup } from '../backup/backup-restore.js';
import { seedDemoOrganization } from '../demo/seed-demo.js';
import { startTestServer, type TestServer } from '../../tests/support/test-server.js';
import { tableChecksumsAt } from '../../tests/support/table-checksums.js';
import { TEST_CLOCK_START } from '../../tests/support/test-clock.js';
import { runNightlyBackup } from './nightly-backup.job.js';

const folder = mkdtempSync(path.join(tmpdir(), 'waymark-nightly-'));
const clock = () => new Date(TEST_CLOCK_START);
const today = `waymark-${TEST_CLOCK_START.slice(0, 10)}.dump`;
let server: TestServer;
/** The database as the nightly backup saw it (the API test below signs in, which writes). */
let atBackup: Awaited<ReturnType<typeof tableChecksumsAt>>;
const emptyDatabases: string[] = [];

/** A database with nothing in it, as `waymark restore` wants (DATABASE_URL pointing there). */
async function emptyDatabase(): Promise<string> {
  const admin = inject('adminDatabaseUrl');
  const name = `waymark_restore_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  emptyDatabases.push(name);
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

beforeAll(async () => {
  server = await startTestServer({
    backups: { enabled: true, keep: 3, folder, databaseUrl: null },
  });
  await seedDemoOrganization(server.db, 'nightly-demo-password', { now: clock() });
});

afterAll(async () => {
  await server?.close();
  const client = new pg.Client({ connectionString: inject('adminDatabaseUrl') });
  await client.connect();
  for (const name of emptyDatabases)
    await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.end();
  rmSync(folder, { recursive: true, force: true });
});

describe('the nightly backup', () => {
  it('writes waymark-<date>.dump (date from the clock) and keeps only the newest N nightly backups', async () => {
    const older = ['2026-11-10', '2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14'];
    for (const day of older) writeFileSync(path.join(folder, `waymark-${day}.dump`), 'old');
    writeFileSync(path.join(folder, 'before-upgrade.dump'), 'manual');

    const { written, pruned } = await runNightlyBackup(
      { enabled: true, keep: 3, folder, databaseUrl: server.database.url },
      clock,
    );
    atBackup = await tableChecksumsAt(server.database.url);
    expect(written.file).toBe(path.join(folder, today));
    expect(written.sizeBytes).toBeGreaterThan(1000);
    expect(pruned.sort()).toEqual([
      'waymark-2026-11-10.dump',
      'waymark-2026-11-11.dump',
      'waymark-2026-11-12.dump',
    ]);
    expect(readdirSync(folder).sort()).toEqual([
      'before-upgrade.dump',
      'waymark-2026-11-13.dump',
      'waymark-2026-11-14.dump',
      today,
    ]);
  });

  it('is listed for an admin through the API, newest first, with size, time and kind', async () => {
    const admin = await server.signIn('admin');
    const r = await admin.get('/api/backups');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ enabled: true, keep: 3, folder });
    expect(r.body.schedule).toMatch(/02:30 UTC/);
    expect(r.body.items[0]).toMatchObject({ name: today, kind: 'nightly' });
    expect(r.body.items[0].sizeBytes).toBeGreaterThan(1000);
    expect(Date.parse(r.body.items[0].modifiedAt)).not.toBeNaN();
    expect(r.body.items.find((i: { name: string }) => i.name === 'before-upgrade.dump').kind).toBe(
      'other',
    );
    expect((await (await server.signIn('tpm_manager')).get('/api/backups')).status).toBe(403);
  });

  it('restores into an empty database (DATABASE_URL) with every table identical, and refuses it once it holds data', async () => {
    const target = await emptyDatabase();
    const { tables } = await restoreBackup(target, path.join(folder, today), { force: false });
    expect(tables).toBeGreaterThan(10);
    const original = atBackup;
    const copy = await tableChecksumsAt(target);
    expect(Object.keys(copy)).toEqual(Object.keys(original));
    expect(copy).toEqual(original);
    expect(original['public.schema_migrations']!.rows).toBeGreaterThan(10);

    await expect(restoreBackup(target, path.join(folder, today), { force: false })).rejects.toThrow(
      RestoreRefusedError,
    );
    const forced = await restoreBackup(target, path.join(folder, today), { force: true });
    expect(forced.replaced?.tables.length).toBe(Object.keys(original).length);
    expect(await tableChecksumsAt(target)).toEqual(original);
  });
});
