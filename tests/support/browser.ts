import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { repoRoot } from './waymark-process.js';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotDir = path.join(repoRoot, 'tests', 'artifacts', 'screenshots');

/**
 * The reader's locale in browser tests: the web writes dates in the browser's locale
 * (web/src/components/format.ts), so tests pin one whose output they expect (`9 Nov 2026`).
 */
export const TEST_LOCALE = 'en-GB';

/**
 * Debian's Chromium, headless, with its calls home switched off (there is no network here),
 * every context in {@link TEST_LOCALE} unless a test asks for another.
 */
export async function launchChromium(): Promise<Browser> {
  const browser = await launchBareChromium();
  const newContext = browser.newContext.bind(browser);
  browser.newContext = (options = {}) => newContext({ locale: TEST_LOCALE, ...options });
  return browser;
}

function launchBareChromium(): Promise<Browser> {
  // The browser stands for the user's machine: a clock shifted for the servers under
  // test (libfaketime's LD_PRELOAD, to run the suite a year ahead) is not passed on,
  // where it makes every Chromium process crawl.
  const { LD_PRELOAD: _preload, FAKETIME: _faketime, ...env } = process.env;
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    env: env as Record<string, string>,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${TEST_LOCALE}`,
    ],
  });
}

/** Saves a PNG under tests/artifacts/screenshots for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Waits until the progress bar named `label` has moved past 0, and returns it. */
export async function progressOnceMoving(page: Page, label: string) {
  const progress = page.getByRole('progressbar', { name: label });
  await progress.waitFor();
  await page.waitForFunction(
    (name) =>
      Number(
        (
          globalThis as unknown as {
            document: {
              querySelector(s: string): { getAttribute(a: string): string | null } | null;
            };
          }
        ).document
          .querySelector(`[role="progressbar"][aria-label="${name}"]`)
          ?.getAttribute('aria-valuenow'),
      ) > 0,
    label,
  );
  return progress;
}
