import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// Accounts of this file's own: the demo's are shared with the other e2e files.
const manager = {
  email: 'teams-editing.manager@waymark.test',
  name: 'Tara Manager',
  password: 'manager-pass-5678',
  role: 'tpm_manager',
};
const member = {
  email: 'teams-editing.member@waymark.test',
  name: 'Quinn Member',
  password: 'member-pass-5678',
  role: 'tpm',
};
const tpm = {
  email: 'teams-editing.tpm@waymark.test',
  name: 'Theo Tpm',
  password: 'tpm-pass-567890',
  role: 'tpm',
};
const viewer = {
  email: 'teams-editing.viewer@waymark.test',
  name: 'Sol Stakeholder',
  password: 'viewer-pass-5678',
  role: 'stakeholder',
};

let browser: Browser;
let managerApi: ApiClient;
const ids: Record<string, string> = {};
const contexts: BrowserContext[] = [];

async function signedInPage(who: { email: string; password: string }, path: string) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, who.email, who.password, path);
  return page;
}

async function teamNamed(name: string) {
  const teams = (await managerApi.get('/api/teams')).body.items as any[];
  return teams.find((t) => t.name === name);
}

beforeAll(async () => {
  const admin = await signedInApi(url, adminEmail, adminPassword);
  for (const account of [manager, member, tpm, viewer]) {
    const created = await admin.post('/api/users', account);
    expect(created.status).toBe(201);
    ids[account.email] = created.body.id;
  }
  managerApi = await signedInApi(url, manager.email, manager.password);
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('teams and holidays in the web UI', () => {
  it('creates a team, renames it, gives it a member and takes them out, then deletes it', async () => {
    const page = await signedInPage(manager, '/team/teams');
    await page.getByRole('button', { name: '+ Team' }).click();
    const newForm = page.getByRole('form', { name: 'New team' });
    // Without a name: a sentence under the field, and no team.
    await newForm.getByRole('button', { name: 'Add team' }).click();
    await newForm.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    await newForm.getByLabel('Team name').fill('Edit Squad');
    await newForm.getByLabel('Description').fill('Keeps records tidy');
    await newForm.getByRole('button', { name: 'Add team' }).click();
    await newForm.waitFor({ state: 'detached' });
    const created = await teamNamed('Edit Squad');
    expect(created).toMatchObject({ description: 'Keeps records tidy' });

    await page.getByRole('button', { name: 'Edit team Edit Squad' }).click();
    const editForm = page.getByRole('form', { name: 'Edit team Edit Squad' });
    await editForm.getByLabel('Team name').fill('Editing Squad');
    await editForm.getByRole('button', { name: 'Save team' }).click();
    await page.locator('tr[data-team="Editing Squad"]').waitFor();
    expect((await managerApi.get(`/api/teams/${created.id}`)).body).toMatchObject({
      name: 'Editing Squad',
      version: created.version + 1,
    });

    // A member: the person's team changes (their profile), and the team lists them.
    await page.getByRole('button', { name: 'Members of Editing Squad' }).click();
    const members = page.getByRole('group', { name: 'Members of Editing Squad' });
    await members.getByText('Nobody is in this team yet.').waitFor();
    await members.getByLabel('Person to add').selectOption({ label: member.name });
    await members.getByRole('button', { name: 'Add to team' }).click();
    await members.getByTestId('team-member').getByText(member.name).waitFor();
    await page
      .getByRole('button', { name: 'Members of Editing Squad' })
      .getByText('1 member')
      .waitFor();
    await screenshot(page, 'web-team-members');
    expect((await managerApi.get(`/api/people/${ids[member.email]}`)).body.teamId).toBe(created.id);
    await members.getByRole('button', { name: `Remove ${member.name} from Editing Squad` }).click();
    await members.getByText('Nobody is in this team yet.').waitFor();
    expect((await managerApi.get(`/api/people/${ids[member.email]}`)).body.teamId).toBeNull();

    // Deleted with a member in it: the confirmation says they stay, without a team.
    await members.getByLabel('Person to add').selectOption({ label: member.name });
    await members.getByRole('button', { name: 'Add to team' }).click();
    await members.getByTestId('team-member').waitFor();
    await page.getByRole('button', { name: 'Delete team Editing Squad' }).click();
    const confirmation = page.getByRole('alertdialog', { name: 'Delete team “Editing Squad”?' });
    await confirmation.getByText('Its member stays in the organization, without a team.').waitFor();
    await screenshot(page, 'web-team-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete team' }).click();
    await page.locator('tr[data-team="Editing Squad"]').waitFor({ state: 'detached' });
    expect((await managerApi.get(`/api/teams/${created.id}`)).status).toBe(404);
    expect((await managerApi.get(`/api/people/${ids[member.email]}`)).body.teamId).toBeNull();
  });

  it('adds, edits and deletes a holiday', async () => {
    const page = await signedInPage(tpm, '/team/teams');
    // A plain TPM keeps teams and holidays, but a person's team is a manager's to change.
    await page.getByRole('button', { name: '+ Holiday' }).click();
    const newForm = page.getByRole('form', { name: 'New holiday' });
    await newForm.getByLabel('Day', { exact: true }).fill('2040-06-12');
    await newForm.getByLabel('Holiday name').fill('Founders Day');
    await newForm.getByRole('button', { name: 'Add holiday' }).click();
    const row = page.getByTestId('holiday-row').filter({ hasText: 'Founders Day' });
    await row.getByText('12 Jun 2040').waitFor();
    const holidays = (await managerApi.get('/api/holidays')).body.items as any[];
    const holiday = holidays.find((h) => h.name === 'Founders Day');
    expect(holiday).toMatchObject({ day: '2040-06-12' });

    await row.getByRole('button', { name: 'Edit holiday Founders Day' }).click();
    const editForm = page.getByRole('form', { name: 'Edit holiday Founders Day' });
    await editForm.getByLabel('Holiday name').fill('');
    await editForm.getByRole('button', { name: 'Save holiday' }).click();
    await editForm.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    await editForm.getByLabel('Day', { exact: true }).fill('2040-06-13');
    await editForm.getByLabel('Holiday name').fill('Founders Day (observed)');
    await screenshot(page, 'web-holiday-edit');
    await editForm.getByRole('button', { name: 'Save holiday' }).click();
    const moved = page.getByTestId('holiday-row').filter({ hasText: 'Founders Day (observed)' });
    await moved.getByText('13 Jun 2040').waitFor();
    expect((await managerApi.get('/api/holidays')).body.items).toContainEqual(
      expect.objectContaining({
        id: holiday.id,
        day: '2040-06-13',
        name: 'Founders Day (observed)',
        version: holiday.version + 1,
      }),
    );

    await moved.getByRole('button', { name: 'Delete holiday Founders Day (observed)' }).click();
    const confirmation = page.getByRole('alertdialog', {
      name: 'Delete holiday “Founders Day (observed)”?',
    });
    await confirmation.getByText('13 Jun 2040 becomes a working day again').waitFor();
    await screenshot(page, 'web-holiday-delete-confirmation');
    await confirmation.getByRole('button', { name: 'Delete holiday' }).click();
    await moved.waitFor({ state: 'detached' });
    const after = (await managerApi.get('/api/holidays')).body.items as any[];
    expect(after.some((h) => h.id === holiday.id)).toBe(false);

    // Members are listed to the TPM, but only managers and admins move people.
    await managerApi.post('/api/teams', { name: 'Readers Team' });
    await page.reload();
    await page.getByRole('button', { name: 'Members of Readers Team' }).click();
    await page.getByRole('group', { name: 'Members of Readers Team' }).waitFor();
    expect(await page.getByRole('form', { name: 'Add a member to Readers Team' }).count()).toBe(0);
  });

  it('shows a stakeholder the teams and holidays without a control to change them', async () => {
    const page = await signedInPage(viewer, '/team/teams');
    await page.locator('tr[data-team="Readers Team"]').waitFor();
    await page.getByTestId('holidays-table').waitFor();
    expect(
      await page.getByRole('button', { name: /^(\+ Team|\+ Holiday|Edit|Delete)/ }).count(),
    ).toBe(0);
    await screenshot(page, 'web-teams-stakeholder');
  });
});
