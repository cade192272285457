import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts and a team of this file's own: the demo's are shared with the other e2e files.
const tpm = { email: 'editor.tpm@waymark.test', name: 'Sam Editor', password: 'editor-tpm-pass-8' };
const reader = {
  email: 'editor.reader@waymark.test',
  name: 'Lee Reader',
  password: 'editor-reader-pass-9',
};
const TEAM = 'Editors QA Team';

let browser: Browser;
let admin: ApiClient;
let tpmId: string;
let teamId: string;
const contexts: BrowserContext[] = [];

async function signedInPage(email: string, password: string, path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, email, password, path);
  return page;
}

beforeAll(async () => {
  admin = await signedInApi(url, adminEmail, adminPassword);
  const created = await admin.post('/api/users', { ...tpm, role: 'tpm', title: 'TPM' });
  expect(created.status).toBe(201);
  tpmId = created.body.id;
  expect((await admin.post('/api/users', { ...reader, role: 'stakeholder' })).status).toBe(201);
  const team = await admin.post('/api/teams', {
    name: TEAM,
    description: 'Checks the editors',
    workingHours: {
      timeZone: 'Europe/Berlin',
      start: '09:00',
      end: '17:00',
      days: [1, 2, 3, 4, 5],
    },
  });
  expect(team.status).toBe(201);
  teamId = team.body.id;
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

const chipsOf = (page: Page) =>
  page
    .getByLabel('Skills and domains')
    .locator('.chip')
    .evaluateAll((chips) => chips.map((c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()));

describe('the team editors', () => {
  it("edits a person's skills and domains, shows a refused row under its field, and keeps the list", async () => {
    const page = await signedInPage(adminEmail, adminPassword, `/team/people/${tpmId}`);
    await page.getByRole('heading', { level: 1, name: tpm.name }).waitFor();
    await page.getByRole('button', { name: 'Edit skills' }).click();
    const form = page.getByRole('form', { name: 'Edit skills' });

    await form.getByRole('button', { name: '+ Add skill or domain' }).click();
    await form.getByLabel('Row 1 kind').selectOption({ label: 'Domain' });
    await form.getByLabel('Row 1 name').fill('Release trains');
    await form.getByLabel('Row 1 proficiency').selectOption('4');
    await form.getByRole('button', { name: '+ Add skill or domain' }).click();
    await form.getByLabel('Row 2 name').fill('SQL');
    await form.getByRole('button', { name: '+ Add skill or domain' }).click();
    await form.getByLabel('Row 3 name').fill('sql ');
    await form.getByRole('button', { name: 'Save skills' }).click();

    // The server refuses the duplicate and names the third row's name: the error sits under it.
    const duplicate = form.locator('[data-field-error="skills[2].name"]');
    await duplicate.waitFor();
    expect(await form.getByLabel('Row 3 name').getAttribute('aria-invalid')).toBe('true');
    expect(await form.locator('[data-field-error]').count()).toBe(1);
    expect((await admin.get(`/api/people/${tpmId}`)).body.skills).toEqual([]);
    await screenshot(page, 'web-team-skills-error');

    await form.getByRole('button', { name: 'Remove row 3 (sql)' }).click();
    await form.getByLabel('Row 2 proficiency').selectOption('2');
    await form.getByRole('button', { name: 'Save skills' }).click();
    await form.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByRole('heading', { level: 1, name: tpm.name }).waitFor();
    await page.getByLabel('Skills and domains').locator('.chip').first().waitFor();
    // The server lists skills before domains, the most proficient first.
    expect(await chipsOf(page)).toEqual(['SQL 2', 'Release trains 4']);
    expect((await admin.get(`/api/people/${tpmId}`)).body.skills).toEqual([
      { kind: 'skill', name: 'SQL', proficiency: 2 },
      { kind: 'domain', name: 'Release trains', proficiency: 4 },
    ]);

    // Changing a row and removing another replaces the list as a whole.
    await page.getByRole('button', { name: 'Edit skills' }).click();
    expect(await form.getByLabel('Row 1 name').inputValue()).toBe('SQL');
    await form.getByLabel('Row 1 proficiency').selectOption('5');
    await form.getByLabel('Row 1 kind').selectOption({ label: 'Domain' });
    await form.getByRole('button', { name: 'Remove row 2 (Release trains)' }).click();
    await screenshot(page, 'web-team-skills');
    await form.getByRole('button', { name: 'Save skills' }).click();
    await form.waitFor({ state: 'detached' });
    await page.reload();
    await page.getByLabel('Skills and domains').locator('.chip').first().waitFor();
    expect(await chipsOf(page)).toEqual(['SQL 5']);
    expect((await admin.get(`/api/people/${tpmId}`)).body.skills).toEqual([
      { kind: 'domain', name: 'SQL', proficiency: 5 },
    ]);
    await screenshot(page, 'web-team-skills-saved');
  });

  it('offers a reload when someone else saved the skills first, and then edits the latest list', async () => {
    const page = await signedInPage(adminEmail, adminPassword, `/team/people/${tpmId}`);
    await page.getByRole('button', { name: 'Edit skills' }).click();
    const form = page.getByRole('form', { name: 'Edit skills' });
    await form.getByLabel('Row 1 name').waitFor();

    // Someone else replaces the list after this form read it.
    const { body: person } = await admin.get(`/api/people/${tpmId}`);
    const meanwhile = await admin.put(`/api/people/${tpmId}/skills`, {
      version: person.version,
      skills: [{ kind: 'skill', name: 'Kanban', proficiency: 3 }],
    });
    expect(meanwhile.status).toBe(200);

    await form.getByLabel('Row 1 proficiency').selectOption('1');
    await form.getByRole('button', { name: 'Save skills' }).click();
    const alert = form.getByRole('alert');
    await alert.getByRole('button', { name: 'Reload' }).waitFor();
    await screenshot(page, 'web-team-skills-conflict');
    expect((await admin.get(`/api/people/${tpmId}`)).body.skills).toEqual(meanwhile.body.skills);

    await alert.getByRole('button', { name: 'Reload' }).click();
    await form.getByLabel('Row 1 name').and(page.locator('[value="Kanban"]')).waitFor();
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByLabel('Row 1 proficiency').selectOption('4');
    await form.getByRole('button', { name: 'Save skills' }).click();
    await form.waitFor({ state: 'detached' });
    expect((await admin.get(`/api/people/${tpmId}`)).body.skills).toEqual([
      { kind: 'skill', name: 'Kanban', proficiency: 4 },
    ]);
  });

  it("lists the teams, refuses an unknown time zone under its field, and saves a team's new hours", async () => {
    const page = await signedInPage(adminEmail, adminPassword, '/team');
    await page
      .getByRole('navigation', { name: 'Team' })
      .getByRole('link', { name: 'Teams' })
      .click();
    await page.waitForURL(/\/team\/teams$/);
    const row = page.locator(`tr[data-team="${TEAM}"]`);
    await row.waitFor();
    const cellsOf = () =>
      row
        .locator('td')
        .evaluateAll((tds) => tds.slice(0, 5).map((td) => (td.textContent ?? '').trim()));
    expect(await cellsOf()).toEqual([
      // The name, then who is in it (a button that lists them).
      `${TEAM}0 members`,
      'Checks the editors',
      'Europe/Berlin',
      'Mon Tue Wed Thu Fri',
      '09:00–17:00',
    ]);
    // Every team the API lists is on the page.
    const { body: all } = await admin.get('/api/teams');
    expect(await page.locator('tr[data-team]').count()).toBe(all.items.length);

    await page.getByRole('button', { name: `Edit working hours of ${TEAM}` }).click();
    const form = page.getByRole('form', { name: `Working hours of ${TEAM}` });
    await form.getByLabel('Time zone').fill('Mars/Olympus_Mons');
    await form.getByLabel('Starts').fill('07:30');
    await form.getByRole('button', { name: 'Save hours' }).click();
    await form.locator('[data-field-error="workingHours.timeZone"]').waitFor();
    expect(await form.getByLabel('Time zone').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, 'web-team-teams-bad-zone');
    const unchanged = (await admin.get(`/api/teams/${teamId}`)).body;
    expect(unchanged.version).toBe(1);
    expect(unchanged.workingHours).toEqual({
      timeZone: 'Europe/Berlin',
      start: '09:00',
      end: '17:00',
      days: [1, 2, 3, 4, 5],
    });

    await form.getByLabel('Time zone').fill('Asia/Tokyo');
    await form.getByLabel('Ends').fill('15:30');
    await form.getByRole('checkbox', { name: 'Fri' }).uncheck();
    await form.getByRole('button', { name: 'Save hours' }).click();
    await form.waitFor({ state: 'detached' });
    await row.filter({ hasText: 'Asia/Tokyo' }).waitFor();
    expect(await cellsOf()).toEqual([
      // The name, then who is in it (a button that lists them).
      `${TEAM}0 members`,
      'Checks the editors',
      'Asia/Tokyo',
      'Mon Tue Wed Thu',
      '07:30–15:30',
    ]);
    const saved = (await admin.get(`/api/teams/${teamId}`)).body;
    expect(saved.version).toBe(2);
    expect(saved.workingHours).toEqual({
      timeZone: 'Asia/Tokyo',
      start: '07:30',
      end: '15:30',
      days: [1, 2, 3, 4],
    });
    await screenshot(page, 'web-team-teams');
  });

  it('shows a stakeholder the teams and a person read-only; a TPM may edit hours and their own skills', async () => {
    const page = await signedInPage(reader.email, reader.password, '/team/teams');
    await page.locator(`tr[data-team="${TEAM}"]`).waitFor();
    expect(await page.getByRole('button', { name: /Edit working hours/ }).count()).toBe(0);
    await screenshot(page, 'web-team-teams-stakeholder');
    await page.goto(`${url}/team/people/${tpmId}`);
    await page.getByRole('heading', { level: 1, name: tpm.name }).waitFor();
    await page.getByLabel('Skills and domains').locator('.chip').first().waitFor();
    expect(await page.getByRole('button', { name: 'Edit skills' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Edit profile' }).count()).toBe(0);

    // A TPM edits their own skills and, as the API allows any planner, a team's hours.
    const own = await signedInPage(tpm.email, tpm.password, `/team/people/${tpmId}`);
    await own.getByRole('button', { name: 'Edit skills' }).waitFor();
    await own.goto(`${url}/team/teams`);
    await own.getByRole('button', { name: `Edit working hours of ${TEAM}` }).waitFor();
  });
});
