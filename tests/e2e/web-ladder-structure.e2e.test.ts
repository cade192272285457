import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');
// A person of this file's own, put on the new track so that deleting it is refused.
const member = {
  email: 'ladder-structure.tpm@waymark.test',
  name: 'Tomas Tracked',
  password: 'tpm-pass-975312',
  role: 'tpm',
};

let browser: Browser;
let admin: ApiClient;
let memberId: string;
const contexts: BrowserContext[] = [];

async function adminPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1100 } });
  contexts.push(context);
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await signInInBrowser(page, url, adminEmail, adminPassword, '/team/ladder');
  return page;
}

interface Entry {
  id: string;
  name: string;
  [field: string]: unknown;
}
const ladder = async () =>
  (await admin.get('/api/career-ladder')).body as {
    tracks: Entry[];
    levels: Entry[];
    competencies: Entry[];
  };

beforeAll(async () => {
  admin = await signedInApi(url, adminEmail, adminPassword);
  const created = await admin.post('/api/users', member);
  expect(created.status).toBe(201);
  memberId = created.body.id;
  browser = await launchChromium();
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

describe('adding and deleting ladder tracks and levels in the web UI', () => {
  it('adds a track, refuses its delete while someone is on it with the server’s sentence, then deletes it', async () => {
    const page = await adminPage();
    await page.getByRole('button', { name: 'Add track' }).click();
    const form = page.getByRole('form', { name: 'New track' });
    await form.getByRole('button', { name: 'Add track' }).click();
    await form.locator('[data-field-error="name"]').getByText('Name is required.').waitFor();
    await form.getByLabel('Name', { exact: true }).fill('Security programs');
    // The key is proposed from the name.
    expect(await form.getByLabel('Key').inputValue()).toBe('security_programs');
    await form.getByLabel('Description').fill('Audits, certifications and incident programs');
    await screenshot(page, 'web-ladder-track-add');
    await form.getByRole('button', { name: 'Add track' }).click();
    await form.waitFor({ state: 'detached' });
    const entry = page.getByTestId('ladder-track').filter({ hasText: 'Security programs' });
    await entry.waitFor();
    const track = (await ladder()).tracks.find((t) => t.name === 'Security programs')!;
    expect(track).toMatchObject({
      key: 'security_programs',
      description: 'Audits, certifications and incident programs',
      version: 1,
    });

    const person = (await admin.get(`/api/people/${memberId}`)).body;
    const placed = await admin.patch(`/api/people/${memberId}`, {
      version: person.version,
      trackId: track.id,
    });
    expect(placed.status).toBe(200);
    await entry.getByRole('button', { name: 'Delete track Security programs' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete track “Security programs”?' });
    await confirm.getByRole('button', { name: 'Delete track' }).click();
    await confirm
      .getByText(
        'Career track "Security programs" is still in use: 1 person is on it. Move them to another track first, or rename this track instead.',
      )
      .waitFor();
    await screenshot(page, 'web-ladder-track-delete-in-use');
    expect((await ladder()).tracks.some((t) => t.id === track.id)).toBe(true);

    const moved = await admin.patch(`/api/people/${memberId}`, {
      version: placed.body.version,
      trackId: null,
    });
    expect(moved.status).toBe(200);
    await confirm.getByRole('button', { name: 'Delete track' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByTestId('ladder-track').filter({ hasText: 'Security programs' }).waitFor({
      state: 'detached',
    });
    expect((await ladder()).tracks.some((t) => t.id === track.id)).toBe(false);
  });

  it('adds a level, keeps it while a competency expects something at it, and deletes it with that text when ticked', async () => {
    const page = await adminPage();
    await page.getByRole('button', { name: 'Add level' }).click();
    const form = page.getByRole('form', { name: 'New level' });
    await form.getByLabel('Name', { exact: true }).fill('Chief of Programs');
    await form.getByLabel('Path').selectOption('manager');
    await form.getByRole('button', { name: 'Add level' }).click();
    await form
      .locator('[data-field-error="grade"]')
      .getByText('Grade must be a whole number from 1 to 20.')
      .waitFor();
    await form.getByLabel('Grade').fill('19');
    await form.getByLabel('Summary').fill('Owns the program portfolio.');
    await form.getByRole('button', { name: 'Add level' }).click();
    await form.waitFor({ state: 'detached' });
    const level = (await ladder()).levels.find((l) => l.name === 'Chief of Programs')!;
    expect(level).toMatchObject({
      key: 'chief_of_programs',
      path: 'manager',
      grade: 19,
      summary: 'Owns the program portfolio.',
    });

    const competency = (await ladder()).competencies[0]!;
    const expectation = await admin.put(
      `/api/career-ladder/competencies/${competency.id}/expectations/${level.id}`,
      { expectation: 'Sets the portfolio’s direction.' },
    );
    expect(expectation.status).toBe(200);
    const entry = page.getByTestId('ladder-level').filter({ hasText: 'Chief of Programs' });
    await entry.getByRole('button', { name: 'Delete level Chief of Programs' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete level “Chief of Programs”?' });
    await confirm.getByRole('button', { name: 'Delete level' }).click();
    await confirm
      .getByText(
        /^Career level "Chief of Programs" is still in use: 1 competency sets an expectation at it\./,
      )
      .waitFor();
    expect((await ladder()).levels.some((l) => l.id === level.id)).toBe(true);

    await page.getByLabel('What each competency expects at this level').check();
    await confirm.getByText('With it go what each competency expects at it.').waitFor();
    await screenshot(page, 'web-ladder-level-delete-with-expectations');
    await confirm.getByRole('button', { name: 'Delete level' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect((await ladder()).levels.some((l) => l.id === level.id)).toBe(false);
    const after = (await ladder()).competencies.find((c) => c.id === competency.id)!;
    expect((after.expectations as { levelId: string }[]).some((e) => e.levelId === level.id)).toBe(
      false,
    );
  });
});
