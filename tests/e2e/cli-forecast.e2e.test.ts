import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// `waymark forecast` from the built CLI: the only place the forecast really runs
// on worker threads (vitest runs sources, and Node 20 cannot start a .ts worker).
// Needs `npm run build`; no server.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin', 'waymark.js');
const PLAN = 'tests/fixtures/plans/forecast.yaml';

function waymark(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('waymark forecast (built, worker threads)', () => {
  it('same seed ⇒ byte-identical JSON with 1 and with 2 worker threads', async () => {
    const args = [
      'forecast',
      PLAN,
      '--iterations',
      '12345',
      '--seed',
      '77',
      '--target',
      '2027-01-25T17:00:00',
      '--json',
    ];
    const one = await waymark([...args, '--workers', '1']);
    const two = await waymark([...args, '--workers', '2']);
    expect(one.stderr).toBe('');
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    const json = JSON.parse(one.stdout);
    expect(json.iterations).toBe(12345);
    expect(json.finish.p80).toMatch(/^2027-01-\d\dT\d\d:\d\d:00$/);
    expect(json.tasks.length).toBe(5);

    // With correlated durations (the copula's common factor has its own stream) too.
    const correlated = [...args, '--rank-correlation', '0.6', '--distribution', 'pert'];
    const c1 = await waymark([...correlated, '--workers', '1']);
    const c2 = await waymark([...correlated, '--workers', '2']);
    expect(c1.code).toBe(0);
    expect(c2.stdout).toBe(c1.stdout);
    expect(c1.stdout).not.toBe(one.stdout);
  });
});
