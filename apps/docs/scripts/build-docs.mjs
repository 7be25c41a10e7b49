// Builds the API reference into dist/: Redocly renders the bundled spec to one HTML page, and
// the Redoc script it would load from Redocly's CDN is copied next to it, so the site works
// offline and from any static host. On the way the guides' code blocks are highlighted, the
// navigation is linked by hash, and our stylesheet and copy-button script are added.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashLinks } from './hash-links.mjs';
import { highlightGuideCode } from './highlight-guide-code.mjs';
import { writeRouteRedirects } from './write-route-redirects.mjs';

const require = createRequire(import.meta.url);
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const dist = join(root, 'dist');
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
/** Our own files served beside the page (site/), each loaded from the page's origin. */
const assets = ['litmos-docs.css', 'copy-code.js'];

// The guides live in tag descriptions (and the introduction in info.description).
const spec = JSON.parse(readFileSync(require.resolve('@litmos-kit/spec/openapi.json'), 'utf8'));
let codeBlocks = 0;
const highlight = (/** @type {string} */ markdown) => {
  const out = highlightGuideCode(markdown);
  codeBlocks += out.blocks;
  return out.markdown;
};
if (typeof spec.info?.description === 'string') spec.info.description = highlight(spec.info.description);
for (const tag of spec.tags ?? []) if (typeof tag.description === 'string') tag.description = highlight(tag.description);

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
const work = mkdtempSync(join(tmpdir(), 'litmos-docs-'));
try {
  const input = join(work, 'openapi.json');
  writeFileSync(input, JSON.stringify(spec));
  execFileSync(process.execPath, [redocly, 'build-docs', input, '-o', join(dist, 'index.html'), '--config', join(root, 'redocly.yaml')], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
} finally {
  rmSync(work, { recursive: true, force: true });
}

const bundle = join(dirname(require.resolve('redoc/package.json')), 'bundles', 'redoc.standalone.js');
copyFileSync(bundle, join(dist, 'redoc.standalone.js'));
for (const asset of assets) copyFileSync(join(root, 'site', asset), join(dist, asset));
const localHash = `sha384-${createHash('sha384').update(readFileSync(bundle)).digest('base64')}`;

let html = readFileSync(join(dist, 'index.html'), 'utf8');
const cdn = /https:\/\/cdn\.redocly\.com\/redoc\/v[\d.]+\/bundles\/redoc\.standalone\.js/g;
if (!cdn.test(html)) throw new Error('build-docs output no longer loads Redoc from the CDN; revisit scripts/build-docs.mjs');
// The page pins the script with a subresource-integrity hash; it must match our copy or the
// browser refuses to run it. A mismatch means the redoc package and @redocly/cli disagree.
for (const [, hash] of html.matchAll(/integrity="([^"]+)"/g)) {
  if (hash !== localHash) throw new Error(`redoc bundle hash ${localHash} differs from the page's ${hash}: align the redoc version`);
}
html = html.replace(cdn, './redoc.standalone.js');
const linked = hashLinks(html);
html = linked.html;

// Redoc still reaches out at run time (its "API docs by" badge loads a logo from Redocly's
// CDN). A Content-Security-Policy limited to the page's own origin stops every such request
// before it leaves the browser, on any host. Inline scripts are allowed by hash only.
const inlineHashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
  ([, body]) =>
    `'sha256-${createHash('sha256')
      .update(body ?? '')
      .digest('base64')}'`,
);
const csp = [
  "default-src 'self'",
  `script-src 'self' ${inlineHashes.join(' ')}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
].join('; ');
html = html.replace(/<head>/, `<head>\n<meta http-equiv="Content-Security-Policy" content="${csp}">`);
if (!html.includes('Content-Security-Policy')) throw new Error('could not add the Content-Security-Policy to index.html');
// After Redoc's own styles, so ours win on equal specificity.
html = html.replace('</head>', '  <link rel="stylesheet" href="./litmos-docs.css">\n  <script type="module" src="./copy-code.js"></script>\n</head>');
if (!html.includes('./copy-code.js')) throw new Error('could not add the stylesheet and script to index.html');
writeFileSync(join(dist, 'index.html'), html);
writeRouteRedirects(dist, linked.routes, spec.info?.title ?? 'API reference');
console.log(`docs: ${join(dist, 'index.html')} (${codeBlocks} code blocks highlighted, ${linked.routes.length} path routes redirected)`);
