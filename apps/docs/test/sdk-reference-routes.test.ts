// Every SDK method names its page in this reference by route (`#/users/listusers`, in the
// `@see` of its JSDoc, which an editor shows on hover). The routes are computed by the SDK's
// generator, the pages by Redoc: this loads each route in Chromium, as a reader following the
// hover would, and checks that the operation's section renders there.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STARTUP_BOUND_MS, startServer } from '../../../test-support/start-server.js';
import { serveDocs } from '../src/serve-docs.mjs';

const require = createRequire(import.meta.url);
const sdkDir = dirname(require.resolve('@litmos-kit/sdk/package.json'));
const generated = readFileSync(join(sdkDir, 'src', 'gen', 'litmos.gen.ts'), 'utf8');
const routes = [...new Set([...generated.matchAll(/`#(\/[a-z0-9-]+\/[a-z0-9-]+)` in the API reference/g)].map((m) => m[1] as string))];

let docs: Awaited<ReturnType<typeof serveDocs>>;
let browser: Browser;
let page: Page;

beforeAll(async () => {
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
  page = await browser.newPage();
  page.setDefaultTimeout(STARTUP_BOUND_MS);
  // Only the docs server: nothing else is needed to render a page.
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
});

afterAll(async () => {
  await browser?.close();
  await docs?.close();
});

describe("the SDK's links into the reference", () => {
  it('are read from the generated SDK', () => {
    expect(routes).toContain('/users/listusers');
    expect(routes.length).toBeGreaterThan(100);
  });

  it(
    "each open the operation's section",
    async () => {
      const missing: string[] = [];
      for (const route of routes) {
        await page.goto(`${docs.url}#${route}`, { waitUntil: 'load' });
        // Redoc renders the sections near the route, so the section shows only when the route is its own.
        const section = page.locator(`[data-section-id="${route}"] h2`).first();
        if (
          !(await section.waitFor({ state: 'attached', timeout: 30_000 }).then(
            () => true,
            () => false,
          ))
        )
          missing.push(route);
      }
      expect(missing).toEqual([]);
    },
    20 * 60_000,
  );
});
