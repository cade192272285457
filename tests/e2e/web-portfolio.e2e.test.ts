import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, progressOnceMoving, screenshot } from '../support/browser.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Every demo program is active: all four are forecast together.
const DEMO_PROGRAMS = [
  'EU Data Residency Launch',
  'Mobile App Redesign',
  'Payments Platform Migration',
  'Workforce Identity Consolidation',
];

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1100 } });
  page = await context.newPage();
  page.setDefaultTimeout(60_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('the portfolio page', () => {
  it('runs a portfolio forecast with a progress bar, then charts and tabulates every demo program', async () => {
    await page.goto(`${url}/programs`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/programs$/);

    // The navigation entry is a real page now, no longer marked "Soon".
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Portfolio',
    });
    expect(await nav.textContent()).not.toContain('Soon');
    await nav.click();
    await page.waitForURL(/\/portfolio$/);
    await page.getByRole('heading', { level: 1, name: 'Portfolio' }).waitFor();
    await page
      .getByText('Run a portfolio forecast to see when each program', { exact: false })
      .waitFor();
    // What the portfolio will hold besides forecasts is said on the page.
    await page.getByRole('heading', { name: 'Also coming to the portfolio' }).waitFor();

    const form = page.getByRole('form', { name: 'Run a portfolio forecast' });
    await form.getByLabel('Iterations').fill('5');
    await form.getByRole('button', { name: 'Run portfolio forecast' }).click();
    await form.locator('[data-field-error="iterations"]').waitFor();

    // Enough iterations over the four programs that the run takes a moment: the bar shows.
    await form.getByLabel('Iterations').fill('150000');
    await form.getByLabel('Seed').fill('11');
    await form.getByLabel('Target date').fill('2027-06-30');
    await form.getByRole('button', { name: 'Run portfolio forecast' }).click();
    const progress = await progressOnceMoving(page, 'Portfolio forecast progress');
    await screenshot(page, 'web-portfolio-running');
    await progress.waitFor({ state: 'detached', timeout: 120_000 });

    const chart = page.getByRole('img', { name: /^Program finish dates: / });
    await chart.waitFor();
    const chartLabel = (await chart.getAttribute('aria-label'))!;
    for (const name of DEMO_PROGRAMS) expect(chartLabel).toContain(`${name} P50 `);
    // Two stacked ranges per program (P50–P80, P80–P95) are drawn.
    expect(await chart.locator('svg path').count()).toBeGreaterThanOrEqual(DEMO_PROGRAMS.length);

    const table = page.getByRole('table', { name: 'Program finish dates' });
    await table.getByRole('row').nth(DEMO_PROGRAMS.length).waitFor();
    // Other tests on this server may have made active programs of their own: the demo ones are all here.
    const names = await table.locator('tbody tr td:first-child').allTextContents();
    expect(names).toEqual(expect.arrayContaining(DEMO_PROGRAMS));
    // P50 ≤ P80 ≤ P95 on every row (the cells read "21 Jan 2027 14:05").
    for (const row of await table.locator('tbody tr').all()) {
      const cells = await row.locator('td').allTextContents();
      const [p50, p80, p95] = cells.slice(1, 4).map((text) => Date.parse(text));
      expect(p50).toBeLessThanOrEqual(p80!);
      expect(p80).toBeLessThanOrEqual(p95!);
      // The chance of being done by the target date.
      expect(cells[4]).toMatch(/^\d+(\.\d)?%$/);
    }
    expect(await page.getByTestId('portfolio-p50').textContent()).toMatch(
      /^\d{1,2} \w{3,4} \d{4} \d\d:\d\d$/,
    );

    const history = page.getByRole('table', { name: 'Forecast history' });
    await history.getByRole('row').nth(1).waitFor();
    expect(await history.getByRole('row').count()).toBe(2);
    expect(await history.getByRole('row').nth(1).textContent()).toContain('150,000');
    await screenshot(page, 'web-portfolio-forecast');
  });
});
