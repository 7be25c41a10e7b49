// A real HTTP server on 127.0.0.1 (port 0) for tests of the SDKs' requests: each test swaps
// `handler`, and every request is recorded with its arrival time on the server's clock.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from './start-server.js';

/** One request as the server received it. */
export interface Arrival {
  readonly method: string;
  readonly url: URL;
  readonly headers: IncomingMessage['headers'];
  /** `performance.now()` when it arrived. */
  readonly at: number;
}

/** Answers one request; what it returns is ignored, but a rejected promise answers 599 with the error's text. */
export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => unknown;

/** A running test server. */
export interface TestServer {
  readonly url: string;
  handler: Handler;
  /** Every request received, in order (tests empty it with `arrivals.length = 0`). */
  readonly arrivals: Arrival[];
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with port 0 (any free port), answering with `handler`. */
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
