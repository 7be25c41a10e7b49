// The docs server against hostile requests, sent as raw bytes over TCP (a browser or fetch would
// normalise them first). Malformed URLs get 400, traversal stays refused, and no request, fixed or
// random, can throw out of the handler or stop the server.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveDocs } from '../src/serve-docs.mjs';

/** A site folder with a secret file beside it, so that traversal has something to find. */
const base = mkdtempSync(join(tmpdir(), 'serve-docs-test-'));
const site = join(base, 'site');
const secret = 'the contents of a file outside the site';

let docs: Awaited<ReturnType<typeof serveDocs>>;
let port: number;

beforeAll(async () => {
  mkdirSync(join(site, 'users'), { recursive: true });
  writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>home</title>');
  writeFileSync(join(site, 'users', 'index.html'), '<!DOCTYPE html><title>users redirect</title>');
  writeFileSync(join(site, 'app.js'), 'console.log(1);');
  writeFileSync(join(base, 'secret.txt'), secret);
  docs = await serveDocs({ port: 0, root: site });
  port = Number(new URL(docs.url).port);
});

afterAll(async () => {
  await docs?.close();
  rmSync(base, { recursive: true, force: true });
});

interface RawResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/**
 * Sends `requestLine` as written (no normalisation) and reads the whole answer. The socket stays
 * open for writing, as a browser's does; `Connection: close` makes the server end it.
 */
function raw(requestLine: string, extraHeaders = ''): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n${extraHeaders}\r\n`, 'latin1');
    });
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const [statusLine = '', ...headerLines] = head.split('\r\n');
      const headers: Record<string, string> = {};
      for (const line of headerLines) {
        const at = line.indexOf(':');
        headers[line.slice(0, at).toLowerCase()] = line.slice(at + 1).trim();
      }
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

const get = (target: string) => raw(`GET ${target} HTTP/1.1`);

async function expectAlive() {
  const home = await get('/');
  expect(home.status).toBe(200);
  expect(home.body).toContain('<title>home</title>');
}

describe('docs server', () => {
  it('answers GET /%E0%A4%A with 400 and keeps serving', async () => {
    const answer = await get('/%E0%A4%A');
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('malformed URL');
    await expectAlive();
  });

  it.each([
    '/%',
    '/%zz',
    '/%E0%A4',
    '/%ff',
    '/%ED%A0%80', // an encoded UTF-16 surrogate
    '/users/%C0%AF',
    '/a%00b', // NUL
  ])('rejects the malformed path %s with 400', async (target) => {
    expect((await get(target)).status).toBe(400);
  });

  it.each(['/../secret.txt', '/users/../../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%2fsecret.txt', '/users/%2e%2e/%2e%2e/secret.txt'])(
    'refuses the traversal %s with 403',
    async (target) => {
      const answer = await get(target);
      expect(answer.status).toBe(403);
      expect(answer.body).not.toContain(secret);
    },
  );

  it.each([['*'], ['http://127.0.0.1/index.html'], ['index.html']])('rejects the request target %s with 400', async (target) => {
    expect((await raw(`GET ${target} HTTP/1.1`)).status).toBe(400);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('answers %s with 405 and Allow', async (method) => {
    const answer = await raw(`${method} / HTTP/1.1`, 'Content-Length: 0\r\n');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const answer = await raw('HEAD /app.js HTTP/1.1');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toContain('text/javascript');
    expect(answer.headers['content-length']).toBe(String('console.log(1);'.length));
    expect(answer.body).toBe('');
  });

  it('redirects a folder to its slash, like a static host, keeping the query', async () => {
    const answer = await get('/users?from=share');
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('/users/?from=share');
    expect((await get('/users/')).body).toContain('users redirect');
  });

  it('sends an unknown path without extension to its hash route', async () => {
    const answer = await get('/users/listusers');
    expect(answer.status).toBe(302);
    expect(answer.headers.location).toBe('/#/users/listusers');
  });

  it('never redirects to another host', async () => {
    for (const target of ['//users', '//evil.example/x', '///evil.example']) {
      const location = (await get(target)).headers.location ?? '/';
      expect(location, target).toMatch(/^\/(?!\/)/);
    }
  });

  it('answers a missing file with 404', async () => {
    expect((await get('/missing.png')).status).toBe(404);
  });

  it('survives any request target (property test)', async () => {
    const piece = fc.constantFrom(
      '/',
      '.',
      '..',
      '%',
      '%2e',
      '%2f',
      '%5c',
      '%E0',
      '%A4',
      '%A',
      '%ff',
      '%00',
      '%0d%0a',
      '\\',
      '?',
      '#',
      'a',
      'users',
      'é',
      '~',
      ';',
      '%25',
    );
    const statuses = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.array(piece, { maxLength: 12 }), async (pieces) => {
        const answer = await get(`/${pieces.join('')}`);
        statuses.add(answer.status);
        expect([200, 301, 302, 400, 403, 404]).toContain(answer.status);
        expect(answer.body).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
    console.log(`serve-docs: 300 random targets answered with ${[...statuses].sort().join(', ')}`);
    await expectAlive();
  }, 120_000);
});
