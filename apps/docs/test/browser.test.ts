// The built reference in a real browser (Debian's Chromium through playwright-core), served
// from 127.0.0.1 with every other host blocked: it must render, search, show examples and
// readable guide code with no request leaving the machine. Screenshots of a guide page and an
// operation page, wide and narrow, land in artifacts/screenshots/ at the repo root.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTUP_BOUND_MS, startServer } from '../../../test-support/start-server.js';
import { serveDocs } from '../src/serve-docs.mjs';
import { launchChromium } from './launch-chromium.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
const screenshots = join(import.meta.dirname, '..', '..', '..', 'artifacts', 'screenshots');

let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const outside: string[] = [];
/** Requests the page's Content-Security-Policy blocked before they left the browser. */
const blockedByCsp: string[] = [];

/** A tab in which every request that reaches the network layer is checked; anything not on
 * 127.0.0.1 is recorded and refused, so an outside dependency fails the test instead of hanging it. */
async function openPage(width: number): Promise<Page> {
  const tab = await context.newPage();
  await tab.setViewportSize({ width, height: 900 });
  // Navigations and clicks: Playwright's 30 s default is for idle machines.
  tab.setDefaultTimeout(STARTUP_BOUND_MS);
  tab.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) blockedByCsp.push(message.text());
  });
  await tab.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
  return tab;
}

/** The guides (tags without operations) and the fenced code blocks of each, read from the spec. */
const guides = (spec.tags as { name: string; description?: string; 'x-traitTag'?: boolean }[])
  .filter((tag) => tag['x-traitTag'])
  .map((tag) => ({ name: tag.name, fences: fencedCode(tag.description ?? '') }));

/** The code of every ``` fence, without the fence's own indentation. */
function fencedCode(markdown: string): string[] {
  const blocks: string[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```/.exec(lines[i] as string);
    if (!open) continue;
    const indent = open[1] as string;
    const body: string[] = [];
    for (i++; i < lines.length && !(lines[i] as string).startsWith(`${indent}\`\`\``); i++) body.push((lines[i] as string).slice(indent.length));
    blocks.push(body.join('\n'));
  }
  return blocks;
}

/** Where a sidebar entry links to, by its label. */
async function hrefOf(label: string): Promise<string> {
  const link = page.locator('[data-component-name="Menu/MenuItem"] > a', { has: page.locator(`[data-text="${label}"]`) }).first();
  return (await link.getAttribute('href')) ?? '';
}

