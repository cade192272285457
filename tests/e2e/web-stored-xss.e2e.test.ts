import { rmSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page, Response } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../support/api-client.js';
import { launchChromium, screenshot } from '../support/browser.js';
import { signedInApi, signInInBrowser } from '../support/sign-in.js';
import {
  makeDataDir,
  startWaymarkProcess,
  stopWaymarkProcess,
  type WaymarkProcess,
} from '../support/waymark-process.js';

// Stored values that would run script if any page turned them into HTML.
const IMG = '<img src=x onerror=alert(1)>';
const SCRIPT = '"><script>alert(2)</script>';
const JS_LINK = 'javascript:alert(3)';
const PASSWORD = 'xss-demo-password-42';

let waymark: WaymarkProcess;
let dataDir: string;
let api: ApiClient;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const cspReports: string[] = [];
const answers: Response[] = [];
const ids = { programA: '', programB: '', person: '', request: '' };

function ok<T>(r: { status: number; body: T }, what: string): T {
  expect(r.status, `${what}: ${JSON.stringify(r.body)}`).toBeLessThan(300);
  return r.body;
}

async function rename(path: string, name: string) {
  const current = ok(await api.get(path), path) as { version: number };
  ok(await api.patch(path, { name, version: current.version }), `rename ${path}`);
}

async function forecastDone(id: string) {
  for (let i = 0; i < 240; i++) {
    const f = ok(await api.get(`/api/forecasts/${id}`), 'forecast') as { status: string };
    if (f.status === 'succeeded') return;
    if (f.status === 'failed') throw new Error(`forecast ${id} failed`);
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`forecast ${id} did not finish`);
}

/** Script-bearing names on programs, tasks, a workstream, a person, a team, run work and a request. */
async function storeHostileNames() {
  const programs = ok(await api.get('/api/programs?status=active&limit=50'), 'programs') as {
    items: { id: string; name: string }[];
  };
  const [a, b] = programs.items;
  ids.programA = a!.id;
  ids.programB = b!.id;
  await rename(`/api/programs/${ids.programA}`, IMG);
  await rename(`/api/programs/${ids.programB}`, SCRIPT);
  const tasks = ok(await api.get(`/api/programs/${ids.programA}/tasks`), 'tasks') as {
    items: { id: string }[];
  };
  await rename(`/api/tasks/${tasks.items[0]!.id}`, IMG);
  await rename(`/api/tasks/${tasks.items[1]!.id}`, SCRIPT);
  const workstreams = ok(await api.get(`/api/programs/${ids.programA}/workstreams`), 'ws') as {
    items: { id: string }[];
  };
  if (workstreams.items[0]) await rename(`/api/workstreams/${workstreams.items[0].id}`, SCRIPT);

  const people = ok(await api.get('/api/people'), 'people') as {
    items: { id: string; teamId: string | null; trackId: string | null; levelId: string | null }[];
  };
  const peer = people.items.find((p) => p.teamId && p.levelId)!;
  await rename(`/api/teams/${peer.teamId}`, SCRIPT);
  const user = ok(
    await api.post('/api/users', {
      email: 'hostile@example.test',
      name: IMG,
      role: 'tpm',
      password: 'a-long-enough-password-1',
      teamId: peer.teamId,
    }),
    'user',
  ) as { id: string };
  ids.person = user.id;
  ok(
    await api.patch(`/api/people/${ids.person}`, {
      version: 1,
      title: SCRIPT,
      trackId: peer.trackId,
      levelId: peer.levelId,
    }),
    'person',
  );
  // Over-allocated on a hostile program, plus run work with a hostile name: both in the tooltip.
  ok(
    await api.post('/api/allocations', {
      personId: ids.person,
      programId: ids.programA,
      percent: 100,
      from: '2026-11-02',
      confirmOverAllocation: true,
    }),
    'allocation',
  );
  ok(
    await api.post('/api/allocations', {
      personId: ids.person,
      runWork: SCRIPT,
      percent: 40,
      from: '2026-11-02',
      confirmOverAllocation: true,
    }),
    'run work',
  );
  const request = ok(
    await api.post('/api/requests', { title: IMG, problem: SCRIPT, links: [JS_LINK] }),
    'request',
  );
  ids.request = (request as { id: string }).id;
  ok(await api.post(`/api/requests/${ids.request}/routing-suggestions`, undefined), 'routing');

  const forecast = ok(
    await api.post(`/api/programs/${ids.programA}/forecasts`, { iterations: 2000, seed: 7 }),
    'forecast',
  ) as { id: string };
  const portfolio = ok(
    await api.post('/api/portfolio/forecasts', { iterations: 2000, seed: 7 }),
    'portfolio forecast',
  ) as { id: string };
  await forecastDone(forecast.id);
  await forecastDone(portfolio.id);
}

