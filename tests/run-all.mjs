#!/usr/bin/env node
// `npm test`: every tier, in order, against both databases.
//   1. prerequisites (Chromium, PostgreSQL 15): installed with apt-get when
//      running as root on Debian, otherwise named exactly
//   2. build (server, CLI, web), lint, typecheck
//   3. unit + property tests
//   4. database + API tests on the embedded PostgreSQL
//   5. the same database + API tests on Debian's PostgreSQL 15, started here on 127.0.0.1
//   6. end-to-end: server processes, CLI, browser
// Ends with one line "Total: N passed, N failed".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const artifacts = path.join(root, 'tests', 'artifacts');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const pgBin = process.env.PG_BIN ?? '/usr/lib/postgresql/15/bin';
const isRoot = process.getuid?.() === 0;
const only = process.argv.slice(2); // e.g. `npm test -- unit db` runs just those tiers
const wants = (tier) => only.length === 0 || only.includes(tier);

function step(title) {
  console.log(`\n=== ${title} ===`);
}

function run(command, args, env = {}) {
  const r = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.status === 0;
}

/** Runs a command with its output held back and printed whole at the end, so two can run at once. */
function runQuietly(command, args) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: process.env });
    let output = '';
    child.stdout.on('data', (c) => (output += c));
    child.stderr.on('data', (c) => (output += c));
    child.on('close', (code) => {
      process.stdout.write(
        `--- ${command} ${args.join(' ')}: ${code === 0 ? 'ok' : 'FAILED'}\n${output}`,
      );
      resolve(code === 0);
    });
  });
}

function missingPrerequisites() {
  const missing = [];
  if (!existsSync(chromiumPath))
    missing.push({ what: `Chromium (${chromiumPath})`, pkg: 'chromium' });
  if (!existsSync(path.join(pgBin, 'pg_ctl')))
    missing.push({ what: `PostgreSQL 15 server (${pgBin}/pg_ctl)`, pkg: 'postgresql-15' });
  return missing;
}

function provision() {
  let missing = missingPrerequisites();
  if (missing.length === 0) return;
  const packages = missing.map((m) => m.pkg);
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    step(`installing ${packages.join(', ')} with apt-get`);
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    run('apt-get', ['update', '-qq'], env);
    run('apt-get', ['install', '-y', '-qq', ...packages, 'fonts-dejavu-core'], env);
    missing = missingPrerequisites();
  }
  if (missing.length) {
    console.error('\nThe tests need these, which are missing:');
    for (const m of missing) console.error(`  - ${m.what}: apt-get install ${m.pkg}`);
    console.error('(or point CHROMIUM_PATH / PG_BIN at existing installations)');
    process.exit(1);
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A throwaway PostgreSQL 15 cluster on 127.0.0.1, owned by "postgres" when we are root. */
async function startExternalPostgres() {
  const dir = mkdtempSync(path.join(tmpdir(), 'waymark-pg15-'));
  chmodSync(dir, 0o755);
  const dataDir = path.join(dir, 'data');
  const port = await freePort();
  const asUser = (args) =>
    isRoot ? ['runuser', ['-u', 'postgres', '--', ...args]] : [args[0], args.slice(1)];
  if (isRoot) {
    if (spawnSync('id', ['postgres']).status !== 0)
      execFileSync('useradd', ['--system', '--no-create-home', 'postgres']);
    execFileSync('chown', ['postgres', dir]);
  }
  const exec = (args) => {
    const [cmd, rest] = asUser(args);
    execFileSync(cmd, rest, { stdio: ['ignore', 'ignore', 'inherit'] });
  };
  exec([
    path.join(pgBin, 'initdb'),
    '-D',
    dataDir,
    '-U',
    'waymark',
    '--auth=trust',
    '--encoding=UTF8',
    '--no-sync',
  ]);
  exec([
    path.join(pgBin, 'pg_ctl'),
    '-D',
    dataDir,
    '-l',
    path.join(dir, 'server.log'),
    '-w',
    '-t',
    '60',
    '-o',
    // A throwaway cluster: durability settings change no query's result, only how long
    // each commit waits for the disk, so they are off here (the embedded run keeps them on).
    `-c listen_addresses=127.0.0.1 -p ${port} -c unix_socket_directories='' -c max_connections=200` +
      ' -c fsync=off -c synchronous_commit=off -c full_page_writes=off',
    'start',
  ]);
  return {
    url: `postgres://waymark@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        exec([path.join(pgBin, 'pg_ctl'), '-D', dataDir, '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

const totals = { passed: 0, failed: 0 };
const failures = [];
// CI keeps only the tail of the log, so the summary repeats what failed and why.
const failedTests = [];

function firstLine(text) {
  return (
    stripVTControlCharacters(String(text ?? ''))
      .split('\n')
      .find((l) => l.trim())
      ?.trim()
      .slice(0, 300) ?? ''
  );
}

function collectFailures(label, report) {
  for (const file of report.testResults ?? []) {
    const name = path.relative(root, file.name);
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed)
      failedTests.push(`[${label}] ${name} > ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
    if (failed.length === 0 && file.status === 'failed')
      failedTests.push(`[${label}] ${name}: ${firstLine(file.message)}`);
  }
}

function vitest(label, project, env = {}) {
  step(label);
  const report = path.join(artifacts, `vitest-${label.replace(/\W+/g, '-')}.json`);
  rmSync(report, { force: true });
  const ok = run(
    process.execPath,
    [
      path.join(root, 'node_modules', 'vitest', 'vitest.mjs'),
      'run',
      '--project',
      project,
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${report}`,
    ],
    env,
  );
  if (existsSync(report)) {
    const r = JSON.parse(readFileSync(report, 'utf8'));
    totals.passed += r.numPassedTests;
    totals.failed += r.numFailedTests;
    collectFailures(label, r);
    if (r.numFailedTests > 0 || r.numFailedTestSuites > 0) failures.push(label);
  } else if (!ok) {
    totals.failed += 1;
  }
  if (!ok && !failures.includes(label)) failures.push(label);
}

provision();
if (wants('build')) {
  step('build');
  if (!run('npm', ['run', '--silent', 'build'])) failures.push('build');
  step('lint and typecheck');
  // Two single-threaded checks: side by side they take the time of the longer one.
  const [lintOk, typecheckOk] = await Promise.all([
    runQuietly('npm', ['run', '--silent', 'lint']),
    runQuietly('npm', ['run', '--silent', 'typecheck']),
  ]);
  if (!lintOk) failures.push('lint');
  if (!typecheckOk) failures.push('typecheck');
}
if (wants('unit')) vitest('unit', 'unit');
if (wants('db')) vitest('db-embedded', 'db');
if (wants('db')) {
  step('starting PostgreSQL 15 for the external-database run');
  const pg = await startExternalPostgres();
  try {
    vitest('db-external-postgres-15', 'db', { WAYMARK_TEST_DATABASE_URL: pg.url });
  } finally {
    pg.stop();
  }
}
if (wants('e2e')) vitest('e2e', 'e2e', { CHROMIUM_PATH: chromiumPath });

console.log('');
for (const line of failedTests) console.log(`FAILED ${line}`);
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`Total: ${totals.passed} passed, ${totals.failed} failed`);
process.exit(failures.length ? 1 : 0);
