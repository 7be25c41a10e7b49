// A real HTTP server on 127.0.0.1 (port 0) for the runtime tests. Each test swaps `handler`;
// every request is recorded with its arrival time on the server's clock.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenOnLoopback } from '../../../../test-support/start-server.js';

export interface Arrival {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  readonly at: number;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface TestServer {
  readonly url: string;
  handler: Handler;
  readonly arrivals: Arrival[];
  close(): Promise<void>;
}

export async function startTestServer(handler: Handler = (_req, res) => void res.end()): Promise<TestServer> {
  const arrivals: Arrival[] = [];
  const state: TestServer = {
    url: '',
    handler,
    arrivals,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    arrivals.push({ method: req.method ?? 'GET', url, headers: req.headers, at: performance.now() });
    Promise.resolve(state.handler(req, res, url)).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(599);
      res.end(String(error));
    });
  });
  (state as { url: string }).url = await listenOnLoopback(server, 'the test HTTP server');
  return state;
}

/** Answers with a JSON body. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Answers with a text body of the given type. */
export function sendText(res: ServerResponse, status: number, text: string, type = 'text/plain', headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** A port on 127.0.0.1 that nothing listens on (taken, then released). */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Resolves when `signal` aborts or `ms` pass, whichever is first (for handlers that stall). */
export function stall(res: ServerResponse, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    res.on('close', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * A handler that behaves like Litmos' limit: more than `limit` requests in any rolling
 * `windowMs` (every arrival counts, refused ones too) get a 503. `refused` counts them.
 */
export function slidingWindowLimit(limit: number, windowMs: number, ok: Handler) {
  const arrivals: number[] = [];
  const stats = { refused: 0, served: 0 };
  const handler: Handler = (req, res, url) => {
    const now = performance.now();
    arrivals.push(now);
    while (arrivals.length && (arrivals[0] as number) <= now - windowMs) arrivals.shift();
    if (arrivals.length > limit) {
      stats.refused++;
      return sendJson(res, 503, { Detail: 'Rating Limit Exceeded' });
    }
    stats.served++;
    return ok(req, res, url);
  };
  return { handler, stats };
}
