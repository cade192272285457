import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let admin: ApiClient;
let period: string;
let programId: string;
let topId: string;
let childId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, adminEmail, adminPassword, path);
  return page;
}

beforeAll(async () => {
  admin = await signedInApi(url, adminEmail, adminPassword);
  // The server's current quarter, as the page picks it by default.
  period = (await admin.get('/api/objectives/unaligned-programs')).body.period;
  const program = await admin.post('/api/programs', { name: 'OKR Aligned Program' });
  expect(program.status).toBe(201);
  programId = program.body.id;
  const top = await admin.post('/api/objectives', {
    ownerKind: 'organization',
    period,
    title: 'Every date we give holds',
  });
  expect(top.status).toBe(201);
  topId = top.body.id;
  const kr = await admin.post(`/api/objectives/${topId}/key-results`, {
    title: 'Days late per milestone',
    startValue: 20,
    targetValue: 5,
    currentValue: 14,
    unit: 'days',
  });
  expect(kr.status).toBe(201);
  expect((await admin.post(`/api/objectives/${topId}/commit`, {})).status).toBe(200);
  const child = await admin.post('/api/objectives', {
    ownerKind: 'organization',
    period,
    title: 'Forecasts we stand behind',
    parentId: topId,
  });
  expect(child.status).toBe(201);
  childId = child.body.id;
  await admin.post(`/api/objectives/${childId}/key-results`, {
    title: 'Programs with a weekly forecast',
    startValue: 0,
    targetValue: 10,
    currentValue: 4,
  });
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('OKRs in the browser', () => {
  it('shows the quarter as a cascade with scores and states', async () => {
    const page = await signedInPage('/okrs');
    const tree = page.getByRole('list', { name: 'Objectives' });
    await tree.getByRole('link', { name: 'Every date we give holds' }).waitFor();
    const nested = page.getByRole('list', { name: 'Serving Every date we give holds' });
    await nested.getByRole('link', { name: 'Forecasts we stand behind' }).waitFor();
    // (14 − 20) / (5 − 20) = 0.4 on a decreasing target.
    await page.getByRole('progressbar', { name: 'Score of Every date we give holds' }).waitFor();
    expect(
      await page
        .getByRole('progressbar', { name: 'Score of Every date we give holds' })
        .getAttribute('aria-valuenow'),
    ).toBe('40');
    await screenshot(page, 'web-okrs-tree');
  });

  it('checks in, aligns a program and commits a draft with confirmation', async () => {
    const page = await signedInPage(`/okrs/${childId}`);
    await page.getByRole('heading', { name: 'Forecasts we stand behind' }).waitFor();
    const form = page.getByRole('form', { name: 'Check in on Programs with a weekly forecast' });
    await form.getByLabel('New value').fill('7');
    await form.getByLabel('Confidence').selectOption('8');
    await form.getByLabel('Note').fill('Three more programs forecast weekly.');
    await form.getByRole('button', { name: 'Check in' }).click();
    await page.getByText('Three more programs forecast weekly.', { exact: false }).waitFor();
    await page.getByText('7 of 10').waitFor();

    await page.getByLabel('Align a program').selectOption(programId);
    await page.getByRole('button', { name: 'Align' }).click();
    await page.getByRole('link', { name: 'OKR Aligned Program' }).waitFor();

    await page.getByRole('button', { name: 'Commit' }).click();
    await page.getByRole('alertdialog', { name: 'Commit this objective?' }).waitFor();
    await screenshot(page, 'web-okr-commit-confirm');
    await page.getByRole('button', { name: 'Yes, commit' }).click();
    await page.getByText('Committed').first().waitFor();
    const saved = (await admin.get(`/api/objectives/${childId}`)).body;
    expect(saved).toMatchObject({ state: 'committed', programIds: [programId] });
    expect(saved.keyResults[0]).toMatchObject({ currentValue: 7, score: 0.7, confidence: 8 });
    await screenshot(page, 'web-okr-detail');

    // Grading before the quarter ends is refused with a sentence.
    await page.getByRole('button', { name: 'Grade' }).click();
    await page.getByRole('button', { name: 'Yes, grade' }).click();
    await page.getByText('cannot be graded before its period ends', { exact: false }).waitFor();
  });

  it('adds a key result measured by a KPI, which reads its value by itself', async () => {
    const page = await signedInPage(`/okrs/${topId}`);
    await page.getByRole('heading', { name: 'Every date we give holds' }).waitFor();
    await page.getByRole('button', { name: 'Add key result' }).click();
    const form = page.getByRole('form', { name: 'New key result' });
    await form.getByLabel('Key result').fill('Requests decided this quarter');
    await form.getByLabel('Measured by').selectOption('request_throughput');
    // A KPI gives the current value: there is none to type.
    expect(await form.getByLabel('Now').count()).toBe(0);
    await form.getByLabel('Start').fill('0');
    await form.getByLabel('Target').fill('40');
    await form.getByRole('button', { name: 'Add key result' }).click();
    await page.getByText('Requests decided this quarter').waitFor();
    await page.getByText('Read from a KPI', { exact: false }).waitFor();
    const saved = (await admin.get(`/api/objectives/${topId}`)).body;
    const kr = saved.keyResults.find(
      (k: { title: string }) => k.title === 'Requests decided this quarter',
    );
    expect(kr).toMatchObject({ binding: 'kpi', kpiId: 'request_throughput', targetValue: 40 });
    expect(typeof kr.currentValue).toBe('number');
  });

  it('shows the objectives a program serves on its page', async () => {
    const page = await signedInPage(`/programs/${programId}`);
    const card = page.getByRole('region', { name: 'Objectives it serves' });
    await card.getByRole('link', { name: 'Forecasts we stand behind' }).waitFor();
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, 'web-okr-program-card');
  });

  it('shows the programs aligned to no objective on the portfolio', async () => {
    const loose = await admin.post('/api/programs', { name: 'OKR Loose Program' });
    expect(loose.status).toBe(201);
    const page = await signedInPage('/portfolio');
    const list = page.getByRole('list', { name: 'Programs aligned to no objective' });
    await list.getByRole('link', { name: 'OKR Loose Program' }).waitFor();
    expect(await list.getByRole('link', { name: 'OKR Aligned Program' }).count()).toBe(0);
    await list.scrollIntoViewIfNeeded();
    await screenshot(page, 'web-okr-unaligned-programs');
  });
});
