import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
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

/** The event ids of the rows shown, top to bottom. */
async function shownIds(page: Page): Promise<number[]> {
  const ids = await page
    .locator('[data-event]')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-event')));
  return ids.map(Number);
}

describe('the audit log page', () => {
  it('lists events newest first, filters by program, pages, and shows values as text', async () => {
    const api = await signedInApi(url, adminEmail, adminPassword);
    const suffix = randomBytes(3).toString('hex');
    const created = await api.post('/api/programs', { name: `Audit page ${suffix}` });
    expect(created.status).toBe(201);
    const program = created.body as { id: string; version: number };
    const markup = `<img src=x onerror="window.__auditXss=1"> ${suffix}`;
    const renamed = await api.patch(`/api/programs/${program.id}`, {
      version: program.version,
      name: markup,
    });
    expect(renamed.status).toBe(200);
    // More than a page of events (the demo's seeding writes few), in another program.
    const other = (await api.post('/api/programs', { name: `Audit other ${suffix}` })).body;
    for (let i = 0; i < 22; i++)
      expect(
        (await api.post(`/api/programs/${other.id}/workstreams`, { name: `WS ${i}` })).status,
      ).toBe(201);
    for (const name of ['Alpha', 'Beta', 'Gamma'])
      expect((await api.post(`/api/programs/${program.id}/workstreams`, { name })).status).toBe(
        201,
      );
    const newest = (await api.get('/api/audit?limit=1')).body.items[0] as { id: string };

    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, adminEmail, adminPassword, '/admin');
    await page.getByRole('link', { name: 'Audit log' }).click();
    await page.waitForURL(/\/admin\/audit$/);
    await page.locator(`[data-event="${newest.id}"]`).waitFor();

    // Newest first by the number, across a page boundary.
    const first = await shownIds(page);
    expect(first).toHaveLength(25);
    // Signing in the browser was audited after `newest`.
    expect(first[0]).toBeGreaterThanOrEqual(Number(newest.id));
    expect(first).toContain(Number(newest.id));
    expect(first).toEqual([...first].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Older' }).click();
    await expect
      .poll(async () => (await shownIds(page))[0], { timeout: 20_000 })
      .toBeLessThan(first[24]!);
    const second = await shownIds(page);
    expect(second[0]).toBeLessThan(first[24]!);
    expect(second).toEqual([...second].sort((a, b) => b - a));
    await page.getByRole('button', { name: 'Newer' }).click();
    await page.locator(`[data-event="${newest.id}"]`).waitFor();

    // The one date format, e.g. "7 Dec 2026 03:47 UTC".
    const when = await page.locator(`[data-event="${newest.id}"] td`).nth(1).textContent();
    expect(when).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2} UTC$/);

    // The program and everything under it: its create, rename and three workstreams.
    await page.locator('#audit-program').selectOption(program.id);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('[data-event]').count(), { timeout: 20_000 }).toBe(5);
    const rows = page.locator('[data-event]');
    await expect(rows.nth(0).textContent()).resolves.toContain('create workstream');
    await expect(rows.nth(4).textContent()).resolves.toContain('create program');

    // Stored markup is shown as the text it is, never run as HTML.
    const rename = rows.nth(3);
    await expect(rename.textContent()).resolves.toContain('update program');
    await expect(rename.locator('li').first().textContent()).resolves.toBe(
      `name "Audit page ${suffix}" → ${JSON.stringify(markup)}`,
    );
    await rename.getByText('Before and after').click();
    await expect(rename.locator('pre').nth(1).textContent()).resolves.toContain(
      JSON.stringify(markup),
    );
    expect(await page.locator('[data-testid="audit-table"] img').count()).toBe(0);
    expect(await page.evaluate('typeof window.__auditXss')).toBe('undefined');
    await screenshot(page, 'admin-audit');

    // A day range with nothing in it says so.
    await page.locator('#audit-to').fill('2000-01-01');
    await page.getByRole('button', { name: 'Apply' }).click();
    await page.getByText('No events match these filters.').waitFor();
  });

  it('tells anyone else plainly that only an admin can read it', async () => {
    const api = await signedInApi(url, adminEmail, adminPassword);
    const email = `tpm-${randomBytes(4).toString('hex')}@example.test`;
    const password = 'audit-page-tpm-password';
    expect(
      (await api.post('/api/users', { email, name: 'Audit Reader', role: 'tpm', password })).status,
    ).toBe(201);
    const page = await (await browser.newContext()).newPage();
    page.setDefaultTimeout(20_000);
    await signInInBrowser(page, url, email, password, '/admin/audit');
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'Only an admin can read the audit log.',
    );
    expect(await page.locator('[data-event]').count()).toBe(0);
  });
});
