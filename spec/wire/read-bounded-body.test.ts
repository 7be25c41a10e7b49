// The body reader both local servers use, against a real HTTP server on 127.0.0.1: bodies within
// the bound are read whole, larger ones are refused while they stream, and the refusal reaches a
// client that is still uploading instead of being lost to a connection reset.
import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { uploadBody } from '../../test-support/upload-body.js';
import { BodyTooLargeError, discardBody, readBoundedBody } from './index.js';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve) ?? resolve(undefined));
  server = undefined;
});

/** A server that reads each body within `maxBytes` and answers its size, or 413 after discarding the rest. */
async function serve(maxBytes: number, discard: { maxBytes?: number; graceMs?: number } = {}): Promise<number> {
  server = createServer((req, res) => {
    readBoundedBody(req, maxBytes).then(
      (body) => res.end(`read ${body.length}`),
      (error: unknown) => {
        res.writeHead(error instanceof BodyTooLargeError ? 413 : 500);
        res.end(error instanceof BodyTooLargeError ? `over ${error.maxBytes}` : String(error));
        discardBody(req, res, discard);
      },
    );
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Uploads up to `total` bytes to the test server, with a Content-Length when `announce`. */
const upload = (port: number, total: number, announce: boolean, keepSending = false) =>
  uploadBody(`http://127.0.0.1:${port}/`, total, { headers: announce ? { 'content-length': String(total) } : {}, keepSending });

describe('readBoundedBody', () => {
  it('reads a chunked body within the bound whole', async () => {
    const port = await serve(1024 * 1024);
    const reply = await upload(port, 10 * 64 * 1024, false);
    expect(reply.text).toBe(`read ${10 * 64 * 1024}`);
  });

  it('refuses a chunked body once it passes the bound, and the 413 reaches the client while it uploads', async () => {
    const port = await serve(256 * 1024);
    const reply = await upload(port, 64 * 1024 * 1024, false);
    expect(reply.status).toBe(413);
    expect(reply.text).toBe(`over ${256 * 1024}`);
    expect(reply.sent).toBeLessThan(64 * 1024 * 1024);
  });

  it('refuses an announced Content-Length over the bound before reading it', async () => {
    const port = await serve(1024);
    const reply = await upload(port, 8 * 1024 * 1024, true);
    expect(reply.status).toBe(413);
  });
});

describe('discardBody', () => {
  it('cuts the connection of a client that keeps uploading past the drain bound, after the answer', async () => {
    const port = await serve(64 * 1024, { maxBytes: 512 * 1024 });
    const reply = await upload(port, 1024 * 1024 * 1024, false, true);
    expect(reply.status).toBe(413);
    await reply.closed;
    expect(reply.sent).toBeLessThan(1024 * 1024 * 1024);
  });
});

describe('discardBody on a kept-alive connection', () => {
  it('leaves no listener behind on the socket, however many requests it carries', async () => {
    const listeners: number[] = [];
    const sockets = new Set<unknown>();
    server = createServer((req, res) => {
      sockets.add(req.socket);
      // Answered before the body is read, as the servers answer a refused request.
      res.writeHead(403).end('refused');
      discardBody(req, res);
      req.once('end', () => listeners.push(req.socket.listenerCount('close')));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (let i = 0; i < 25; i++) {
        const status = await new Promise<number>((resolve, reject) => {
          const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', agent, headers: { 'content-length': '5' } }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode ?? 0));
          });
          req.on('error', reject);
          req.end('hello');
        });
        expect(status).toBe(403);
      }
    } finally {
      agent.destroy();
    }
    // One connection carried every request, and its listener count never grew.
    expect(sockets.size).toBe(1);
    expect(listeners).toHaveLength(25);
    expect(new Set(listeners).size).toBe(1);
  });
});
