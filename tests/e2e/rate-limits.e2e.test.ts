import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi } from '../support/sign-in.js';
import {
  makeDataDir,
  repoRoot,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

// Limits small enough to reach in a test, set the way an operator would.
const PUBLIC_LIMIT = 6;
const USER_LIMIT = 10;
const PASSWORD = 'rate-limit-demo-password';
const dataDir = makeDataDir('waymark-rate-limits-');
let waymark: WaymarkProcess;
let browser: Browser | undefined;

beforeAll(async () => {
  waymark = await startWaymarkProcess({
    WAYMARK_DATA_DIR: dataDir,
    WAYMARK_DEMO_PASSWORD: PASSWORD,
    WAYMARK_RATE_LIMIT_PUBLIC: String(PUBLIC_LIMIT),
    WAYMARK_RATE_LIMIT_USER: String(USER_LIMIT),
  });
});
afterAll(async () => {
  await browser?.close();
  if (waymark) await stopWaymarkProcess(waymark);
  rmSync(dataDir, { recursive: true, force: true });
});

function cli(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'bin', 'waymark.js'), ...args], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('rate limits as a person meets them', () => {
  it('the CLI says it is rate limited, how long to wait, and exits 1', async () => {
    const admin = await signedInApi(waymark.url, 'admin@waymark.test', PASSWORD);
    const token = await admin.post<{ secret: string }>('/api/tokens', { name: 'e2e' });
    expect(token.status).toBe(201);
    const env = { WAYMARK_URL: waymark.url, WAYMARK_TOKEN: token.body.secret };
    let refused: { code: number | null; stderr: string } | undefined;
    for (let i = 0; i <= USER_LIMIT && !refused; i++) {
      const run = await cli(['program', 'list'], env);
      if (run.code !== 0) refused = run;
    }
    expect(refused?.code).toBe(1);
    const lines = refused!.stderr.trim().split('\n');
    expect(lines[0]).toMatch(
      /^Rate limited: Too many requests for your account \(at most 10 per minute\); try again in \d+ seconds?\.$/,
    );
    expect(lines[1]).toMatch(
      /^Nothing was changed; wait \d+ seconds? and run the command again\.$/,
    );
  });

  it('the sign-in page says how long to wait once the address is over its limit', async () => {
    browser = await launchChromium();
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    await page.goto(`${waymark.url}/sign-in`);
    const alert = page.getByRole('alert');
    let text = '';
    // The admin's sign-in above already counted once against this address.
    for (let i = 0; i < PUBLIC_LIMIT && !text.startsWith('Too many'); i++) {
      await page.getByLabel('Email').fill(`guess-${i}@example.test`);
      await page.getByLabel('Password').fill('wrong password');
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('button', { name: 'Sign in' }).waitFor();
      await alert.waitFor();
      text = (await alert.textContent()) ?? '';
    }
    expect(text).toMatch(
      /^Too many requests from your address \(at most 6 per minute\); try again in \d+ seconds?\.$/,
    );
    await screenshot(page, 'sign-in-rate-limited');
  });
});
