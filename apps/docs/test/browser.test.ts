// The built reference in a real browser (Debian's Chromium through playwright-core), served
// from 127.0.0.1 with every other host blocked: it must render, search and show examples with
// no request leaving the machine. Screenshots land in artifacts/screenshots/ at the repo root.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTUP_BOUND_MS, startServer } from '../../../test-support/start-server.js';
import { serveDocs } from '../src/serve-docs.mjs';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
const screenshots = join(import.meta.dirname, '..', '..', '..', 'artifacts', 'screenshots');

let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: Browser;
let page: Page;
const outside: string[] = [];

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  docs = await startServer('docs server (apps/docs/dist)', () => serveDocs({ port: 0 }), { stop: (d) => d.close() });
  const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  browser = await startServer(
    `Chromium (${executablePath})`,
    () =>
      chromium.launch({
        executablePath,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        timeout: STARTUP_BOUND_MS,
      }),
    { stop: (b) => b.close() },
  );
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  // Navigations and clicks: Playwright's 30 s default is for idle machines.
  page.setDefaultTimeout(STARTUP_BOUND_MS);
  // Every request that reaches the network layer is checked; anything not on 127.0.0.1 is
  // recorded and refused, so an outside dependency fails the test instead of hanging it.
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  await page.goto(docs.url, { waitUntil: 'networkidle' });
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

const operations = Object.values(spec.paths).flatMap((item: any) => Object.values(item) as any[]);

describe('API reference in Chromium', () => {
  it('renders every tag in the navigation', async () => {
    for (const tag of spec.tags) {
      await expect.poll(() => page.getByText(tag.name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await page.screenshot({ path: join(screenshots, 'docs-landing.png'), fullPage: true });
  });

  it('finds an operation through search', async () => {
    const target = operations.find((op) => op.operationId === 'listUserLogins') ?? operations[0];
    // Ctrl+K opens the search dialog once Redoc has hydrated and built its index.
    await expect
      .poll(async () => {
        await page.keyboard.press('Control+k');
        return page.getByPlaceholder('Search docs...').count();
      })
      .toBeGreaterThan(0);
    await page.getByPlaceholder('Search docs...').fill('logins');
    await expect.poll(() => page.getByText(target.summary).count()).toBeGreaterThan(0);
    await page.keyboard.press('Escape');
  });

  it('shows the XML and the JSON example of an operation', async () => {
    await page.goto(`${docs.url}#/achievements/listachievements`, { waitUntil: 'networkidle' });
    const samples = page.locator('pre');
    await expect.poll(async () => (await samples.allInnerTexts()).join('\n')).toContain('<Achievements');
    await page.screenshot({ path: join(screenshots, 'docs-operation-xml.png') });
    await page.getByRole('button', { name: 'application/xml' }).last().click();
    await page.getByText('application/json', { exact: true }).last().click();
    await expect.poll(async () => (await samples.allInnerTexts()).join('\n')).toContain('"AchievementDate"');
    await page.screenshot({ path: join(screenshots, 'docs-operation-json.png') });
  });

  it('shows the SDK and the curl sample of an operation', async () => {
    await page.goto(`${docs.url}#/achievements/listachievements`, { waitUntil: 'networkidle' });
    // biome-ignore lint/performance/useDomNodeTextContent: innerText is the text a reader sees (hidden panels left out).
    const text = () => page.locator('body').innerText();
    // SDK is the first language of the samples panel, so it shows first.
    await expect.poll(text).toContain('litmos.achievements.list(');
    await page.getByRole('button', { name: 'SDK', exact: true }).click();
    await page.getByText('curl', { exact: true }).last().click();
    await expect.poll(text).toContain("curl -sS 'https://api.litmos.com/v1.svc/achievements?source=acme-hr-sync'");
    await page.screenshot({ path: join(screenshots, 'docs-operation-samples.png') });
  });

  it('made no request outside 127.0.0.1', () => {
    expect(outside).toEqual([]);
  });
});
