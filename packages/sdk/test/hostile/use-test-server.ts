// One real HTTP server on 127.0.0.1 per test file: started before the file's tests, stopped
// after them, with its record of arrivals cleared before each test.
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { type Handler, startTestServer, type TestServer } from '../runtime/http-server.js';

/** The file's server; usable inside tests and hooks (it starts in `beforeAll`). */
export function useTestServer(handler?: Handler): TestServer {
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startTestServer(handler);
  });
  afterAll(() => server?.close());
  beforeEach(() => {
    if (server) server.arrivals.length = 0;
  });
  const live = (): TestServer => {
    if (!server) throw new Error('the test server starts in beforeAll');
    return server;
  };
  return {
    get url() {
      return live().url;
    },
    get handler() {
      return live().handler;
    },
    set handler(next: Handler) {
      live().handler = next;
    },
    get arrivals() {
      return live().arrivals;
    },
    close: () => live().close(),
  };
}
