/**
 * The HTTP side of the sandbox: hands each request to the sandbox (which reads the body itself,
 * bounded, once the request may proceed), turns an unexpected failure into WCF's 500 page, and on
 * close drops keep-alive and in-flight connections and pending timers, so a test run ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { htmlErrorPage } from '#spec-wire';
import { sendAnswer } from './send-answer.js';

/** Serves one request (its body not read yet); `sleep` waits in a way `close()` cancels. */
export type RequestServer = (req: IncomingMessage, res: ServerResponse, sleep: (ms: number) => Promise<void>) => Promise<void>;

/** A listening server. */
export interface HttpListener {
  readonly port: number;
  close(): Promise<void>;
}

/** Starts listening on `host:port` (0 picks a free port). */
export async function listenHttp(serve: RequestServer, host: string, port: number): Promise<HttpListener> {
  const timers = new Set<NodeJS.Timeout>();
  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });
  const server = createServer((req, res) => {
    void serve(req, res, sleep).catch((error: unknown) => {
      if (!res.headersSent) sendAnswer(res, { status: 500, headers: { Connection: 'close' }, body: htmlErrorPage(500, String(error)).text });
      else res.destroy();
    });
  });
  const sockets = new Set<Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });

  let closing: Promise<void> | undefined;
  return {
    port: (server.address() as AddressInfo).port,
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        // Keep-alive and in-flight connections would hold close() open.
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
}
