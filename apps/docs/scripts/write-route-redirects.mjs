// Links to the reference used to be paths (`/users`), and some were shared that way. For each
// such route the build leaves a tiny page at <route>/index.html that sends the reader on to the
// hash route, so an old link keeps working on any static host (no script, no server rule).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes one redirect page per route.
 * @param {string} dist folder of the built site
 * @param {readonly string[]} routes routes without the leading slash, e.g. `users` or `section/essentials`
 * @param {string} title page title to show while redirecting
 */
export function writeRouteRedirects(dist, routes, title) {
  for (const route of routes) {
    if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(route)) throw new Error(`unexpected route ${JSON.stringify(route)}`);
    // Relative, so the site may live in any folder: from /docs/users/ this is /docs/#/users.
    const target = `${'../'.repeat(route.split('/').length)}#/${route}`;
    const page = [
      '<!DOCTYPE html>',
      '<html lang="en">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
      `<meta http-equiv="refresh" content="0; url=${target}">`,
      `<title>${escapeHtml(title)}</title>`,
      '</head>',
      `<body><p>This page is at <a href="${target}">${escapeHtml(target)}</a>.</p></body>`,
      '</html>',
      '',
    ].join('\n');
    mkdirSync(join(dist, route), { recursive: true });
    writeFileSync(join(dist, route, 'index.html'), page);
  }
}

/** @param {string} text */
function escapeHtml(text) {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}
