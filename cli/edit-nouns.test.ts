import { describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { formatLag, formatLagMinutes, lagMinutesOf, lagOf } from './commands/dep/lag.js';
import { fakeIo, LOGGED_IN_ENV } from './test-support.js';

const helpOf = async (argv: string[]) => {
  const fake = fakeIo();
  expect(await runCli([...argv, '--help'], fake.io)).toBe(0);
  return fake.stdout();
};
const verbsIn = (help: string) =>
  [...help.split('Commands:')[1]!.matchAll(/^ {2}(\S+)/gm)].map((match) => match[1]);

describe('waymark <noun> --help', () => {
  it.each([
    ['workstream', ['list', 'show', 'add', 'update', 'delete']],
    ['criterion', ['list', 'show', 'add', 'update', 'delete']],
    ['team', ['list', 'add', 'update|rename', 'hours', 'delete', 'member']],
    ['allocation', ['add', 'list', 'update', 'delete']],
    ['headcount', ['list', 'add', 'role', 'need']],
    ['ladder', ['show', 'track', 'level', 'competency']],
    ['team member', ['list', 'add', 'remove']],
    ['headcount role', ['add', 'update', 'delete']],
    ['headcount need', ['add', 'update', 'delete']],
    ['ladder track', ['add', 'update', 'delete']],
    ['ladder level', ['add', 'update', 'delete']],
    ['ladder competency', ['add', 'update', 'delete']],
    ['milestone', ['add', 'update', 'achieve', 'delete']],
    ['dep', ['add', 'update', 'delete']],
  ])('%s lists its verbs', async (noun, verbs) => {
    expect(verbsIn(await helpOf(noun.split(' ')))).toEqual([...verbs, 'help']);
  });

  it('program and task gain delete', async () => {
    expect(verbsIn(await helpOf(['program']))).toContain('delete');
    expect(verbsIn(await helpOf(['task']))).toContain('delete');
  });

  it('deletes that can take records along say so, and offer the flag', async () => {
    const level = (await helpOf(['ladder', 'level', 'delete'])).replace(/\s+/g, ' ');
    expect(level).toContain('Refused while people are on it');
    expect(level).toMatch(/--with-expectations .*--with-assessments/);
    expect(await helpOf(['ladder', 'competency', 'delete'])).toMatch(/--with-assessments/);
  });

  it('a delete says what goes with it and offers --yes', async () => {
    const help = (await helpOf(['milestone', 'delete'])).replace(/\s+/g, ' ');
    expect(help).toContain('Its success criteria and dependencies go too; its tasks stay.');
    expect(help).toMatch(/-y, --yes/);
  });
});

describe('--lag', () => {
  it('reads the plan-file notation as working minutes of an 8-hour day', () => {
    expect(lagMinutesOf('2d')).toBe(960);
    expect(lagMinutesOf('-1d')).toBe(-480);
    expect(lagMinutesOf('4h')).toBe(240);
    expect(lagMinutesOf('1w')).toBe(2400);
    expect(lagMinutesOf('30m')).toBe(30);
    expect(lagMinutesOf('0d')).toBe(0);
  });

  it('refuses what the API cannot store, saying what to write instead', () => {
    expect(() => lagMinutesOf('50%')).toThrow(/percent lag.*e\.g\. 2d/);
    expect(() => lagMinutesOf('3ed')).toThrow(/elapsed lag/);
    expect(lagOf('50%')).toEqual({ lagKind: 'percent', lagMinutes: 0, lagPercent: 50 });
    expect(lagOf('-25%')).toEqual({ lagKind: 'percent', lagMinutes: 0, lagPercent: -25 });
    expect(lagOf('3ed')).toEqual({ lagKind: 'elapsed', lagMinutes: 3 * 1440, lagPercent: null });
    expect(formatLag({ lagKind: 'percent', lagMinutes: 0, lagPercent: 50 })).toBe('50%');
    expect(formatLag({ lagKind: 'elapsed', lagMinutes: 2880 })).toBe('2ed');
    expect(() => lagMinutesOf('two days')).toThrow(/^lag: "two days" is not a lag/);
  });

  it('prints lags in the notation it accepts', () => {
    expect(formatLagMinutes(960)).toBe('2d');
    expect(formatLagMinutes(-480)).toBe('-1d');
    expect(formatLagMinutes(90)).toBe('90m');
  });
});

const DEPENDENCY = {
  id: 'd1',
  predecessor: { kind: 'task', id: 't1', name: 'Build', programId: 'p1' },
  successor: { kind: 'milestone', id: 'm1', name: 'Beta', programId: 'p1' },
  type: 'FS',
  lagMinutes: 0,
  crossProgram: false,
  version: 3,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

describe('confirmation of a delete', () => {
  const routes = {
    'GET /api/dependencies/d1': () => ({ status: 200, body: DEPENDENCY }),
    'DELETE /api/dependencies/d1': () => ({ status: 204 }),
  };
  const atTerminal = (answer: string) => {
    const fake = fakeIo({ env: LOGGED_IN_ENV, routes, stdin: answer });
    fake.io.stdin.isTTY = true;
    return fake;
  };

  it('asks at a terminal, and deletes at the version read on "y"', async () => {
    const fake = atTerminal('y\n');
    expect(await runCli(['dep', 'delete', 'd1'], fake.io)).toBe(0);
    expect(fake.stderr()).toBe(
      'Delete FS dependency task "Build" -> milestone "Beta" (d1)? The two items stay; only the link between them goes. [y/N] ',
    );
    const deletion = fake.requests.find((request) => request.method === 'DELETE');
    expect(deletion?.search).toBe('?version=3');
    expect(fake.stdout()).toBe('Deleted FS dependency task "Build" -> milestone "Beta" (d1)\n');
  });

  it('deletes nothing on any other answer (exit 2)', async () => {
    const fake = atTerminal('\n');
    expect(await runCli(['dep', 'delete', 'd1'], fake.io)).toBe(2);
    expect(fake.stderr()).toMatch(/\[y\/N\] Nothing was deleted\.\n$/);
    expect(fake.requests.map((request) => request.method)).toEqual(['GET']);
  });

  it('refuses without a terminal unless --yes is given, and checks --version first', async () => {
    const script = fakeIo({ env: LOGGED_IN_ENV, routes });
    expect(await runCli(['dep', 'delete', 'd1'], script.io)).toBe(2);
    expect(script.stderr()).toMatch(/pass --yes to delete it from a script\.\n$/);
    expect(script.requests.map((request) => request.method)).toEqual(['GET']);

    const badVersion = fakeIo({ env: LOGGED_IN_ENV, routes });
    expect(await runCli(['dep', 'delete', 'd1', '--yes', '--version', 'v2'], badVersion.io)).toBe(
      2,
    );
    expect(badVersion.stderr()).toBe('version: "v2" is not a version number (1, 2, …)\n');
    expect(badVersion.requests.map((request) => request.method)).toEqual(['GET']);
  });
});

describe('updates refuse what cannot be right before any request', () => {
  it.each([
    [['dep', 'update', 'd1'], 'Nothing to change: give --type or --lag (or --lag-minutes)'],
    [
      ['dep', 'update', 'd1', '--lag', '2d', '--lag-minutes', '5'],
      'lag: give --lag or --lag-minutes, not both',
    ],
    [
      ['milestone', 'update', 'm1', '--achieved', '--missed'],
      'state: give one of --achieved, --missed, --planned or --state',
    ],
    [
      ['criterion', 'update', 'c1', '--met', '--not-met'],
      'state: give one of --met, --not-met, --pending or --state',
    ],
    [
      ['workstream', 'update', 'w1'],
      'Nothing to change: give at least one of --name, --description, --lead, --sort-order',
    ],
  ])('%j', async (argv, message) => {
    const fake = fakeIo({ env: LOGGED_IN_ENV });
    expect(await runCli(argv, fake.io)).toBe(2);
    expect(fake.stderr()).toBe(`${message}\n`);
    expect(fake.requests).toHaveLength(0);
  });
});

describe('task update', () => {
  it('unsets nullable fields with "none" and sends the PERT estimates', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'GET /api/tasks/t1': () => ({ status: 200, body: { id: 't1', version: 4 } }),
        'PATCH /api/tasks/t1': () => ({
          status: 200,
          body: { id: 't1', name: 'Build', state: 'todo', version: 5 },
        }),
      },
    });
    const argv = ['task', 'update', 't1', '--workstream', 'none', '--due-date', 'none'];
    const estimates = ['--estimate-optimistic-hours', '4', '--estimate-pessimistic-hours', '12'];
    expect(await runCli([...argv, ...estimates], fake.io)).toBe(0);
    expect(fake.requests[1]!.body).toEqual({
      workstreamId: null,
      dueDate: null,
      estimateOptimisticHours: 4,
      estimatePessimisticHours: 12,
      version: 4,
    });
  });

  it('a field that cannot be unset keeps "none" as its text', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        'GET /api/tasks/t1': () => ({ status: 200, body: { id: 't1', version: 4 } }),
        'PATCH /api/tasks/t1': () => ({
          status: 200,
          body: { id: 't1', name: 'none', state: 'todo', version: 5 },
        }),
      },
    });
    expect(await runCli(['task', 'update', 't1', '--name', 'none'], fake.io)).toBe(0);
    expect(fake.requests[1]!.body).toEqual({ name: 'none', version: 4 });
  });
});
