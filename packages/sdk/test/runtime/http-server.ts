// The runtime tests' HTTP server (test-support's recording server) and the answers they give.
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handler } from '../../../../test-support/start-test-server.js';

export { type Arrival, type Handler, startTestServer, type TestServer } from '../../../../test-support/start-test-server.js';

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