/** Boxes overlap when they share any area. */
function overlaps(a: { x: number; y: number; width: number; height: number }, b: { x: number; y: number; width: number; height: number }) {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

beforeAll(async () => {
  mkdirSync(screenshots, { recursive: true });
  docs = await startServer('docs server (apps/docs/dist)', () => serveDocs({ port: 0 }), { stop: (d) => d.close() });
  browser = await launchChromium();
  // Clipboard access lets the test read what a copy button copied.
  context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  page = await openPage(1400);
  await page.goto(docs.url, { waitUntil: 'networkidle', timeout: 120_000 });
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
    // Redoc's copy icon keeps off the sample's first line, which holds the URL.
    const sample = page.locator('[data-testid="right-panel"] [data-component-name="CodeBlock/CodeBlock"]', { hasText: 'curl -sS' }).first();
    const urlBox = await sample.locator('.th-string', { hasText: 'https://api.litmos.com' }).first().boundingBox();
    const iconBox = await sample.locator('[data-testid="copy-button"]').boundingBox();
    expect(urlBox && iconBox).toBeTruthy();
    expect(overlaps(urlBox as never, iconBox as never)).toBe(false);
    // Back to the SDK sample, which the later screenshots show.
    await page.getByRole('button', { name: 'curl', exact: true }).click();
    await page.getByText('SDK', { exact: true }).last().click();
    await expect.poll(text).toContain('litmos.achievements.list(');
  });

  it('shows every guide code block highlighted, in full, and copies it exactly', async () => {
    let checked = 0;
    for (const guide of guides) {
      // A guide's `##` headings are pages of their own, listed under it once it is open.
      const route = (await hrefOf(guide.name)).slice(1);
      await page.goto(new URL(`#${route}`, docs.url).href, { waitUntil: 'networkidle' });
      await page.locator(`[data-section-id="${route}"]`).locator('h1, h2').first().waitFor({ state: 'visible', timeout: 30_000 });
      const subRoutes = (
        await page
          .locator(`[data-component-name="Menu/MenuItem"] > a[href^="#${route}/"]`)
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
      ).map((href) => href.slice(1));
      const shown: { text: string | null; copies: string; language: string | undefined; tokens: number }[] = [];
      for (const section of [route, ...subRoutes]) {
        await page.goto(new URL(`#${section}`, docs.url).href);
        const sectionLocator = page.locator(`[data-section-id="${section}"]`);
        await sectionLocator.locator('h1, h2').first().waitFor({ state: 'visible', timeout: 30_000 });
        const blocks = sectionLocator.locator('.lk-code');
        shown.push(
          ...(await blocks.evaluateAll((all) =>
            all.map((block) => {
              // What the reader sees: line breaks are <br>, some whitespace is drawn from data-ws.
              const code = (block.querySelector('code') as HTMLElement).cloneNode(true) as HTMLElement;
              for (const br of code.querySelectorAll('br')) br.replaceWith('\n');
              for (const ws of code.querySelectorAll<HTMLElement>('.lk-ws')) ws.replaceWith(ws.dataset.ws ?? '');
              return {
                text: code.textContent,
                copies: decodeURIComponent((block as HTMLElement).dataset.code ?? ''),
                language: (block as HTMLElement).dataset.language,
                tokens: block.querySelectorAll('code [class^="hljs-"]').length,
              };
            }),
          )),
        );
        if ((await blocks.count()) > 0) {
          // The copy button puts the block's exact source on the clipboard.
          const last = blocks.last();
          await last.locator('.lk-copy').click();
          await expect.poll(() => last.locator('.lk-copy').getAttribute('data-state')).toBe('copied');
          expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shown.at(-1)?.copies);
          // Full width: the text column takes the row the right column would have shared.
          const width = (await blocks.first().boundingBox())?.width ?? 0;
          expect(width, `${section} code block width at 1400 px`).toBeGreaterThan(800);
        }
      }
      expect(shown.map((block) => block.text)).toEqual(guide.fences);
      expect(shown.map((block) => block.copies)).toEqual(guide.fences);
      // Every block in a programming language has highlighted tokens (a one-line shell command may have none).
      for (const block of shown) if (block.language !== 'bash') expect(block.tokens, `${block.language}: ${block.text?.slice(0, 40)}`).toBeGreaterThan(0);
      checked += guide.fences.length;
    }
    console.log(`guides: ${checked} code blocks in ${guides.length} guides highlighted, shown in full and copied exactly`);
    expect(checked).toBeGreaterThan(10);
  }, 300_000);

  it('shows the "API docs by" badge without a broken image', async () => {
    const badge = page.locator('a[href="https://redocly.com/redoc/"]').first();
    await expect.poll(() => badge.evaluate((a) => getComputedStyle(a.querySelector('p') as Element, '::after').content)).toBe('" Redoc"');
    expect(await badge.locator('img').count()).toBe(0);
  });

  it('looks right on a guide and an operation page, wide and narrow', async () => {
    // The guide page with the most languages: "Bring your own client", section "Read every page".
    const guide = `${await hrefOf('Bring your own client')}/read-every-page`;
    for (const width of [1400, 420]) {
      const tab = await openPage(width);
      await tab.goto(new URL(guide, docs.url).href, { waitUntil: 'networkidle' });
      await tab
        .locator(`[data-section-id="${guide.slice(1)}"] .lk-code`)
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 });
      // The sidebar's search box says "Loading..." until its index is built.
      await expect.poll(() => tab.getByText('Loading...', { exact: true }).count(), { timeout: 60_000 }).toBe(0);
      await tab.screenshot({ path: join(screenshots, `docs-guide-${width}.png`) });
      await tab.goto(`${docs.url}#/users/listusers`, { waitUntil: 'networkidle' });
      await tab.locator('[data-section-id="/users/listusers"] h2').first().waitFor({ state: 'visible', timeout: 30_000 });
      if (width === 1400) {
        await expect
          .poll(() => tab.locator('[data-section-id="/users/listusers"] [data-testid="right-panel"]').allInnerTexts())
          .toContainEqual(expect.stringContaining('litmos.users.list('));
      }
      await tab.screenshot({ path: join(screenshots, `docs-operation-${width}.png`) });
      // No horizontal scroll of the page itself: wide code scrolls inside its block.
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), `page width at ${width} px`).toBe(true);
      await tab.close();
    }
  }, 300_000);

  it('made no request outside 127.0.0.1', () => {
    expect(outside).toEqual([]);
    // The one request the Content-Security-Policy stops is the badge's logo on Redocly's CDN.
    expect(blockedByCsp.filter((message) => !message.includes('https://cdn.redoc.ly/redoc/logo-mini'))).toEqual([]);
  });
});
