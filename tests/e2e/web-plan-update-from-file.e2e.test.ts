import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';

const url = inject('waymarkUrl');
const adminEmail = inject('demoAdminEmail');
const adminPassword = inject('demoAdminPassword');

let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

describe('updating a program from its plan file on the schedule page', () => {
  it('previews what an edited MS Project file changes, applies it, and the plan shows it', async () => {
    const admin = await signedInApi(url, adminEmail, adminPassword);
    const cookie = admin.auth.cookie!;
    const source = (
      await admin.post('/api/programs', { name: 'Update source', startDate: '2027-01-04' })
    ).body;
    const design = (
      await admin.post(`/api/programs/${source.id}/tasks`, { name: 'Design', estimateHours: 16 })
    ).body;
    const build = (
      await admin.post(`/api/programs/${source.id}/tasks`, { name: 'Build', estimateHours: 24 })
    ).body;
    await admin.post(`/api/programs/${source.id}/tasks`, {
      name: 'Legacy cleanup',
      estimateHours: 8,
    });
    await admin.post('/api/dependencies', { predecessorId: design.id, successorId: build.id });
    const exportOf = async (id: string) =>
      (await admin.get(`/api/programs/${id}/export?format=mspdi`)).body as string;
    // Imported from a file, so every item has a UID (as a program kept in MS Project has).
    const imported = await fetch(
      `${url}/api/programs/import?format=mspdi&name=Update%20from%20file`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/xml', cookie, origin: url },
        body: await exportOf(source.id),
      },
    );
    expect(imported.status).toBe(201);
    const program = (await imported.json()) as { id: string };

    // Edited "in MS Project": Build takes 40 h, Legacy cleanup is gone, Launch is new.
    const xml = await exportOf(program.id);
    const blocks = xml.split(/(?=<Task>)/).map((p) => p.slice(0, p.indexOf('</Task>') + 7));
    const block = (name: string) => blocks.find((b) => b.includes(`<Name>${name}</Name>`))!;
    const launch = block('Legacy cleanup')
      .replace(/<UID>\d+<\/UID>/, '<UID>900</UID>')
      .replace(/<ID>\d+<\/ID>/, '<ID>900</ID>')
      .replace('<Name>Legacy cleanup</Name>', '<Name>Launch</Name>');
    const edited = xml
      .replace(
        block('Build'),
        block('Build').replace('<Duration>PT24H0M0S</Duration>', '<Duration>PT40H0M0S</Duration>'),
      )
      .replace(block('Legacy cleanup'), launch);

    await signInInBrowser(page, url, adminEmail, adminPassword, `/programs/${program.id}/schedule`);
    await page.getByTestId('gantt').waitFor();
    const section = page.getByRole('region', { name: 'Update from file' });
    await section.getByLabel('Plan file', { exact: true }).setInputFiles({
      name: 'Update from file.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from(edited),
    });
    await section.getByRole('button', { name: 'Preview the update' }).click();
    const preview = section.getByLabel('Changes from the file');
    await preview.waitFor();
    const tasks = preview.getByRole('region', { name: 'Tasks' });
    expect(await tasks.getByRole('heading').textContent()).toBe(
      'Tasks: 1 added, 1 changed, 1 removed',
    );
    const items = await tasks.getByRole('listitem').allTextContents();
    expect(items).toEqual([
      'Added Launch (UID 900)',
      'Changed Build: estimateHours: 24 → 40',
      expect.stringMatching(/^Removed Legacy cleanup \(UID \d+\)$/),
    ]);
    // Nothing written yet.
    const before = (await admin.get(`/api/programs/${program.id}/plan`)).body;
    expect(before.tasks.map((t: { name: string }) => t.name)).toContain('Legacy cleanup');
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'web-plan-update-preview');

    await section.getByRole('button', { name: 'Apply these changes' }).click();
    await section
      .getByText('Applied. Tasks: 1 added, 1 changed, 1 removed; the plan is up to date.')
      .waitFor();
    // The plan refreshed: the Gantt lists Launch and no longer Legacy cleanup.
    await page.getByTestId('gantt').getByText('Launch').first().waitFor();
    expect(await page.getByTestId('gantt').getByText('Legacy cleanup').count()).toBe(0);
    const after = (await admin.get(`/api/programs/${program.id}/plan`)).body;
    expect(
      after.tasks
        .map((t: { name: string; estimateHours: number }) => `${t.name} ${t.estimateHours}`)
        .sort(),
    ).toEqual(['Build 40', 'Design 16', 'Launch 8']);
    await screenshot(page, 'web-plan-update-applied');
  });
});