beforeAll(async () => {
  dataDir = makeDataDir('waymark-xss-');
  waymark = await startWaymarkProcess({
    WAYMARK_DATA_DIR: dataDir,
    WAYMARK_DEMO_PASSWORD: PASSWORD,
  });
  api = await signedInApi(waymark.url, 'admin@waymark.test', PASSWORD);
  await storeHostileNames();

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1480, height: 1000 } });
  // Playwright's own script is exempt from the page's CSP; it only listens.
  await context.addInitScript(
    "document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI}`));",
  );
  page = await context.newPage();
  page.setDefaultTimeout(30_000);
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation|Refused to/i.test(text)) cspReports.push(text);
  });
  page.on('response', (response) => {
    if (response.url().startsWith(waymark.url)) answers.push(response);
  });
  await signInInBrowser(page, waymark.url, 'admin@waymark.test', PASSWORD, '/programs');
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  if (waymark) await stopWaymarkProcess(waymark);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

/** Moves the mouse over a grid of points on every chart so that each draws its tooltips. */
async function hoverCharts(charts: Locator) {
  for (const chart of await charts.all()) {
    await chart.scrollIntoViewIfNeeded();
    const box = await chart.boundingBox();
    if (!box) continue;
    for (let fy = 0.1; fy < 0.95; fy += 0.12)
      for (let fx = 0.08; fx < 0.98; fx += 0.1) {
        await page.mouse.move(box.x + box.width * fx, box.y + box.height * fy);
        await page.waitForTimeout(15);
      }
  }
}

/** Hovers just right of a category label on a chart's axis, and returns the chart's texts. */
async function hoverRowOf(chart: Locator, label: string, dx = 60): Promise<string[]> {
  const axisLabel = chart.locator('svg text').filter({ hasText: label }).first();
  await axisLabel.scrollIntoViewIfNeeded();
  const box = (await axisLabel.boundingBox())!;
  await page.mouse.move(box.x + box.width + dx, box.y + box.height / 2);
  await page.waitForTimeout(300);
  return chart.locator('svg text').allTextContents();
}

const PAGES: Array<{ name: string; path: () => string; charts: number; text?: string[] }> = [
  { name: 'programs', path: () => '/programs', charts: 1, text: [IMG, SCRIPT] },
  { name: 'program', path: () => `/programs/${ids.programA}`, charts: 1, text: [IMG, SCRIPT] },
  { name: 'schedule', path: () => `/programs/${ids.programA}/schedule`, charts: 0, text: [IMG] },
  { name: 'forecast', path: () => `/programs/${ids.programA}/forecast`, charts: 2, text: [IMG] },
  { name: 'portfolio', path: () => '/portfolio', charts: 1, text: [IMG, SCRIPT] },
  { name: 'capacity', path: () => '/team/capacity', charts: 1, text: [IMG] },
  { name: 'person', path: () => `/team/people/${ids.person}`, charts: 1, text: [IMG, SCRIPT] },
  { name: 'directory', path: () => '/team', charts: 0, text: [IMG] },
  { name: 'teams', path: () => '/team/teams', charts: 0, text: [SCRIPT] },
  { name: 'ladder', path: () => '/team/ladder', charts: 1 },
  { name: 'headcount', path: () => '/team/headcount', charts: 1 },
  { name: 'intake', path: () => '/intake', charts: 1, text: [IMG] },
  { name: 'request', path: () => `/intake/requests/${ids.request}`, charts: 1, text: [IMG] },
];

