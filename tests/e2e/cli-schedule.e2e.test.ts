import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `waymark schedule` is offline: no server, no database, no login. This file uses
// none of the e2e server the tier's global setup starts; it only needs `npm run build`.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin', 'waymark.js');
const emptyConfigDir = mkdtempSync(path.join(tmpdir(), 'waymark-schedule-e2e-'));
afterAll(() => rmSync(emptyConfigDir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function waymark(args: string[]): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, WAYMARK_CONFIG_DIR: emptyConfigDir };
  delete env.WAYMARK_URL;
  delete env.WAYMARK_TOKEN;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

interface JsonTask {
  uid: number;
  id: string;
  name: string;
  earlyStart: string;
  earlyFinish: string;
  lateStart: string;
  lateFinish: string;
  totalSlackMinutes: number;
  freeSlackMinutes: number;
  critical: boolean;
}

const TASK_KEYS = [
  'uid',
  'id',
  'name',
  'earlyStart',
  'earlyFinish',
  'lateStart',
  'lateFinish',
  'totalSlackMinutes',
  'freeSlackMinutes',
  'critical',
];
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

describe('waymark schedule FILE (offline)', () => {
  it('prints the schedule of a plan file as JSON, with MS Project dates', async () => {
    const run = await waymark(['schedule', 'tests/fixtures/plans/all-links.yaml', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout) as {
      finish: string;
      tasks: JsonTask[];
      diagnostics: unknown[];
    };
    expect(Object.keys(json)).toEqual(['finish', 'tasks', 'diagnostics']);
    expect(json.diagnostics).toEqual([]);
    for (const task of json.tasks) {
      expect(Object.keys(task)).toEqual(TASK_KEYS);
      for (const key of ['earlyStart', 'earlyFinish', 'lateStart', 'lateFinish'] as const)
        expect(task[key]).toMatch(LOCAL);
    }
    const byId = new Map(json.tasks.map((t) => [t.id, t]));
    const dates = (id: string) => {
      const t = byId.get(id)!;
      return [
        t.uid,
        t.earlyStart,
        t.earlyFinish,
        t.lateStart,
        t.lateFinish,
        t.totalSlackMinutes,
        t.freeSlackMinutes,
        t.critical,
      ];
    };
    // Worked out by hand (Mon 2027-01-04 08:00, standard calendar, Wed 01-13 off):
    // design 3d: Mon–Wed. FS → build 4d: Thu 7, Fri 8, Mon 11, Tue 12.
    expect(dates('design')).toEqual([
      2,
      '2027-01-04T08:00:00',
      '2027-01-06T17:00:00',
      '2027-01-04T08:00:00',
      '2027-01-06T17:00:00',
      0,
      0,
      true,
    ]);
    expect(dates('build')).toEqual([
      3,
      '2027-01-07T08:00:00',
      '2027-01-12T17:00:00',
      '2027-01-07T08:00:00',
      '2027-01-12T17:00:00',
      0,
      0,
      true,
    ]);
    // SS +1d: Mon 08:00 + 1d = Mon 17:00, a start moves to the next working minute, Tue 08:00.
    expect(dates('docs')).toEqual([
      4,
      '2027-01-05T08:00:00',
      '2027-01-06T17:00:00',
      '2027-01-15T08:00:00',
      '2027-01-18T17:00:00',
      3360,
      3360,
      false,
    ]);
    // FF +1d: Tue 12 17:00 + 1d skips the holiday → Thu 14 17:00; 2d back → Tue 12 08:00.
    expect(dates('test')).toEqual([
      5,
      '2027-01-12T08:00:00',
      '2027-01-14T17:00:00',
      '2027-01-15T08:00:00',
      '2027-01-18T17:00:00',
      960,
      0,
      false,
    ]);
    // A milestone after a task finishing Thu 17:00 sits at Thu 17:00, not Fri 08:00.
    expect(dates('release')).toEqual([
      6,
      '2027-01-14T17:00:00',
      '2027-01-14T17:00:00',
      '2027-01-18T17:00:00',
      '2027-01-18T17:00:00',
      960,
      960,
      false,
    ]);
    // SF +2d: build starts Thu 08:00, + 2d = Fri 17:00 is sign-off's finish.
    expect(dates('signoff')).toEqual([
      7,
      '2027-01-08T08:00:00',
      '2027-01-08T17:00:00',
      '2027-01-18T08:00:00',
      '2027-01-18T17:00:00',
      2400,
      2400,
      false,
    ]);
    // FS +50% of build's 4d = 2d: Tue 17:00 → (Wed off) Fri 15 17:00 → Mon 18 08:00.
    expect(dates('review')).toEqual([
      8,
      '2027-01-18T08:00:00',
      '2027-01-18T17:00:00',
      '2027-01-18T08:00:00',
      '2027-01-18T17:00:00',
      0,
      0,
      true,
    ]);
    // The summary rolls up its children design and build.
    expect(dates('phase').slice(0, 5)).toEqual([
      1,
      '2027-01-04T08:00:00',
      '2027-01-12T17:00:00',
      '2027-01-04T08:00:00',
      '2027-01-12T17:00:00',
    ]);
    expect(json.finish).toBe('2027-01-18T17:00:00');
  });

  it('honours constraints: SNET, an MFO that wins over its links (negative slack), ALAP, deadlines', async () => {
    const run = await waymark(['schedule', 'tests/fixtures/plans/constraints.yaml', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0); // conflicts and missed deadlines are warnings, as in MS Project
    const json = JSON.parse(run.stdout) as {
      finish: string;
      tasks: JsonTask[];
      diagnostics: any[];
    };
    const byId = new Map(json.tasks.map((t) => [t.id, t]));
    // a 2d from Mon 08:00. Its successor c has a deadline of Tue 01-05 17:00, which caps
    // c's late finish as in MS Project, so a had to be done a day earlier: −1 d of float.
    expect(byId.get('a')).toMatchObject({
      earlyStart: '2027-01-04T08:00:00',
      earlyFinish: '2027-01-05T17:00:00',
      lateStart: '2027-01-01T08:00:00',
      lateFinish: '2027-01-04T17:00:00',
      totalSlackMinutes: -480,
      critical: true,
    });
    // c, as late as possible but due by its deadline, cannot start before a ends.
    expect(byId.get('c')).toMatchObject({
      earlyStart: '2027-01-06T08:00:00',
      lateFinish: '2027-01-05T17:00:00',
      totalSlackMinutes: -480,
    });
    // SNET Mon 01-11 (08:00) beats the link (Wed 08:00); the MFO go-live (Fri 01-08 17:00)
    // needs b done by Fri 17:00: its late dates lie a day before its early ones.
    expect(byId.get('b')).toMatchObject({
      earlyStart: '2027-01-11T08:00:00',
      earlyFinish: '2027-01-11T17:00:00',
      lateStart: '2027-01-08T08:00:00',
      lateFinish: '2027-01-08T17:00:00',
      totalSlackMinutes: -480,
      freeSlackMinutes: 0,
      critical: true,
    });
    // The MFO milestone sits on its date, not after its predecessor.
    expect(byId.get('m')).toMatchObject({
      earlyStart: '2027-01-08T17:00:00',
      earlyFinish: '2027-01-08T17:00:00',
      critical: true,
    });
    expect(json.finish).toBe('2027-01-11T17:00:00');
    expect(json.diagnostics.map((d) => [d.code, d.severity, d.taskIds])).toEqual(
      expect.arrayContaining([
        ['constraint_conflict', 'warning', ['m']],
        ['deadline_missed', 'warning', ['c']],
      ]),
    );
  });

  it('prints a readable table with the critical path marked', async () => {
    const run = await waymark(['schedule', 'tests/fixtures/plans/all-links.yaml']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^CRIT\s+UID\s+ID\s+NAME/);
    expect(run.stdout).toMatch(/^\*\s+8\s+review\s+Review\s+2027-01-18 08:00/m);
    expect(run.stdout).toContain('Finish: 2027-01-18 17:00\n');
    expect(run.stdout).toContain('Critical path (*): design → build → review\n');
  });

  it('a bad file: exit 2 with file:line field: reason', async () => {
    const run = await waymark(['schedule', 'tests/fixtures/plans/errors.yaml', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toEqual([
      'tests/fixtures/plans/errors.yaml:6 tasks[0].duration: must be a duration such as 5d, 3h, 2w, 1mo, 30m, or elapsed 4ed, 2eh, 1ew',
      'tests/fixtures/plans/errors.yaml:13 tasks[2].colour: unknown field (expected one of: id, uid, name, duration, milestone, estimate, cost, after, constraint, deadline, calendar, parent, priority, progress)',
    ]);
    for (const line of lines) expect(line).toMatch(/^[^:]+:\d+ [\w.[\]]+: .+$/);
  });

  it('a missing file: exit 2', async () => {
    const run = await waymark(['schedule', 'tests/fixtures/plans/none.yaml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('tests/fixtures/plans/none.yaml: cannot read: no such file\n');
  });
});
