// The built site must work with no network: every script, stylesheet and font it loads is a
// file of the build, never an absolute URL.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir, serveDocs } from '../src/serve-docs.mjs';

const require = createRequire(import.meta.url);
const html = readFileSync(join(distDir, 'index.html'), 'utf8');

/** Every resource the page loads, as written in the HTML (not links the reader may click). */
function loadedResources(page: string): string[] {
  const found: string[] = [];
  for (const m of page.matchAll(/<script\b[^>]*\bsrc=["']([^"']+)["']/gi)) found.push(m[1] as string);
  for (const m of page.matchAll(/<link\b[^>]*\bhref=["']([^"']+)["'][^>]*>/gi)) found.push(m[1] as string);
  for (const m of page.matchAll(/<img\b[^>]*\bsrc=["']([^"']+)["']/gi)) found.push(m[1] as string);
  for (const m of page.matchAll(/@import\s+(?:url\()?["']?([^"')\s;]+)/gi)) found.push(m[1] as string);
  for (const m of page.matchAll(/url\(\s*["']?(https?:[^"')\s]+)/gi)) found.push(m[1] as string);
  for (const m of page.matchAll(/\bimport\s*(?:[\w{}\s,*]+\s+from\s*)?["']([^"']+)["']/g)) found.push(m[1] as string);
  return found;
}

describe('docs build', () => {
  it('ships the Redoc script beside the page', () => {
    expect(existsSync(join(distDir, 'redoc.standalone.js'))).toBe(true);
    expect(loadedResources(html)).toContain('./redoc.standalone.js');
  });

  it('loads no script, style or font from outside the build', () => {
    const resources = loadedResources(html);
    expect(resources.length).toBeGreaterThan(0);
    expect(resources.filter((url) => /^(https?:)?\/\//i.test(url))).toEqual([]);
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
    expect(html).not.toMatch(/cdn\.redocly\.com/);
  });

  it('renders every operation of the spec', () => {
    const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
    const summaries = Object.values(spec.paths).flatMap((item: any) => Object.values(item).map((op: any) => op.summary));
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(html).toContain(summary);
  });

  it('carries a TypeScript and a curl sample for every operation', () => {
    const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
    const operations = Object.values(spec.paths).flatMap((item: any) => ['get', 'post', 'put', 'delete'].filter((m) => item[m]).map((m) => item[m]));
    const withBoth = operations.filter((op) => {
      const langs = new Map((op['x-codeSamples'] ?? []).map((s: any) => [s.lang, s.source]));
      return /createLitmos/.test(String(langs.get('TypeScript'))) && /^curl /.test(String(langs.get('Shell')));
    });
    console.log(`samples: ${withBoth.length}/${operations.length} operations with a type-checked SDK sample and a curl sample`);
    expect(withBoth.map((op) => op.operationId)).toEqual(operations.map((op) => op.operationId));
  });

  it('links the navigation by hash, and leaves a redirect at every old path link', () => {
    const markup = html.slice(0, html.indexOf('<script type="module">'));
    const links = [...markup.matchAll(/\bhref="([^"]*)"/g)].map((m) => m[1] as string);
    expect(links.filter((href) => /^\/(?!\/)/.test(href))).toEqual([]);
    const routes = links.filter((href) => href.startsWith('#/') && href !== '#/').map((href) => href.slice(2));
    expect(routes.length).toBeGreaterThan(20);
    for (const route of routes) {
      const page = readFileSync(join(distDir, route, 'index.html'), 'utf8');
      const target = `${'../'.repeat(route.split('/').length)}#/${route}`;
      expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${target}">`);
    }
  });

  it('ships its stylesheet and copy script beside the page, under the same Content-Security-Policy', () => {
    expect(loadedResources(html)).toEqual(expect.arrayContaining(['./litmos-docs.css', './copy-code.js']));
    for (const asset of ['litmos-docs.css', 'copy-code.js']) expect(existsSync(join(distDir, asset))).toBe(true);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
  });

  it("highlights the guides' code at build time", () => {
    // The guides are in the page's embedded API description, each fence now a highlighted block.
    expect(html).toContain('class=\\"lk-code\\"');
    expect(html).toContain('class=\\"hljs-keyword\\"');
  });

  it('is served over loopback', async () => {
    const docs = await serveDocs({ port: 0 });
    try {
      const page = await fetch(docs.url);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      const script = await fetch(new URL('redoc.standalone.js', docs.url));
      expect(script.status).toBe(200);
      expect((await script.text()).length).toBeGreaterThan(100_000);
      // fetch resolves `..` itself; raw traversal attempts are in serve-docs.test.ts.
      const outside = await fetch(new URL('../../etc/passwd', docs.url), { redirect: 'manual' });
      expect(outside.status).toBe(302);
      expect(outside.headers.get('location')).toBe('/#/etc/passwd');
      expect(await outside.text()).not.toContain('root:');
    } finally {
      await docs.close();
    }
  });
});
