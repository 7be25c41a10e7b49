// A small HTTP server on 127.0.0.1 (a free port), recording every request; each test sets the handler.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenOnLoopback } from '../../../test-support/start-server.js';

/** A running test server. */
export interface TestServer {
  readonly url: string;
  /** Every request received, in order. */
  readonly requests: { readonly url: URL; readonly headers: IncomingMessage['headers'] }[];
  handler: (req: IncomingMessage, res: ServerResponse, url: URL) => void;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with port 0 (any free port). */
export async function startTestServer(): Promise<TestServer> {
  const requests: TestServer['requests'][number][] = [];
  const state: TestServer = {
    url: '',
    requests,
    handler: (_req, res) => res.writeHead(500).end(),
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ url, headers: req.headers });
    state.handler(req, res, url);
  });
  (state as { url: string }).url = await listenOnLoopback(server, 'the test HTTP server');
  return state;
}
