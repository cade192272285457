import { describe, expect, it } from 'vitest';
import { runCli } from '../../cli.js';
import { fakeIo } from '../../test-support.js';

const PLAN = 'tests/fixtures/plans/forecast.yaml';

async function forecast(...args: string[]) {
  const { io, stdout, stderr, requests } = fakeIo();
  const code = await runCli(['forecast', ...args], io);
  return { code, stdout: stdout(), stderr: stderr(), requests };
}

describe('waymark forecast', () => {
  it('prints the issue’s JSON shape, offline, with local dates', async () => {
    const run = await forecast(
      PLAN,
      '--iterations',
      '2000',
      '--seed',
      '3',
      '--target',
      '2027-01-26T17:00:00',
      '--json',
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.requests).toEqual([]);
    const json = JSON.parse(run.stdout);
    expect(Object.keys(json).slice(0, 5)).toEqual([
      'iterations',
      'finish',
      'probabilityOfTarget',
      'tasks',
      'sensitivity',
    ]);
    expect(json.iterations).toBe(2000);
    expect(Object.keys(json.finish).slice(0, 4)).toEqual(['mean', 'p50', 'p80', 'p95']);
    for (const key of ['mean', 'p50', 'p80', 'p95'])
      expect(json.finish[key]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/);
    expect(json.finish.p50 <= json.finish.p80 && json.finish.p80 <= json.finish.p95).toBe(true);
    expect(json.finish.deterministic).toBe('2027-01-15T17:00:00');
    expect(json.probabilityOfTarget).toBeGreaterThan(0.5);
    expect(json.probabilityOfTarget).toBeLessThan(1);
    expect(json.tasks.map((t: { id: string }) => t.id)).toEqual([
      'design',
      'build',
      'docs',
      'test',
      'launch',
    ]);
    const design = json.tasks.find((t: { id: string }) => t.id === 'design');
    expect(design.criticalityIndex).toBe(1);
    expect(json.sensitivity[0]).toEqual({ id: 'build', spearman: expect.any(Number) });
    expect(json.tornado.map((t: { id: string }) => t.id)).toEqual(['vendor', 'security']);
  });

  it('same seed, same output; another seed, another', async () => {
    const a = await forecast(PLAN, '--iterations', '1500', '--seed', '11', '--json');
    const b = await forecast(PLAN, '--iterations', '1500', '--seed', '11', '--json');
    const c = await forecast(PLAN, '--iterations', '1500', '--seed', '12', '--json');
    expect(a.stdout).toBe(b.stdout);
    expect(c.stdout).not.toBe(a.stdout);
  });

  it('prints a readable report', async () => {
    const run = await forecast(PLAN, '--iterations', '1000', '--target', '2027-01-20T17:00:00');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^P80\s+2027-01-\d\d \d\d:\d\d\s+2027/m);
    expect(run.stdout).toMatch(/Probability of finishing by 2027-01-20 17:00: \d+\.\d%/);
    expect(run.stdout).toContain('Vendor API late');
    expect(run.stdout).toContain('R-7');
  });

  it('--rank-correlation correlates the durations: a wider spread than independent ones', async () => {
    const args = [PLAN, '--iterations', '4000', '--seed', '5', '--json'];
    const independent = JSON.parse((await forecast(...args)).stdout);
    const correlated = JSON.parse((await forecast(...args, '--rank-correlation', '0.9')).stdout);
    expect(correlated.finish.sdWorkingMinutes).toBeGreaterThan(independent.finish.sdWorkingMinutes);
    const bad = await forecast(PLAN, '--rank-correlation', '1.5');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--rank-correlation must be a number from 0 to 0.99');
  });

  it('bad flags exit 2 naming the flag', async () => {
    const target = await forecast(PLAN, '--target', 'next friday');
    expect(target.code).toBe(2);
    expect(target.stderr).toContain('--target');
    const iterations = await forecast(PLAN, '--iterations', '0');
    expect(iterations.code).toBe(2);
    expect(iterations.stderr).toContain('--iterations must be a whole number from 1');
    const missing = await forecast('nope.yaml');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.yaml: cannot read: no such file');
  });
});
