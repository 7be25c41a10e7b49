// The composed fetch against a real HTTP server on 127.0.0.1: what an SDK built on core gets.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../../test-support/start-server.js';
import { createHttpFetch } from './create-http-fetch.js';
import { ApiError, TimeoutError } from './errors.js';
import { resolveHttpOptions } from './http-options.js';

const TOKEN = 'tok-5a4b3c2d1e0f-secret';
let server: Server;
let url = '';
let handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void = () => {};
let hits = 0;

beforeAll(async () => {
  server = createServer((req, res) => handler(req, res, ++hits));
  url = await listenOnLoopback(server, 'the test HTTP server');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

const build = (extra: Parameters<typeof resolveHttpOptions>[0] = {}) =>
  createHttpFetch({
    options: resolveHttpOptions({ retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...extra }),
    secrets: [TOKEN],
    logPrefix: 'test',
    service: 'Test',
  });

describe('createHttpFetch on a real server', () => {
  it('times out a stalled attempt and succeeds on the retry', async () => {
    hits = 0;
    handler = (_req, res, hit) => {
      if (hit === 1) return; // never answers: the attempt must time out
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    };
    // Long enough for the healthy retry to finish on a loaded machine.
    const response = await build({ timeoutMs: 1_000 })(`${url}/x`);
    expect(await response.json()).toEqual({ ok: true });
    expect(hits).toBe(2);
  });

  it('fails with a TimeoutError after the last attempt', async () => {
    handler = () => {};
    const error = await build({ timeoutMs: 30, retry: { maxAttempts: 2, baseDelayMs: 1 } })(`${url}/x`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
  });

  it('keeps the token out of an API error whose body and URL echo it', async () => {
    handler = (req, res) =>
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `token ${TOKEN} may not read ${req.url}` }));
    const error = (await build({ retry: false })(`${url}/x?token=${TOKEN}`, { headers: { authorization: `Bearer ${TOKEN}` } }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(403);
    expect(JSON.stringify(error)).not.toContain(TOKEN.slice(4, 16));
    expect(error.message).not.toContain(TOKEN.slice(4, 16));
    expect(error.body).not.toContain(TOKEN.slice(4, 16));
    expect(error.url).toBe(`${url}/x?token=[REDACTED]`);
  });
});
