import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

describe('the backups page', () => {
  it('shows an admin the backups in the data folder, with the schedule and retention', async () => {
    const api = await signedInApi(url, adminEmail, adminPassword);
    const { folder } = (await api.get('/api/backups')).body as { folder: string };
    const name = 'waymark-2026-11-15.dump';
    mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, name), Buffer.alloc(3 * 1024));

    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, adminEmail, adminPassword, '/admin');
    await page.getByRole('link', { name: 'Backups' }).click();
    await page.waitForURL(/\/admin\/backups$/);
    const row = page.locator(`[data-backup="${name}"]`);
    await expect(row.textContent()).resolves.toContain('Nightly');
    await expect(row.textContent()).resolves.toContain('3.0 KB');
    await expect(page.locator('.page-header__lead').textContent()).resolves.toMatch(
      /02:30 UTC; the newest 7 nightly backups are kept/,
    );
    await screenshot(page, 'admin-backups');
  });

  it('tells anyone else plainly that only an admin can see them', async () => {
    const api = await signedInApi(url, adminEmail, adminPassword);
    const email = `tpm-${randomBytes(4).toString('hex')}@example.test`;
    const password = 'backups-page-tpm-password';
    expect(
      (await api.post('/api/users', { email, name: 'Backup Reader', role: 'tpm', password }))
        .status,
    ).toBe(201);
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, email, password, '/admin/backups');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Only an admin can see the backups.',
    );
    expect(await page.locator('[data-testid="backups-table"]').count()).toBe(0);
  });
});
