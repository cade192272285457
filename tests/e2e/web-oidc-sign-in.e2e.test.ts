import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import {
  startOidcTestProvider,
  TEST_CLIENT,
  type OidcTestProvider,
} from '../support/oidc-test-provider.js';
import {
  makeDataDir,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

// Waymark as an operator runs it, with the OIDC settings in its environment, and a real
// OpenID provider (oidc-provider, development login pages) in the test process.
const dataDir = makeDataDir('waymark-oidc-');
let provider: OidcTestProvider;
let waymark: WaymarkProcess;
let browser: Browser;

beforeAll(async () => {
  provider = await startOidcTestProvider();
  waymark = await startWaymarkProcess({
    WAYMARK_DATA_DIR: dataDir,
    WAYMARK_DEMO_PASSWORD: 'oidc-demo-password-1',
    WAYMARK_OIDC_ISSUER: provider.issuer,
    WAYMARK_OIDC_CLIENT_ID: TEST_CLIENT.id,
    WAYMARK_OIDC_CLIENT_SECRET: TEST_CLIENT.secret,
    WAYMARK_OIDC_NAME: 'Test Identity',
  });
  provider.register([`${waymark.url}/api/auth/oidc/callback`]);
  // The demo admin, known to the provider with a verified address in other letter case.
  provider.accounts.set('admin-at-idp', {
    email: 'Admin@Waymark.test',
    email_verified: true,
    name: 'Demo Admin',
  });
  provider.accounts.set('stranger-at-idp', {
    email: 'stranger@elsewhere.test',
    email_verified: true,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  if (waymark) await stopWaymarkProcess(waymark);
  await provider?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function throughProvider(login: string) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${waymark.url}/sign-in`);
  const button = page.getByRole('link', { name: 'Sign in with Test Identity' });
  await button.waitFor();
  await button.click();
  await page.waitForURL((u) => u.href.startsWith(provider.issuer), { waitUntil: 'commit' });
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  await page.getByRole('button', { name: 'Sign-in' }).click();
  await page.getByRole('button', { name: 'Continue' }).click(); // consent
  return { page, context };
}

describe('Sign in with an OpenID Connect provider, in the browser', () => {
  it('the sign-in page offers the provider; its login brings the person into Waymark', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 } });
    const signInPage = await context.newPage();
    await signInPage.goto(`${waymark.url}/sign-in`);
    await signInPage.getByRole('link', { name: 'Sign in with Test Identity' }).waitFor();
    await screenshot(signInPage, 'oidc-sign-in-page');
    await context.close();

    const { page, context: signedIn } = await throughProvider('admin-at-idp');
    await page.waitForURL(/\/programs$/);
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ email: 'admin@waymark.test', role: 'admin' });
    await page.getByRole('table').waitFor(); // the demo programs, listed for the admin
    await screenshot(page, 'oidc-signed-in');
    await signedIn.close();
  });

  it('an unknown person comes back to the sign-in page with a sentence saying why', async () => {
    const { page, context } = await throughProvider('stranger-at-idp');
    await page.waitForURL(/\/sign-in\?error=/);
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toBe(
      'No Waymark account uses stranger@elsewhere.test; ask a Waymark admin to add you, then sign in again.',
    );
    await screenshot(page, 'oidc-refused');
    const me = await page.evaluate(async () => (await fetch('/api/me')).status);
    expect(me).toBe(401);
    await context.close();
  });
});
