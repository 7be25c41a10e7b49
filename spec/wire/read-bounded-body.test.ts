// The body reader both local servers use, against a real HTTP server on 127.0.0.1: bodies within
// the bound are read whole, larger ones are refused while they stream, and the refusal reaches a
// client that is still uploading instead of being lost to a connection reset.
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
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

/**
 * Uploads up to `total` bytes in 64 KiB chunks (with a Content-Length when `announce`), stopping
 * when the answer arrives; resolves with the answer, how much was sent and whether the
 * connection was closed by the server afterwards.
 */
function upload(port: number, total: number, announce: boolean, keepSending = false) {
  const chunk = Buffer.alloc(64 * 1024, 0x61);
  return new Promise<{ status: number; text: string; sent: number; closed: Promise<void> }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = announce ? { 'content-length': String(total) } : {};
    const req = request({ host: '127.0.0.1', port, method: 'POST', path: '/', headers }, (res) => {
      answered = !keepSending;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => (text += part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text, sent, closed: new Promise((done) => req.socket?.once('close', () => done())) }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (sent >= total) req.end();
    };
    pump();
  });
}

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
