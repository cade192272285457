import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../support/waymark-process.js';

const url = inject('waymarkUrl');
const email = inject('demoAdminEmail');
const password = inject('demoAdminPassword');
const bin = path.join(repoRoot, 'bin', 'waymark.js');
const configDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-e2e-'));
const emptyConfigDir = mkdtempSync(path.join(tmpdir(), 'waymark-cli-e2e-empty-'));

afterAll(() => {
  rmSync(configDir, { recursive: true, force: true });
  rmSync(emptyConfigDir, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/waymark.js …` as a user runs it; the environment carries no WAYMARK_* of the test runner. */
function waymark(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, WAYMARK_CONFIG_DIR: configDir, ...options.env };
  if (!options.env?.WAYMARK_URL) delete env.WAYMARK_URL;
  if (!options.env?.WAYMARK_TOKEN) delete env.WAYMARK_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: repoRoot,
      env,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A port nothing listens on: one the OS just handed out and we closed again. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs a command that must succeed with --json and returns the parsed body. */
async function json<T = Record<string, any>>(
  args: string[],
  env?: Record<string, string>,
): Promise<T> {
  const run = await waymark([...args, '--json'], env ? { env } : {});
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as T;
}

// Unique per run so the filters below find exactly what this file made.
const tag = `cli-e2e-${Date.now().toString(36)}`;

describe('waymark CLI against a running Waymark', () => {
  let token = '';
  let programId = '';
  let milestoneId = '';
  let taskId = '';

  it('logs in with --password-stdin and stores a 0600 credentials file', async () => {
    const run = await waymark(['login', '--url', url, '--email', email, '--password-stdin'], {
      input: `${password}\n`,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Logged in to ${url}`);
    const file = path.join(configDir, 'credentials.json');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { url: string; token: string };
    expect(stored.url).toBe(url);
    expect(stored.token).toMatch(/^wmk/);
    token = stored.token;
  });

  it('creates a program; --json prints the API body', async () => {
    const program = await json([
      'program',
      'create',
      '--name',
      `${tag} Atlas`,
      '--budget-cents',
      '250000',
      '--currency',
      'EUR',
      '--target-date',
      '2027-06-30',
      '--status',
      'active',
    ]);
    expect(program).toMatchObject({
      name: `${tag} Atlas`,
      budgetCents: 250000,
      currency: 'EUR',
      targetDate: '2027-06-30',
      status: 'active',
      version: 1,
    });
    programId = program.id as string;
  });

  it('lists programs with filters, as JSON and as a table', async () => {
    const page = await json(['program', 'list', '--q', tag, '--status', 'active', '--limit', '5']);
    expect(page).toMatchObject({ total: 1, limit: 5, offset: 0 });
    expect(page.items[0].id).toBe(programId);

    const table = await waymark(['program', 'list', '--q', tag]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^ID\s+NAME\s+STATUS/);
    expect(table.stdout).toContain(programId);
    expect(table.stdout).toContain('1-1 of 1');
  });

  it('adds a milestone with success criteria', async () => {
    const milestone = await json([
      'milestone',
      'add',
      '--program',
      programId,
      '--name',
      'Beta',
      '--due-date',
      '2027-03-01',
      '--criterion',
      'p95 under 300 ms',
      '--criterion',
      'no open sev-1',
    ]);
    expect(milestone).toMatchObject({ programId, name: 'Beta', dueDate: '2027-03-01' });
    expect((milestone.criteria as { description: string }[]).map((c) => c.description)).toEqual([
      'p95 under 300 ms',
      'no open sev-1',
    ]);
    milestoneId = milestone.id as string;
  });

  it('adds a task and updates it, reading the version itself', async () => {
    const task = await json([
      'task',
      'add',
      '--program',
      programId,
      '--name',
      'Build the thing',
      '--estimate-hours',
      '16',
      '--milestone',
      milestoneId,
    ]);
    expect(task).toMatchObject({
      programId,
      name: 'Build the thing',
      estimateHours: 16,
      milestoneId,
      state: 'todo',
      version: 1,
    });
    taskId = task.id as string;

    const updated = await json([
      'task',
      'update',
      taskId,
      '--state',
      'in_progress',
      '--due-date',
      '2027-02-15',
    ]);
    expect(updated).toMatchObject({
      id: taskId,
      state: 'in_progress',
      dueDate: '2027-02-15',
      version: 2,
    });
  });

  it('refuses a stale --version with the server 409 (exit 2)', async () => {
    const run = await waymark(['task', 'update', taskId, '--version', '1', '--name', 'Renamed']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^version: /m);
  });

  it('adds a dependency, and prints the cycle when one would close', async () => {
    const dependency = await json([
      'dep',
      'add',
      '--from',
      taskId,
      '--to',
      milestoneId,
      '--type',
      'FS',
      '--lag-minutes',
      '60',
    ]);
    expect(dependency).toMatchObject({ type: 'FS', lagMinutes: 60, crossProgram: false });
    expect(dependency.predecessor).toMatchObject({ kind: 'task', id: taskId });
    expect(dependency.successor).toMatchObject({ kind: 'milestone', id: milestoneId });

    const cycle = await waymark(['dep', 'add', '--from', milestoneId, '--to', taskId]);
    expect(cycle.code).toBe(2);
    expect(cycle.stderr).toMatch(/^successorId: /m);
    expect(cycle.stderr).toMatch(/^cycle: .*Beta.*Build the thing/m);
  });

  it('shows a program with the size of its plan', async () => {
    const program = await json(['program', 'show', programId]);
    expect(program).toMatchObject({ id: programId, name: `${tag} Atlas` });

    const run = await waymark(['program', 'show', programId]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Milestones:\s+1$/m);
    expect(run.stdout).toMatch(/^Tasks:\s+1 \(0 done\)$/m);
    expect(run.stdout).toMatch(/^Dependencies:\s+1$/m);
  });

  it('prints validation issues as field: message and exits 2', async () => {
    const empty = await waymark(['program', 'create', '--name', '']);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^name: /m);

    const badNumber = await waymark(['program', 'create', '--name', 'x', '--budget-cents', 'lots']);
    expect(badNumber.code).toBe(2);
    expect(badNumber.stderr).toBe('budgetCents: must be a number\n');

    const negative = await waymark(['program', 'create', '--name', 'x', '--budget-cents', '-5']);
    expect(negative.code).toBe(2);
    expect(negative.stderr).toMatch(/^budgetCents: /m);
  });

  it('uses WAYMARK_URL + WAYMARK_TOKEN without any stored login', async () => {
    const env = { WAYMARK_CONFIG_DIR: emptyConfigDir, WAYMARK_URL: url, WAYMARK_TOKEN: token };
    const page = await json(['program', 'list', '--q', tag], env);
    expect(page.items.map((p: { id: string }) => p.id)).toEqual([programId]);

    const none = await waymark(['program', 'list'], {
      env: { WAYMARK_CONFIG_DIR: emptyConfigDir },
    });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/waymark login/);
  });

  it('says when it cannot connect (exit 1)', async () => {
    const nowhere = `http://127.0.0.1:${await closedPort()}`;
    const env = { WAYMARK_CONFIG_DIR: emptyConfigDir, WAYMARK_URL: nowhere, WAYMARK_TOKEN: token };
    const run = await waymark(['program', 'list'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^Cannot connect to Waymark at ${nowhere}`));
  });

  it('logs out: the token is revoked at the server and forgotten', async () => {
    const run = await waymark(['logout']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const after = await waymark(['program', 'list']);
    expect(after.code).toBe(2);
    expect(after.stderr).toMatch(/Not logged in/);

    const revoked = await waymark(['program', 'list'], {
      env: { WAYMARK_CONFIG_DIR: emptyConfigDir, WAYMARK_URL: url, WAYMARK_TOKEN: token },
    });
    expect(revoked.code).toBe(2);
    expect(revoked.stderr).toMatch(/waymark login/);
  });
});
