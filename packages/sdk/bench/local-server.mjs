// A benchmark's HTTP server on 127.0.0.1 (port 0), and its shutdown.
import { createServer } from 'node:http';

/** Starts a server for `handler`; resolves with it and its base URL once it listens. */
export function listen(handler) {
  const server = createServer(handler);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}` })));
}

/** Closes the server and its open connections. */
export const closeServer = ({ server }) =>
  new Promise((resolve) => {
    server.closeAllConnections();
    server.close(resolve);
  });
