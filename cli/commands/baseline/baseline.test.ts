import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { fakeIo, LOGGED_IN_ENV } from '../../test-support.js';
import { formatWorkingMinutes } from './compare.js';

const PROGRAM_ID = '11111111-1111-4111-8111-111111111111';
const BASELINE = {
  id: '22222222-2222-4222-8222-222222222222',
  programId: PROGRAM_ID,
  name: 'Plan of record',
  finish: '2027-01-06T17:00:00',
  itemCount: 4,
  scheduleComputedAt: '2026-11-23T10:00:00.000Z',
  createdById: null,
  version: 1,
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  schedule: {
    start: '2027-01-04T08:00:00',
    finish: '2027-01-06T17:00:00',
    items: [],
    diagnostics: [],
  },
};

function variance(name: string, finish: number | null, presence = 'both') {
  return {
    id: `33333333-3333-4333-8333-33333333333${name.length}`,
    kind: 'task',
    name,
    presence,
    fromStart: null,
    toStart: null,
    fromFinish: null,
    toFinish: '2027-01-07T17:00:00',
    startVarianceMinutes: 0,
    finishVarianceMinutes: finish,
    durationVarianceMinutes: finish,
    fromEstimateHours: 16,
    toEstimateHours: 24,
    costVarianceHours: 8,
  };
}

const COMPARISON = {
  programId: PROGRAM_ID,
  from: {
    kind: 'baseline',
    baselineId: BASELINE.id,
    name: 'Plan of record',
    start: '2027-01-04T08:00:00',
    finish: '2027-01-06T17:00:00',
    computedAt: '2026-11-23T10:00:00.000Z',
  },
  to: {
    kind: 'current',
    baselineId: null,
    name: 'current',
    start: '2027-01-04T08:00:00',
    finish: '2027-01-07T17:00:00',
    computedAt: '2026-11-23T11:00:00.000Z',
  },
  finishVarianceMinutes: 480,
  items: [
    variance('Build', 600),
    variance('Ship', 480),
    variance('Tidy', -60),
    variance('New', null, 'added'),
  ],
};

describe('waymark baseline save', () => {
  it('posts the name to the program and says what was saved', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        [`POST /api/programs/${PROGRAM_ID}/baselines`]: () => ({ status: 201, body: BASELINE }),
      },
    });
    const code = await runCli(
      ['baseline', 'save', '--program', PROGRAM_ID, '--name', 'Plan of record'],
      fake.io,
    );
    expect(code).toBe(0);
    expect(fake.requests[0]!.body).toEqual({ name: 'Plan of record' });
    expect(fake.stdout()).toBe(
      `Saved baseline "Plan of record" (${BASELINE.id}): 4 items, finish 2027-01-06T17:00:00\n`,
    );
  });

  it('prints a duplicate name as field: message (exit 2)', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        [`POST /api/programs/${PROGRAM_ID}/baselines`]: () => ({
          status: 409,
          body: {
            error: {
              code: 'duplicate',
              message: 'this program already has a baseline named "Q1"',
              issues: [
                {
                  path: 'body.name',
                  code: 'duplicate',
                  message: 'this program already has a baseline named "Q1"',
                },
              ],
            },
          },
        }),
      },
    });
    expect(
      await runCli(['baseline', 'save', '--program', PROGRAM_ID, '--name', 'Q1'], fake.io),
    ).toBe(2);
    expect(fake.stderr()).toBe('name: this program already has a baseline named "Q1"\n');
  });

  it('--json prints the response body exactly', async () => {
    const fake = fakeIo({
      env: LOGGED_IN_ENV,
      routes: {
        [`POST /api/programs/${PROGRAM_ID}/baselines`]: () => ({ status: 201, body: BASELINE }),
      },
    });
    await runCli(['baseline', 'save', '--program', PROGRAM_ID, '--name', 'x', '--json'], fake.io);
    expect(JSON.parse(fake.stdout())).toEqual(BASELINE);
  });
});

describe('waymark baseline compare', () => {
  const routes = {
    [`GET /api/programs/${PROGRAM_ID}/baselines/compare`]: () => ({
      status: 200,
      body: COMPARISON,
    }),
  };

  it('passes --from and --to as the query and prints the largest slips first', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV, routes });
    const code = await runCli(
      [
        'baseline',
        'compare',
        '--program',
        PROGRAM_ID,
        '--from',
        BASELINE.id,
        '--to',
        'current',
        '--limit',
        '1',
      ],
      fake.io,
    );
    expect(code).toBe(0);
    expect(fake.requests[0]!.search).toBe(`?from=${BASELINE.id}&to=current`);
    const lines = fake.stdout().trimEnd().split('\n');
    expect(lines[0]).toBe(
      'From baseline "Plan of record" to the current schedule (working time; a day is 8 h; + = later)',
    );
    expect(lines[1]).toBe('Program finish: 2027-01-06T17:00:00 -> 2027-01-07T17:00:00 (+1d)');
    expect(lines[3]).toMatch(/^ITEM\s+KIND\s+FINISH\s+START\s+DURATION\s+COST\s+NOW FINISHES$/);
    expect(lines[4]).toMatch(/^Build\s+task\s+\+1d 2h\s+0\s+\+1d 2h\s+\+8h\s+2027-01-07T17:00:00$/);
    expect(lines[5]).toBe('... and 1 more that finish later (--limit, or --json for all)');
    expect(lines[6]).toBe('1 finish earlier, 1 added.');
  });

  it('sends no query without --from/--to, and --json prints the comparison', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV, routes });
    await runCli(['baseline', 'compare', '--program', PROGRAM_ID, '--json'], fake.io);
    expect(fake.requests[0]!.search).toBe('');
    expect(JSON.parse(fake.stdout())).toEqual(COMPARISON);
  });

  it('refuses a bad --limit before sending anything (exit 2)', async () => {
    const fake = fakeIo({ env: LOGGED_IN_ENV, routes });
    expect(
      await runCli(['baseline', 'compare', '--program', PROGRAM_ID, '--limit', '0'], fake.io),
    ).toBe(2);
    expect(fake.requests).toHaveLength(0);
  });

  it('formats working minutes in 8-hour days', () => {
    expect(formatWorkingMinutes(0)).toBe('0');
    expect(formatWorkingMinutes(null)).toBe('-');
    expect(formatWorkingMinutes(-1470)).toBe('-3d 30m');
    expect(formatWorkingMinutes(90)).toBe('+1h 30m');
  });
});
