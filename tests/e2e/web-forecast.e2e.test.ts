import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ApiClient } from '../support/api-client.js';
import { launchChromium, progressOnceMoving, screenshot } from '../support/browser.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
const DEMO_PROGRAM = 'EU Data Residency Launch';

let browser: Browser;
let context: BrowserContext;
let page: Page;

async function adminApi(): Promise<ApiClient> {
  const response = await fetch(`${url}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: adminEmail, password: adminPassword }),
  });
  expect(response.status).toBe(200);
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  return new ApiClient(url, { cookie });
}

/** Saves an estimates row and waits for the plan it reloads, so the next edit lands in the new row. */
async function saveAndReload(row: ReturnType<Page['getByTestId']>): Promise<void> {
  const reloaded = page.waitForResponse(
    (r) => r.request().method() === 'GET' && /\/plan$/.test(new URL(r.url()).pathname),
  );
  await row.getByRole('button', { name: 'Save' }).click();
  await reloaded;
  await page
    .getByTestId('estimate-row')
    .first()
    .getByRole('button', { name: 'Save' })
    .and(page.locator(':disabled'))
    .waitFor();
}

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

describe('the forecast page', () => {
  it('runs a forecast with a progress bar, then shows the histogram, the tornado and the history', async () => {
    const admin = await adminApi();
    const programs = await admin.get(`/api/programs?q=${encodeURIComponent(DEMO_PROGRAM)}`);
    const program = (programs.body.items as { id: string; name: string }[]).find(
      (p) => p.name === DEMO_PROGRAM,
    )!;
    expect(program).toBeTruthy();
    // The register's risks the forecast draws: open or mitigating, with a delay on tasks or a cost.
    const register = (await admin.get(`/api/programs/${program.id}/risks?status=open,mitigating`))
      .body.items as {
      title: string;
      taskIds: string[];
      delayHours: number;
      cost: number | null;
    }[];
    const risks: { title: string }[] = register.filter(
      (r) => (r.taskIds.length > 0 && r.delayHours > 0) || (r.cost ?? 0) > 0,
    );
    expect(risks.length).toBeGreaterThan(0);

    await page.goto(`${url}/programs`);
    await page.waitForURL(/\/sign-in/);
    await page.getByLabel('Email').fill(adminEmail);
    await page.getByLabel('Password').fill(adminPassword);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/programs$/);

    await page.goto(`${url}/programs/${program.id}`);
    await page.getByRole('heading', { level: 1, name: DEMO_PROGRAM }).waitFor();
    await page.getByRole('link', { name: 'Forecast' }).click();
    await page.waitForURL(/\/forecast$/);
    await page.getByRole('heading', { level: 1, name: `${DEMO_PROGRAM} — Forecast` }).waitFor();
    await page.getByText('No forecast has been run yet.').waitFor();

    // A risk added on the page: the probability is required, then it is listed.
    await page.getByRole('button', { name: 'Add risk' }).click();
    const riskForm = page.getByRole('form', { name: 'Add risk' });
    await riskForm.getByLabel('Risk').fill('Data centre power work');
    await riskForm.getByRole('button', { name: 'Add risk' }).click();
    await riskForm.locator('[data-field-error="probability"]').waitFor();
    await riskForm.getByLabel('Probability (%)').fill('25');
    await riskForm.getByLabel('Delay (working hours)').fill('24');
    await riskForm.getByLabel('Delays task').selectOption({ index: 1 });
    await riskForm.getByRole('button', { name: 'Add risk' }).click();
    await page.getByRole('table', { name: 'Risks' }).getByText('Data centre power work').waitFor();
    risks.push({ title: 'Data centre power work' });

    // Three-point estimates are edited in place; a pessimistic below the likely is refused.
    const row = page.getByTestId('estimate-row').first();
    const likely = Number(await row.getByLabel(/^Likely hours of /).inputValue());
    expect(likely).toBeGreaterThan(0);
    await row.getByLabel(/^Pessimistic hours of /).fill(String(likely / 2));
    await row.getByRole('button', { name: 'Save' }).click();
    await row.getByRole('alert').waitFor();
    expect(await row.getByRole('alert').textContent()).toContain('must be at least');
    await row.getByLabel(/^Pessimistic hours of /).fill(String(likely * 3));
    await saveAndReload(row);
    expect(
      Number(
        await page
          .getByTestId('estimate-row')
          .first()
          .getByLabel(/^Pessimistic hours of /)
          .inputValue(),
      ),
    ).toBe(likely * 3);

    // Costs are edited in the same row: a negative rate is refused under its field, then saved.
    const costRow = page.getByTestId('estimate-row').first();
    await costRow.getByLabel(/^Fixed cost of /).fill('2500');
    await costRow.getByLabel(/^Cost per hour of /).fill('-5');
    await costRow.getByRole('button', { name: 'Save' }).click();
    await costRow.locator('[data-field-error="costPerHour"]').waitFor();
    await screenshot(page, 'web-forecast-cost-error');
    await costRow.getByLabel(/^Cost per hour of /).fill('120');
    await saveAndReload(costRow);
    expect(
      await page
        .getByTestId('estimate-row')
        .first()
        .getByLabel(/^Fixed cost of /)
        .inputValue(),
    ).toBe('2500');

    // A bad iteration count is refused under its field, by the API's rule.
    const form = page.getByRole('form', { name: 'Run a forecast' });
    await form.getByLabel('Iterations').fill('5');
    await form.getByRole('button', { name: 'Run forecast' }).click();
    await form.locator('[data-field-error="iterations"]').waitFor();

    // Enough iterations that the run takes a few seconds: the progress bar moves.
    await form.getByLabel('Iterations').fill('200000');
    await form.getByLabel('Seed').fill('2027');
    await form.getByLabel('Target date').fill('2027-06-30');
    await form.getByLabel('Rank correlation').fill('0.3');
    await form.getByRole('button', { name: 'Run forecast' }).click();
    const progress = await progressOnceMoving(page, 'Forecast progress');
    await screenshot(page, 'web-forecast-running');
    await progress.waitFor({ state: 'detached', timeout: 120_000 });

    const histogram = page.getByRole('img', { name: /^Finish date distribution: P50 / });
    await histogram.waitFor();
    await page.getByRole('img', { name: /^Risks by effect on P80: / }).waitFor();
    const tornadoLabel = await page
      .getByRole('img', { name: /^Risks by effect on P80: / })
      .getAttribute('aria-label');
    for (const risk of risks) expect(tornadoLabel).toContain(risk.title);
    expect(await page.getByTestId('forecast-p80').textContent()).toMatch(
      /^\d{1,2} \w{3,4} \d{4} \d\d:\d\d$/,
    );
    expect(await page.getByTestId('forecast-target').textContent()).toMatch(/^\d+(\.\d)?%$/);
    // The tasks' rates and the risks' costs: the cost P-values, in whole units.
    expect(await page.getByTestId('forecast-cost-p50').textContent()).toMatch(/^\d{1,3}(,\d{3})+$/);
    await page.getByText('rank correlation 0.3', { exact: false }).waitFor();
    // The chart draws bars and the S-curve.
    expect(await histogram.locator('svg path').count()).toBeGreaterThan(10);

    const history = page.getByRole('table', { name: 'Forecast history' });
    await history.getByRole('row').nth(1).waitFor();
    expect(await history.getByRole('row').count()).toBe(2);
    expect(await history.getByRole('row').nth(1).textContent()).toContain('200,000');
    await screenshot(page, 'web-forecast');

    // Accuracy: the demo's closed programs were forecast before they finished, so the
    // organization's calibration is drawn; nothing of this program has finished since its
    // forecast, so it has no scored forecasts of its own.
    const accuracy = page.getByRole('region', { name: 'Forecast accuracy' });
    await accuracy
      .getByRole('img', { name: /^Calibration over \d+ scored forecasts: P50 met/ })
      .waitFor();
    expect(
      await accuracy.getByRole('table', { name: 'Scored forecasts of this program' }).count(),
    ).toBe(0);

    // The schedule's Gantt now carries the forecast: P-date lines and milestone whiskers.
    await page.getByRole('link', { name: 'Schedule', exact: true }).click();
    await page.waitForURL(/\/schedule$/);
    await page.getByTestId('gantt-forecast').waitFor();
    expect(await page.locator('.gantt__pdate').count()).toBe(2);
    expect(await page.locator('.gantt__whisker').count()).toBeGreaterThan(0);
    // Scrolled to the end, where the program's P50 and P80 lines are.
    await page.getByTestId('gantt').evaluate((el) => {
      (el as unknown as { scrollLeft: number; scrollWidth: number }).scrollLeft = (
        el as unknown as { scrollWidth: number }
      ).scrollWidth;
    });
    await screenshot(page, 'web-forecast-gantt');

    // The API holds the same run, with its seed: forecast history exists.
    const list = (await admin.get(`/api/programs/${program.id}/forecasts`)).body.items as {
      seed: number;
      status: string;
      rankCorrelation: number;
    }[];
    expect(list.map((f) => [f.seed, f.status, f.rankCorrelation])).toEqual([
      [2027, 'succeeded', 0.3],
    ]);
    // A million iterations take most of a minute on a busy 2-core machine: the page, not the
    // simulation's speed, is under test here.
  }, 150_000);
});
