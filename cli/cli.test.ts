import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { fakeIo, LOGGED_IN_ENV } from './test-support.js';

const PROGRAM = {
  id: '11111111-1111-4111-8111-111111111111',
  name: 'Atlas',
  summary: '',
  ownerId: null,
  ownerName: null,
  sponsor: '',
  status: 'proposed',
  health: 'green',
  startDate: null,
  targetDate: '2027-03-31',
  budgetCents: 150000,
  currency: 'EUR',
  taskCount: 2,
  doneTaskCount: 1,
  rollupAt: null,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const TASK = { id: 't1', name: 'Build', state: 'todo', version: 4 };

describe('waymark program create', () => {
  it('sends the flags as the body with the token, and --json prints the response body exactly', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: { 'POST /api/programs': () => ({ status: 201, body: PROGRAM }) },
    });
    const code = await runCli(
      [
        'program',
        'create',
        '--name',
        'Atlas',
        '--budget-cents',
        '150000',
        '--currency',
        'EUR',
        '--json',
      ],
      fake.io,
    );
    expect(code).toBe(0);
    expect(fake.requests[0]!.body).toEqual({ name: 'Atlas', budgetCents: 150000, currency: 'EUR' });
    expect(fake.requests[0]!.headers.get('authorization')).toBe('Bearer wmk_test');
    expect(JSON.parse(fake.stdout())).toEqual(PROGRAM);
  });

  it('rejects a bad number before sending anything (exit 2)', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV });
    expect(
      await runCli(['program', 'create', '--name', 'Atlas', '--budget-cents', 'lots'], fake.io),
    ).toBe(2);
    expect(fake.stderr()).toBe('budgetCents: must be a number\n');
    expect(fake.requests).toHaveLength(0);
  });

  it('prints the server issues as field: message lines (exit 2)', async () => {
    const issues = [{ path: 'body.name', code: 'minLength', message: 'Name is required' }];
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'POST /api/programs': () => ({
          status: 400,
          body: { error: { code: 'validation_failed', message: 'bad', issues } },
        }),
      },
    });
    expect(await runCli(['program', 'create', '--name', ''], fake.io)).toBe(2);
    expect(fake.stderr()).toBe('name: Name is required\n');
  });
});

describe('waymark program list', () => {
  it('passes the filters as query parameters and prints a table', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'GET /api/programs': () => ({
          status: 200,
          body: { items: [PROGRAM], total: 1, limit: 10, offset: 0 },
        }),
      },
    });
    expect(await runCli(['program', 'list', '--status', 'active', '--limit', '10'], fake.io)).toBe(
      0,
    );
    expect(new URLSearchParams(fake.requests[0]!.search).get('status')).toBe('active');
    expect(new URLSearchParams(fake.requests[0]!.search).get('limit')).toBe('10');
    const [header, row, footer] = fake.stdout().trimEnd().split('\n');
    expect(header).toMatch(/^ID\s+NAME\s+STATUS\s+HEALTH\s+TARGET\s+OWNER\s+TASKS$/);
    expect(row).toContain(PROGRAM.id);
    expect(row).toMatch(/Atlas\s+proposed\s+green\s+2027-03-31\s+-\s+1\/2$/);
    expect(footer).toBe('1-1 of 1');
  });
});

describe('waymark task update', () => {
  it('reads the current version when --version is not given', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'GET /api/tasks/t1': () => ({ status: 200, body: TASK }),
        'PATCH /api/tasks/t1': (r) => ({
          status: 200,
          body: { ...TASK, ...(r.body as object), version: 5 },
        }),
      },
    });
    expect(
      await runCli(
        ['task', 'update', 't1', '--state', 'in_progress', '--estimate-hours', '3'],
        fake.io,
      ),
    ).toBe(0);
    expect(fake.requests.map((r) => r.method)).toEqual(['GET', 'PATCH']);
    expect(fake.requests[1]!.body).toEqual({ state: 'in_progress', estimateHours: 3, version: 4 });
    expect(fake.stdout()).toContain('now version 5');
  });

  it('sends the given --version as is, and a stale one gets the 409 (exit 2)', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'PATCH /api/tasks/t1': () => ({
          status: 409,
          body: { error: { code: 'version_conflict', message: 'changed meanwhile', issues: [] } },
        }),
      },
    });
    expect(
      await runCli(['task', 'update', 't1', '--version', '2', '--name', 'Ship'], fake.io),
    ).toBe(2);
    expect(fake.requests.map((r) => r.method)).toEqual(['PATCH']);
    expect(fake.requests[0]!.body).toEqual({ name: 'Ship', version: 2 });
    expect(fake.stderr()).toBe('version_conflict: changed meanwhile\n');
  });

  it('refuses an update that changes nothing', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV });
    expect(await runCli(['task', 'update', 't1'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/^Nothing to change/);
  });
});

describe('connection problems', () => {
  it('explains how to log in when there is no token (exit 2)', async () => {
    const fake = fakeIo();
    expect(await runCli(['program', 'list'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/Not logged in/);
    expect(fake.stderr()).toMatch(/waymark login/);
    expect(fake.stderr()).toMatch(/WAYMARK_URL and WAYMARK_TOKEN/);
  });

  it('says it cannot connect (exit 1)', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV });
    fake.io.fetch = () =>
      Promise.reject(
        Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } }),
      );
    expect(await runCli(['program', 'list'], fake.io)).toBe(1);
    expect(fake.stderr()).toMatch(
      /^Cannot connect to Waymark at http:\/\/waymark.test \(ECONNREFUSED\)/,
    );
  });

  it('treats an unknown flag as a usage error (exit 2)', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV });
    expect(await runCli(['program', 'create', '--nmae', 'x'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/unknown option '--nmae'/);
  });
});