describe('stored script-bearing names', () => {
  it('show as literal text on every page with a chart, whose tooltips run no script and break no CSP', async () => {
    for (const visit of PAGES) {
      await page.goto(`${waymark.url}${visit.path()}`);
      await page.waitForLoadState('networkidle');
      const charts = page.locator('.chart');
      if (visit.charts > 0)
        await charts
          .nth(visit.charts - 1)
          .locator('svg')
          .waitFor();
      for (const text of visit.text ?? [])
        await page.getByText(text).filter({ visible: true }).first().waitFor();
      await hoverCharts(charts);
      await screenshot(page, `web-xss-${visit.name}`);
      expect(dialogs, visit.name).toEqual([]);
      expect(cspReports, visit.name).toEqual([]);
    }
  }, 600_000);

  it('draws tooltips with the names as text: the heatmap and the portfolio chart', async () => {
    await page.goto(`${waymark.url}/team/capacity`);
    const heatmap = page.locator('.chart').first();
    await heatmap.locator('svg').waitFor();
    const heatmapTexts = await hoverRowOf(heatmap, IMG);
    expect(
      heatmapTexts.some((t) => t.startsWith(`${IMG} · week of `)),
      heatmapTexts.join(' | '),
    ).toBe(true);
    // The program behind the load, by its (hostile) name.
    expect(heatmapTexts.some((t) => t.startsWith(`${IMG}: `))).toBe(true);
    await screenshot(page, 'web-xss-capacity-tooltip');

    await page.goto(`${waymark.url}/portfolio`);
    const finish = page.getByRole('img', { name: /^Program finish dates: / });
    await finish.locator('svg').waitFor();
    const finishTexts = await hoverRowOf(finish, SCRIPT, 200);
    expect(finishTexts.filter((t) => t === SCRIPT).length).toBeGreaterThanOrEqual(2);
    expect(finishTexts.some((t) => t.startsWith('P80 '))).toBe(true);
    await screenshot(page, 'web-xss-portfolio-tooltip');
    expect(dialogs).toEqual([]);
    expect(cspReports).toEqual([]);
  });

  it('the API docs load under the same policy', async () => {
    await page.goto(`${waymark.url}/api/docs/`);
    await page.getByText('Waymark API').first().waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot(page, 'web-xss-api-docs');
    expect(cspReports).toEqual([]);
  });

  it('a stored javascript: link runs nothing when clicked', async () => {
    await page.goto(`${waymark.url}/intake/requests/${ids.request}`);
    const link = page.getByRole('link', { name: JS_LINK });
    await link.click();
    await page.waitForTimeout(500);
    expect(dialogs).toEqual([]);
    // React 19 swaps the URL for one that throws, and the policy refuses to run either.
    const reports = cspReports.splice(0);
    expect(
      reports.every((r) => /script-src|JavaScript URL/i.test(r)),
      reports.join('\n'),
    ).toBe(true);
  });

  it('every answer the browser got carried the security headers', async () => {
    const documents = answers.filter((r) => r.request().resourceType() === 'document');
    expect(documents.length).toBeGreaterThanOrEqual(PAGES.length + 1);
    for (const answer of answers) {
      const headers = await answer.allHeaders();
      const what = `${answer.request().method()} ${answer.url()} (${answer.status()})`;
      expect(headers['content-security-policy'], what).toContain("script-src 'self'");
      expect(headers['content-security-policy'], what).toContain("frame-ancestors 'none'");
      expect(headers['x-content-type-options'], what).toBe('nosniff');
      expect(headers['x-frame-options'], what).toBe('DENY');
      expect(headers['referrer-policy'], what).toBe('no-referrer');
      // Served over plain http: no HSTS.
      expect(headers['strict-transport-security'], what).toBeUndefined();
    }
    console.log(
      `[xss e2e] ${PAGES.length} pages + docs, ${answers.length} answers checked (${documents.length} documents)`,
    );
  });
});
