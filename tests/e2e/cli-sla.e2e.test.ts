import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

// `waymark sla due` is offline: it only needs `npm run build`.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repoRoot, 'bin', 'waymark.js');
const emptyConfigDir = mkdtempSync(path.join(tmpdir(), 'waymark-sla-e2e-'));
afterAll(() => rmSync(emptyConfigDir, { recursive: true, force: true }));

function waymark(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    WAYMARK_CONFIG_DIR: emptyConfigDir,
    TZ: 'Asia/Tokyo',
  };
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

describe('waymark sla due (built bin, machine clock in another zone)', () => {
  it.each([
    // weekend
    [['--at', '2027-01-08T15:00:00-08:00'], '2027-01-13T15:00:00-08:00'],
    // holiday
    [['--at', '2027-01-15T10:00:00-08:00', '--holiday', '2027-01-18'], '2027-01-21T10:00:00-08:00'],
    // DST starts, then ends
    [['--at', '2027-03-12T12:00:00-08:00'], '2027-03-17T12:00:00-07:00'],
    [['--at', '2027-11-05T12:00:00-07:00'], '2027-11-10T12:00:00-08:00'],
    // requester in Berlin, Monday 09:00 their time
    [['--at', '2027-01-11T09:00:00+01:00'], '2027-01-13T16:00:00-08:00'],
    // a team in Berlin with its own hours
    [
      [
        '--at',
        '2027-03-26T13:00:00+01:00',
        '--hours',
        '16',
        '--timezone',
        'Europe/Berlin',
        '--working-hours',
        '09:00-17:00',
      ],
      '2027-03-30T13:00:00+02:00',
    ],
  ])('%j → %s', async (args, expected) => {
    const run = await waymark(['sla', 'due', ...args]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${expected}\n`);
  });

  it('--json prints the due time and the calendar used', async () => {
    const run = await waymark(['sla', 'due', '--at', '2027-01-08T15:00:00-08:00', '--json']);
    expect(JSON.parse(run.stdout)).toMatchObject({
      due: '2027-01-13T15:00:00-08:00',
      hours: 24,
      timeZone: 'America/Los_Angeles',
    });
  });

  it('a bad flag exits 2 naming it', async () => {
    const run = await waymark(['sla', 'due', '--at', 'soon']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^--at:/);
  });
});
