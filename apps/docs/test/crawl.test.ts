// Every page of the reference must open from its own address, as after a reload, in a new tab or
// from a shared link. The crawler reads the sidebar in Debian's Chromium, then loads each link in
// a fresh page load and fails on Redoc's "No page at this address", a server's "not found", or a
// page that does not show that item's heading. Links shared before the site linked by hash
// (`/users`) must land on the same page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../../test-support/start-server.js';
import { serveDocs } from '../src/serve-docs.mjs';
import { launchChromium } from './launch-chromium.js';

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
/** How many operations each tag has in the spec: the sidebar must list every one. */
const operationsPerTag = new Map<string, number>();
for (const item of Object.values(spec.paths) as Record<string, { tags?: string[] }>[]) {
  for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
    for (const tag of item[method]?.tags ?? []) operationsPerTag.set(tag, (operationsPerTag.get(tag) ?? 0) + 1);
  }
}

let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: Browser;
let page: Page;
const outside: string[] = [];

/** One sidebar entry: its link as written in the page, and the label the reader clicks. */
interface SidebarLink {
  readonly href: string;
  readonly label: string;
}

beforeAll(async () => {
  docs = await startServer('docs server (apps/docs/dist)', () => serveDocs({ port: 0 }), { stop: (d) => d.close() });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    outside.push(url.href);
    return route.abort();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

/** The sidebar's links as they are in the page right now. */
function sidebarLinks(): Promise<SidebarLink[]> {
  return page.$$eval('[data-component-name="Menu/MenuItem"] > a', (links) =>
    links.map((a) => ({
      href: a.getAttribute('href') ?? '',
      label: (a.querySelector('[data-text]')?.getAttribute('data-text') ?? a.textContent ?? '').trim(),
    })),
  );
}

/** Waits until the page shows the item: its section holds a visible heading with its label near the top. */
async function expectShows(link: SidebarLink): Promise<void> {
  const route = link.href.replace(/^#/, '');
  const heading = page.locator(`[data-section-id="${route}"]`).locator('h1, h2').first();
  await heading.waitFor({ state: 'visible', timeout: 60_000 });
  expect(await heading.textContent(), link.href).toContain(link.label);
  // Redoc scrolls to the item after it renders; the heading must end up near the top.
  await expect
    .poll(
      async () => {
        const top = (await heading.boundingBox())?.y ?? -1;
        return top >= 0 && top < 400;
      },
      { message: `${link.href} opens at its heading`, timeout: 30_000 },
    )
    .toBe(true);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a reader sees.
  const text = await page.locator('main').innerText();
  expect(text, link.href).not.toContain('No page at this address');
}

/** A fresh page load of `url` (not an in-page hash change), as a new tab or a reload would do. */
async function load(url: string): Promise<void> {
  await page.goto('about:blank');
  const response = await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  expect(response?.status(), url).toBe(200);
  // biome-ignore lint/performance/useDomNodeTextContent: innerText is what a reader sees.
  expect((await page.locator('body').innerText()).trim(), url).not.toBe('not found');
}

let topLevel: SidebarLink[] = [];
/** Every operation's sidebar entry, each shown to open its page by the test that collects them. */
let operationLinks: SidebarLink[] = [];

describe('every page has a working address', () => {
  it('links every sidebar entry by hash route', async () => {
    await load(docs.url);
    await page.locator('[data-component-name="Menu/MenuItem"] > a').first().waitFor({ state: 'visible', timeout: 60_000 });
    topLevel = (await sidebarLinks()).filter((link) => link.label);
    console.log(`crawler: ${topLevel.length} sidebar entries before expanding any group`);
    expect(topLevel.length).toBeGreaterThan(20);
    expect(topLevel.filter((link) => !link.href.startsWith('#/'))).toEqual([]);
  }, 180_000);

  it('loads each sidebar URL directly', async () => {
    expect(topLevel.length).toBeGreaterThan(0);
    for (const link of topLevel) {
      await load(new URL(link.href, docs.url).href);
      await expectShows(link);
    }
    console.log(`crawler: ${topLevel.length}/${topLevel.length} sidebar URLs loaded directly, each showing its page`);
  }, 1_200_000);

  it('sends old path links (/users) to the same page', async () => {
    const paths = topLevel.filter((link) => link.href !== '#/');
    expect(paths.length).toBeGreaterThan(0);
    for (const link of paths) {
      const path = link.href.slice(2); // `#/users` was linked as `/users`
      await load(new URL(path, docs.url).href);
      await expect.poll(() => page.url(), { timeout: 60_000 }).toBe(new URL(link.href, docs.url).href);
      await expectShows(link);
    }
    console.log(`crawler: ${paths.length}/${paths.length} old path links land on their page`);
  }, 1_200_000);

  it('opens every operation page from its URL', async () => {
    // Operations are listed once their group is open; a group opens when its page is shown.
    await load(docs.url);
    const operations: SidebarLink[] = [];
    const children = async (group: SidebarLink) =>
      (await sidebarLinks()).filter((link) => link.href.startsWith(`${group.href}/`) && !link.href.includes('#', 1));
    for (const group of topLevel) {
      await page.goto(new URL(group.href, docs.url).href);
      await expectShows(group);
      const expected = operationsPerTag.get(group.label);
      if (expected !== undefined) await expect.poll(async () => (await children(group)).length, { message: group.label, timeout: 30_000 }).toBe(expected);
      for (const link of await children(group)) if (!operations.some((seen) => seen.href === link.href)) operations.push(link);
    }
    const operationCount = [...operationsPerTag.values()].reduce((sum, n) => sum + n, 0);
    expect(operations.length).toBeGreaterThanOrEqual(operationCount);
    operationLinks = operations;
    // The address of each one, entered while the page is open (a hash change), then one page per
    // group loaded afresh from its address.
    for (const link of operations) {
      await page.goto(new URL(link.href, docs.url).href);
      await expectShows(link);
    }
    const firstOfEachGroup = topLevel.flatMap((group) => operations.find((op) => op.href.startsWith(`${group.href}/`)) ?? []);
    for (const link of firstOfEachGroup) {
      await load(new URL(link.href, docs.url).href);
      await expectShows(link);
    }
    console.log(
      `crawler: ${operations.length}/${operations.length} operation and guide section URLs show their page (all ${operationCount} operations of the spec; ${firstOfEachGroup.length} loaded afresh)`,
    );
  }, 1_200_000);

  it("has a page for every route the SDK's hovers name", () => {
    // Each SDK method's JSDoc names its page by route (`#/users/listusers`); the generator
    // computes the routes from the spec, Redoc the pages.
    const sdk = readFileSync(join(dirname(require.resolve('@litmos-kit/sdk/package.json')), 'src', 'gen', 'litmos.gen.ts'), 'utf8');
    const routes = new Set([...sdk.matchAll(/`(#\/[a-z0-9-]+\/[a-z0-9-]+)` in the API reference/g)].map((m) => m[1]));
    expect(routes.size).toBeGreaterThan(100);
    expect(operationLinks.length).toBeGreaterThan(0);
    const pages = new Set(operationLinks.map((link) => link.href));
    expect([...routes].filter((route) => !pages.has(route as string))).toEqual([]);
  });

  it('made no request outside 127.0.0.1', () => {
    expect(outside).toEqual([]);
  });
});
