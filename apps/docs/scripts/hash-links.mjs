// Redoc's prerendered page links its navigation by path (`href="/users"`), but the page itself
// routes by hash (`#/users`): in-page clicks worked, while reloading, opening in a new tab or
// sharing such a link asked the server for /users, which no static host has. The build writes
// the links the way the page routes them, so every link works from any host and any folder.

/**
 * Rewrites the root-relative links of Redoc's prerendered markup into hash links.
 * @param {string} html the page written by `redocly build-docs`
 * @returns {{ html: string, routes: string[] }} the page, and every route that was linked by path
 */
export function hashLinks(html) {
  // Only the prerendered markup: the API description embedded after it is data, not links.
  const end = html.indexOf('<script type="module">');
  if (end < 0) throw new Error('build-docs output has no module script; revisit scripts/hash-links.mjs');
  const routes = new Set();
  const markup = html.slice(0, end).replace(/\bhref="\/(?!\/)([^"]*)"/g, (_link, route) => {
    if (route) routes.add(route);
    return `href="#/${route}"`;
  });
  if (routes.size === 0) throw new Error('no path links found in the prerendered page; revisit scripts/hash-links.mjs');
  return { html: markup + html.slice(end), routes: [...routes].sort() };
}
