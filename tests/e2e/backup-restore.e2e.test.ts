import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDataFolderDatabase } from '../../server/backup/backup-target.js';
import { signedInApi } from '../support/sign-in.js';
import { tableChecksumsAt, type TableChecksums } from '../support/table-checksums.js';
import {
  makeDataDir,
  repoRoot,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

const PASSWORD = 'backup-demo-password';
const source = makeDataDir('waymark-backup-source-');
const restored = makeDataDir('waymark-backup-restored-');
const files = makeDataDir('waymark-backup-files-');
const whileRunning = path.join(files, 'while-running.dump');
const whileStopped = path.join(files, 'while-stopped.dump');
const running: WaymarkProcess[] = [];

afterAll(async () => {
  for (const p of running) await stopWaymarkProcess(p, 'SIGKILL');
  for (const entry of readdirSync('/proc').filter((e) => /^\d+$/.test(e))) {
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
      if (cmdline.includes(source) || cmdline.includes(restored))
        process.kill(Number(entry), 'SIGINT');
    } catch {
      // ended meanwhile
    }
  }
  for (const dir of [source, restored, files]) rmSync(dir, { recursive: true, force: true });
});

/** `node bin/waymark.js …` as an operator runs it. */
function waymark(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.WAYMARK_DATA_DIR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'waymark.js'), ...args], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function checksumsOf(dataDir: string): Promise<TableChecksums> {
  const database = await openDataFolderDatabase(dataDir, { create: false });
  try {
    return await tableChecksumsAt(database.url);
  } finally {
    await database.close();
  }
}

describe('waymark backup and waymark restore on data folders', () => {
  let sourceSums: TableChecksums;

  it('backs up a running Waymark through its own PostgreSQL, then a stopped one by starting it', async () => {
    const server = await startWaymarkProcess({
      WAYMARK_DATA_DIR: source,
      WAYMARK_DEMO_PASSWORD: PASSWORD,
    });
    running.push(server);
    const api = await signedInApi(server.url, 'admin@waymark.test', PASSWORD);
    expect((await api.post('/api/programs', { name: 'Before the backup' })).status).toBe(201);

    const hot = await waymark(['backup', whileRunning, '--data-dir', source]);
    expect(hot.stderr).toContain('Waymark running on');
    expect(hot.code, hot.stderr).toBe(0);
    expect(hot.stdout).toMatch(/^Wrote .*while-running\.dump \(.+, \d+ tables\) in [\d.]+ s\.\n$/);
    expect(statSync(whileRunning).mode & 0o077).toBe(0);

    // Admins see the backups folder through the API (empty: these went elsewhere).
    const listed = await api.get('/api/backups');
    expect(listed.status).toBe(200);
    expect(listed.body).toMatchObject({ enabled: true, keep: 7, items: [] });
    expect(listed.body.folder).toBe(path.join(source, 'backups'));

    expect(await stopWaymarkProcess(server, 'SIGTERM')).toBe(0);
    const cold = await waymark(['backup', whileStopped, '--data-dir', source]);
    expect(cold.code, cold.stderr).toBe(0);
    expect(cold.stderr).toContain('Starting the embedded PostgreSQL');
    // The password never reaches the terminal.
    const { password } = JSON.parse(
      readFileSync(path.join(source, 'postgres-credentials.json'), 'utf8'),
    );
    for (const out of [hot.stdout, hot.stderr, cold.stdout, cold.stderr])
      expect(out).not.toContain(password);
    expect(existsSync(path.join(source, 'waymark.lock'))).toBe(false);

    sourceSums = await checksumsOf(source);
    expect(sourceSums['public.schema_migrations']!.rows).toBeGreaterThan(10);
    expect(sourceSums['public.programs']!.rows).toBeGreaterThan(1);
    expect(Object.keys(sourceSums).some((t) => t.startsWith('graphile_worker.'))).toBe(true);
  });

  it('restores into an empty data folder with every table identical: row counts and checksums', async () => {
    const r = await waymark(['restore', whileStopped, '--data-dir', restored]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Restored \d+ tables from /);
    const restoredSums = await checksumsOf(restored);
    expect(Object.keys(restoredSums)).toEqual(Object.keys(sourceSums));
    expect(restoredSums).toEqual(sourceSums);
    console.log(
      `backup/restore: ${Object.keys(restoredSums).length} tables, ` +
        `${Object.values(restoredSums).reduce((n, t) => n + t.rows, 0)} rows identical`,
    );
  });

  it('refuses to restore into a data folder that holds data, saying what is there, unless --force', async () => {
    const before = await checksumsOf(restored);
    const refused = await waymark(['restore', whileRunning, '--data-dir', restored]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(
      /is not empty: it holds \d+ tables \(\d+ users, \d+ programs\)\. .*--force/,
    );
    expect(await checksumsOf(restored)).toEqual(before);

    const forced = await waymark(['restore', whileRunning, '--data-dir', restored, '--force']);
    expect(forced.code, forced.stderr).toBe(0);
    expect(forced.stderr).toMatch(/Replaced what was there/);
  });

  it('starts Waymark on the restored folder with the restored data; the migrations have nothing left to do', async () => {
    const server = await startWaymarkProcess({ WAYMARK_DATA_DIR: restored, LOG_LEVEL: 'info' });
    running.push(server);
    expect(server.output()).not.toContain('applied migrations');
    expect(server.output()).not.toContain('Demo sign-in'); // the restored users are there
    const api = await signedInApi(server.url, 'admin@waymark.test', PASSWORD);
    const programs = await api.get('/api/programs?q=Before%20the%20backup');
    expect(programs.body.items.map((p: { name: string }) => p.name)).toEqual(['Before the backup']);
    expect(await stopWaymarkProcess(server, 'SIGTERM')).toBe(0);
  });

  it('refuses to restore under a running Waymark, and says plainly when there is nothing to back up', async () => {
    const server = await startWaymarkProcess({ WAYMARK_DATA_DIR: restored });
    running.push(server);
    const r = await waymark(['restore', whileStopped, '--data-dir', restored, '--force']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is running on .*Stop it before restoring/);
    expect(await stopWaymarkProcess(server, 'SIGTERM')).toBe(0);

    const none = await waymark(['backup', path.join(files, 'x.dump'), '--data-dir', files]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/There is no Waymark database in/);
  });
});
