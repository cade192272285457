import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const demoPassword = inject('demoAdminPassword');
// A TPM manager of the demo organization (demo people sign in with the demo password).
const managerEmail = 'hannah.lindqvist@waymark.test';

let browser: Browser;
const contexts: BrowserContext[] = [];

async function signedInPage(email: string, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1300 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, email, demoPassword, path);
  return page;
}

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the Measures pages on the demo organization', () => {
  it('shows a card per KPI with its value, and drills into one to the items behind it', async () => {
    const page = await signedInPage(adminEmail, '/measures');
    await page.getByRole('heading', { level: 1, name: 'Measures' }).waitFor();
    // The sidebar entry is a real page now, no longer marked "Soon".
    const nav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
      name: 'Measures',
    });
    expect(await nav.textContent()).not.toContain('Soon');
    const cards = page.getByRole('list', { name: 'KPIs' }).getByRole('listitem');
    await cards.first().waitFor();
    expect(await cards.count()).toBe(8);
    // The demo's year of history: delivery and intake KPIs have values, not dashes.
    const completion = page.getByTestId('kpi-value-completion_on_time_on_budget');
    await expect(completion.textContent()).resolves.toMatch(/^\d+(\.\d)?%/);
    await expect(
      page.getByTestId('kpi-value-intake_sla_attainment').textContent(),
    ).resolves.toMatch(/^\d+(\.\d)?%/);
    await expect(page.getByTestId('kpi-value-request_throughput').textContent()).resolves.toMatch(
      /^[1-9]\d*/,
    );
    await page.getByRole('main').getByRole('link', { name: 'Satisfaction surveys' }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'OKRs' }).waitFor();
    // Every card draws its trend (an SVG chart labelled with the quarters).
    expect(await page.locator('.kpi-card .chart svg').count()).toBe(8);
    await screenshot(page, 'web-measures-cards');

    // A filter goes into the URL, so the view can be shared.
    await page.getByLabel('Person').selectOption('me');
    await page.waitForURL(/personId=me/);
    await page.getByLabel('Person').selectOption('');
    await page.waitForURL((u) => !u.search.includes('personId'));

    await page.getByRole('link', { name: 'Programs and milestones finished on time' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Programs and milestones finished on time' })
      .waitFor();
    const items = page.getByRole('table', { name: 'Items behind the value' });
    // A closed program of the demo history, with a link to its page.
    await items.getByRole('link', { name: 'Warehouse Scanner Rollout' }).first().waitFor();
    expect(await items.getByText('Counts against').count()).toBeGreaterThan(0);
    expect(await items.getByText('Counts for').count()).toBeGreaterThan(0);
    await page.getByRole('heading', { name: 'Per quarter' }).waitFor();
    await screenshot(page, 'web-measures-completion');

    await page.goto(`${url}/measures/forecast_calibration`);
    await page.getByRole('heading', { name: 'Calibration', exact: true }).waitFor();
    await page.getByRole('img', { name: /Forecast calibration: P50 met/ }).waitFor();
    await screenshot(page, 'web-measures-calibration');
  });

  it('lets a TPM manager change a target, with the API’s problem under the field', async () => {
    const page = await signedInPage(managerEmail, '/measures/intake_sla_attainment');
    await page
      .getByRole('heading', { level: 1, name: 'Intake first responses within the SLA' })
      .waitFor();
    await page.getByRole('button', { name: 'Change target' }).click();
    const form = page.getByRole('form', { name: 'KPI target' });
    await form.getByLabel('Target').fill('95');
    await form.getByLabel('Green').fill('90');
    await form.getByLabel('Amber').fill('97');
    await form.getByRole('button', { name: 'Save target' }).click();
    await form.locator('[data-field-error="amber"]').waitFor();
    await screenshot(page, 'web-measures-target-error');

    await form.getByLabel('Amber').fill('75');
    await form.getByRole('button', { name: 'Save target' }).click();
    await form.waitFor({ state: 'detached' });
    // Read again once saved: the new target, no longer the default.
    await page
      .getByTestId('kpi-target')
      .getByText(/^Target 95% .*; set /)
      .waitFor();
    const api = await signedInApi(url, managerEmail, demoPassword);
    const kpi = (await api.get('/api/kpis/intake_sla_attainment')).body as {
      target: { target: number; green: number; amber: number; updatedAt: string | null };
    };
    expect(kpi.target).toMatchObject({ target: 0.95, green: 0.9, amber: 0.75 });
    expect(kpi.target.updatedAt).not.toBeNull();
  });

  it('offers no target editor to a TPM', async () => {
    const page = await signedInPage('diego.ferreira@waymark.test', '/measures/request_cycle_time');
    await page.getByRole('heading', { level: 1, name: 'Intake request cycle time' }).waitFor();
    await page.getByTestId('kpi-value').waitFor();
    expect(await page.getByRole('button', { name: 'Change target' }).count()).toBe(0);
  });
});
