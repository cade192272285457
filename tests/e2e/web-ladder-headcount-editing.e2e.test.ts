import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const planner = {
  email: 'ladder-editing.planner@waymark.test',
  name: 'Hana Planner',
  password: 'planner-pass-2468',
  role: 'tpm_manager',
};
const tpm = {
  email: 'ladder-editing.tpm@waymark.test',
  name: 'Ravi Assessed',
  password: 'tpm-pass-246813',
  role: 'tpm',
};

let browser: Browser;
let admin: ApiClient;
let plannerApi: ApiClient;
let tpmId: string;
const contexts: BrowserContext[] = [];
/** Ladder entries this file changes, put back afterwards: other files read the same ladder. */
const restore: { path: string; body: Record<string, string> }[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

const ladder = async () => (await admin.get('/api/career-ladder')).body;
const headcount = async () => (await plannerApi.get('/api/headcount')).body;

beforeAll(async () => {
  admin = await signedInApi(url, adminEmail, adminPassword);
  for (const account of [planner, tpm]) {
    const created = await admin.post('/api/users', account);
    expect(created.status).toBe(201);
    if (account === tpm) tpmId = created.body.id;
  }
  plannerApi = await signedInApi(url, planner.email, planner.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const { path, body } of restore) {
    const current = (await ladder()) as any;
    const entry = [...current.tracks, ...current.levels].find((e: any) => path.endsWith(e.id));
    expect((await admin.patch(path, { ...body, version: entry.version })).status).toBe(200);
  }
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('the career ladder and the headcount plan in the web UI', () => {
  it('adds, edits and deletes a competency; one people were assessed on goes only with their assessments', async () => {
    const page = await signedInPage({ email: adminEmail, password: adminPassword }, '/team/ladder');
    await page.getByRole('button', { name: '+ Competency' }).click();
    const newForm = page.getByRole('form', { name: 'New competency' });
    await newForm.getByRole('button', { name: 'Add competency' }).click();
    await newForm.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    await newForm.getByLabel('Name', { exact: true }).fill('Vendor management');
    await newForm.getByLabel('Description').fill('Contracts and suppliers');
    await newForm.getByRole('button', { name: 'Add competency' }).click();
    await newForm.waitFor({ state: 'detached' });
    const row = page.getByTestId('competency-row').filter({ hasText: 'Vendor management' });
    await row.getByText('Contracts and suppliers').waitFor();
    const competency = (await ladder()).competencies.find(
      (c: any) => c.name === 'Vendor management',
    );
    expect(competency).toMatchObject({ description: 'Contracts and suppliers' });

    await row.getByRole('button', { name: 'Edit competency Vendor management' }).click();
    const editForm = page.getByRole('form', { name: 'Edit competency Vendor management' });
    await editForm.getByLabel('Name', { exact: true }).fill('Vendors and contracts');
    await editForm.getByLabel('Order').fill('0');
    await screenshot(page, 'web-competency-edit');
    await editForm.getByRole('button', { name: 'Save competency' }).click();
    await editForm.waitFor({ state: 'detached' });
    // Order 0 puts it first in the matrix.
    await page
      .getByTestId('competency-row')
      .first()
      .getByText('Vendors and contracts', { exact: true })
      .waitFor();
    expect((await ladder()).competencies.find((c: any) => c.id === competency.id)).toMatchObject({
      name: 'Vendors and contracts',
      sortOrder: 0,
      version: competency.version + 1,
    });

    // Someone is assessed on it: a plain delete is refused, and the admin is asked again.
    const levelId = (await ladder()).levels[0].id;
    const assessed = await admin.put(`/api/people/${tpmId}/assessments`, {
      competencyId: competency.id,
      levelId,
      kind: 'manager',
      rating: 3,
    });
    expect(assessed.status).toBe(200);
    await page.reload();
    const renamed = page.getByTestId('competency-row').filter({ hasText: 'Vendors and contracts' });
    await renamed.getByRole('button', { name: 'Delete competency Vendors and contracts' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete competency “Vendors and contracts”?' })
      .getByRole('button', { name: 'Delete competency' })
      .click();
    const again = page.getByRole('alertdialog', {
      name: 'Delete competency and its assessments “Vendors and contracts”?',
    });
    await again.getByText('1 person has 1 assessment on this competency.').waitFor();
    await again.getByText('To keep them, rename the competency instead.').waitFor();
    await screenshot(page, 'web-competency-delete-in-use');
    expect((await ladder()).competencies.some((c: any) => c.id === competency.id)).toBe(true);
    await again.getByRole('button', { name: 'Delete competency and its assessments' }).click();
    await renamed.waitFor({ state: 'detached' });
    expect((await ladder()).competencies.some((c: any) => c.id === competency.id)).toBe(false);
    const left = (await admin.get(`/api/people/${tpmId}/assessments`)).body.items;
    expect(left.some((a: any) => a.competencyId === competency.id)).toBe(false);
  });

  it('renames a track and rewrites a level’s summary', async () => {
    const before = await ladder();
    const track = before.tracks.find((t: any) => t.name === 'IT program management');
    const level = before.levels.find((l: any) => l.name === 'Principal');
    restore.push(
      {
        path: `/api/career-ladder/tracks/${track.id}`,
        body: { name: track.name, description: track.description },
      },
      {
        path: `/api/career-ladder/levels/${level.id}`,
        body: { name: level.name, summary: level.summary },
      },
    );
    const page = await signedInPage({ email: adminEmail, password: adminPassword }, '/team/ladder');
    await page.getByRole('button', { name: 'Edit track IT program management' }).click();
    const trackForm = page.getByRole('form', { name: 'Edit track IT program management' });
    await trackForm.getByLabel('Name', { exact: true }).fill('IT programs');
    await trackForm.getByRole('button', { name: 'Save track' }).click();
    await page.getByTestId('ladder-track').getByText('IT programs', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit level Principal' }).click();
    const levelForm = page.getByRole('form', { name: 'Edit level Principal' });
    await levelForm.getByLabel('Summary').fill('Sets practice for the whole division.');
    await screenshot(page, 'web-ladder-level-edit');
    await levelForm.getByRole('button', { name: 'Save level' }).click();
    await page
      .getByTestId('ladder-level')
      .getByText('Sets practice for the whole division.')
      .waitFor();
    const after = await ladder();
    expect(after.tracks.find((t: any) => t.id === track.id)).toMatchObject({
      name: 'IT programs',
      description: track.description,
      version: track.version + 1,
    });
    expect(after.levels.find((l: any) => l.id === level.id)).toMatchObject({
      name: 'Principal',
      summary: 'Sets practice for the whole division.',
      version: level.version + 1,
    });
  });

  it('edits and deletes a headcount role, and adds, edits and deletes a staffing need', async () => {
    const plan = await headcount();
    const quarter = plan.quarters[1].quarter;
    const role = await plannerApi.post('/api/headcount/roles', {
      title: 'Editing TPM',
      quarter,
      status: 'open',
    });
    expect(role.status).toBe(201);
    const program = await plannerApi.post('/api/programs', { name: 'Headcount Editing Program' });
    expect(program.status).toBe(201);

    const page = await signedInPage(planner, '/team/headcount');
    const roleRow = page.getByTestId('headcount-role').filter({ hasText: 'Editing TPM' });
    await roleRow.getByRole('button', { name: 'Edit role Editing TPM' }).click();
    const roleForm = page.getByRole('form', { name: 'Edit role Editing TPM' });
    await roleForm.getByLabel('Status').selectOption('filled');
    await roleForm.getByLabel('Filled by').selectOption({ label: tpm.name });
    await roleForm.getByLabel('Note').fill('Hired in the spring');
    await screenshot(page, 'web-headcount-role-edit');
    await roleForm.getByRole('button', { name: 'Save role' }).click();
    await roleRow.getByText(tpm.name).waitFor();
    expect((await headcount()).roles.find((r: any) => r.id === role.body.id)).toMatchObject({
      status: 'filled',
      filledById: tpmId,
      note: 'Hired in the spring',
      version: role.body.version + 1,
    });
    await roleRow.getByRole('button', { name: 'Delete role Editing TPM' }).click();
    await page
      .getByRole('alertdialog', { name: 'Delete role “Editing TPM”?' })
      .getByRole('button', { name: 'Delete role' })
      .click();
    await roleRow.waitFor({ state: 'detached' });
    expect((await headcount()).roles.some((r: any) => r.id === role.body.id)).toBe(false);

    await page.getByRole('button', { name: '+ Need' }).click();
    const needForm = page.getByRole('form', { name: 'New need' });
    await needForm.getByLabel('Quarter').selectOption(quarter);
    await needForm.getByLabel('Program').selectOption({ label: 'Headcount Editing Program' });
    await needForm.getByLabel('FTE').fill('2');
    await needForm.getByLabel('Description').fill('Launch support');
    await needForm.getByRole('button', { name: 'Add need' }).click();
    const needRow = page.getByTestId('staffing-need').filter({ hasText: 'Launch support' });
    await needRow.getByText('Headcount Editing Program').waitFor();
    const need = (await headcount()).needs.find((n: any) => n.description === 'Launch support');
    expect(need).toMatchObject({ quarter, source: 'program', programId: program.body.id, fte: 2 });

    const what = `Headcount Editing Program ${quarter}`;
    await needRow.getByRole('button', { name: `Edit need ${what}` }).click();
    const editNeed = page.getByRole('form', { name: `Edit need ${what}` });
    await editNeed.getByLabel('FTE').fill('0');
    await editNeed.getByRole('button', { name: 'Save need' }).click();
    // Refused by the API, in a sentence under the field.
    await editNeed.locator('[data-field-error="fte"]').waitFor();
    await editNeed.getByLabel('FTE').fill('1.5');
    await editNeed.getByRole('button', { name: 'Save need' }).click();
    await needRow.getByText('1.5', { exact: true }).waitFor();
    expect((await headcount()).needs.find((n: any) => n.id === need.id)).toMatchObject({
      fte: 1.5,
      version: need.version + 1,
    });
    await needRow.getByRole('button', { name: `Delete need ${what}` }).click();
    const confirmation = page.getByRole('alertdialog', { name: `Delete need “${what}”?` });
    await confirmation.getByText(`Demand in ${quarter} drops by 1.5 FTE.`).waitFor();
    await screenshot(page, 'web-headcount-need-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete need' }).click();
    await needRow.waitFor({ state: 'detached' });
    expect((await headcount()).needs.some((n: any) => n.id === need.id)).toBe(false);
  });

  it('shows a TPM the ladder and the headcount plan without a control to change them', async () => {
    const role = await plannerApi.post('/api/headcount/roles', {
      title: 'Read-only role',
      quarter: (await headcount()).quarters[0].quarter,
    });
    expect(role.status).toBe(201);
    const page = await signedInPage(tpm, '/team/ladder');
    await page.getByTestId('ladder-matrix').waitFor();
    await page.getByTestId('ladder-level').first().waitFor();
    expect(await page.getByRole('button', { name: /^(\+ Competency|Edit|Delete)/ }).count()).toBe(
      0,
    );
    await page.getByRole('link', { name: 'Headcount' }).click();
    await page.getByTestId('headcount-role').filter({ hasText: 'Read-only role' }).waitFor();
    expect(await page.getByRole('button', { name: /^(\+ Role|\+ Need|Edit|Delete)/ }).count()).toBe(
      0,
    );
    await screenshot(page, 'web-headcount-read-only');
    // Gone again: the plan is the demo's, shared with the other files.
    const removed = await plannerApi.delete(
      `/api/headcount/roles/${role.body.id}`,
      role.body.version,
    );
    expect(removed.status).toBe(204);
  });
});
