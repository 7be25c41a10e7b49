// @ts-check
// A small static file server for the built docs, bound to loopback. It behaves like a plain
// static host (a folder without its slash is redirected to it, then its index.html is served),
// plus one rule for the single-page reference: a path that names no file and has no extension
// is sent to the page's hash route (/users/listusers → /#/users/listusers). Any request, however
// malformed, gets an answer; none can stop the server.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Folder of the built site. */
export const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

const types = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.yaml': 'text/yaml; charset=utf-8',
});

/**
 * @param {{ port?: number, host?: string, root?: string }} [options]
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export function serveDocs(options = {}) {
  const { port = 0, host = '127.0.0.1' } = options;
  const root = resolve(options.root ?? distDir);
  const server = createServer((req, res) => {
    try {
      answer(root, req, res);
    } catch {
      // A bug here must cost one request, never the process (the demo runs the docs, the mock
      // and the user's code in one process).
      if (res.headersSent) res.destroy();
      else send(res, 500, 'internal error');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({
        url: `http://${host}:${address.port}/`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/**
 * @param {string} root
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
function answer(root, req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'method not allowed', { allow: 'GET, HEAD' });
  const target = req.url ?? '';
  // Only origin-form targets (`/path?query`); `*` and absolute URLs are not for a file server.
  if (!target.startsWith('/')) return send(res, 400, 'bad request');
  const q = target.indexOf('?');
  const [rawPath, query] = q < 0 ? [target, ''] : [target.slice(0, q), target.slice(q)];
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return send(res, 400, 'malformed URL: bad percent-encoding');
  }
  if (path.includes('\0')) return send(res, 400, 'malformed URL: NUL byte');
  const file = resolve(root, `.${path}`);
  if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');

  const wanted = path.endsWith('/') ? resolve(file, 'index.html') : file;
  const stat = statOrNull(wanted);
  if (stat?.isFile()) return sendFile(req, res, wanted, stat.size);
  // One leading slash only, so that `//host` can never become a redirect to another host.
  const local = `/${encodeURI(path).replace(/^\/+/, '')}`;
  if (stat?.isDirectory()) return redirect(res, 301, `${local}/${query}`);
  if (!path.endsWith('/') && extname(path) === '') return redirect(res, 302, `/#${local}`);
  return send(res, 404, 'not found');
}

/** @param {string} file */
function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null; // missing, a name too long, a component that is a file: all "no such page"
  }
}

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {string} file
 * @param {number} size
 */
function sendFile(req, res, file, size) {
  res.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    'content-length': size,
    'x-content-type-options': 'nosniff',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}

/** @param {import('node:http').ServerResponse} res @param {number} status @param {string} location */
function redirect(res, status, location) {
  res.writeHead(status, { location, 'content-type': 'text/plain; charset=utf-8' }).end(`see ${location}\n`);
}

/**
 * @param {import('node:http').ServerResponse} res
 * @param {number} status
 * @param {string} text
 * @param {Record<string, string>} [headers]
 */
function send(res, status, text, headers = {}) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers }).end(`${text}\n`);
}
