// Requests meant to hurt the sandbox, sent to the real CLI process: 600 MB bodies (with and
// without a key, chunked and announced), paths that are not valid percent-encoding, and an
// oversized control request. It answers 400/403/413, keeps serving, and its peak memory stays far
// below the size of the bodies it was sent.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rawRequest } from '../../../test-support/raw-request.js';
import { type CliSandbox, peakRss, startCliSandbox } from './cli-process.js';

const MB = 1024 * 1024;
const HUGE = 600 * MB;

let sandbox: CliSandbox;
beforeAll(async () => {
  sandbox = await startCliSandbox(['--users', '50', '--seed', '4', '--rate-limit', 'off', '--clock', 'frozen', '--now', '2026-11-24T12:00:00Z']);
});
afterAll(async () => {
  sandbox.child.kill('SIGTERM');
  await sandbox.exited;
});

interface Upload {
  readonly status: number;
  readonly text: string;
  /** Bytes written before the answer came. */
  readonly sent: number;
}

/** Streams up to `total` bytes as the body of a request (never holding more than 1 MiB) and stops once the answer arrives. */
function upload(target: string, headers: Record<string, string | number>, total: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = request(new URL(target), { method: 'POST', headers });
    req.on('response', (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, text, sent });
        req.destroy();
      });
      res.on('error', () => resolve({ status: res.statusCode ?? 0, text, sent }));
    });
    req.on('error', (error) => {
      if (!answered) reject(error);
    });
    const chunk = Buffer.alloc(MB, 0x61);
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!answered) req.end();
    };
    pump();
  });
}

/** A GET with a raw request target (no URL normalisation on the way). */
const rawGet = (path: string, headers: Record<string, string> = {}) => rawRequest(sandbox.origin, { path, headers });

const alive = async () => (await fetch(`${sandbox.url}/teams?source=hostile`, { headers: { apikey: 'sandbox-api-key' } })).status;

describe('600 MB bodies', () => {
  test('without a key: 403 before the body is read', async () => {
    const reply = await upload(`${sandbox.url}/users?source=hostile`, { 'content-type': 'application/xml' }, HUGE);
    expect(reply.status).toBe(403);
    expect(reply.text).toContain('Invalid API key');
    expect(reply.sent).toBeLessThan(HUGE);
    expect(await alive()).toBe(200);
  });

  test('with a key, streamed without a length: 413 once the bound is passed', async () => {
    const reply = await upload(`${sandbox.url}/users?source=hostile`, { apikey: 'sandbox-api-key', 'content-type': 'application/xml' }, HUGE);
    expect(reply.status).toBe(413);
    expect(reply.sent).toBeLessThan(HUGE);
    expect(await alive()).toBe(200);
  });

  test('with a key and a 600 MB Content-Length: 413 at once', async () => {
    const reply = await upload(
      `${sandbox.url}/users?source=hostile`,
      { apikey: 'sandbox-api-key', 'content-type': 'application/xml', 'content-length': HUGE },
      HUGE,
    );
    expect(reply.status).toBe(413);
    expect(reply.sent).toBeLessThan(HUGE);
    expect(await alive()).toBe(200);
  });

  test('to the control API: 413 past 64 KiB', async () => {
    const reply = await upload(`${sandbox.origin}/__sandbox/reset`, { 'content-type': 'application/json' }, HUGE);
    expect(reply.status).toBe(413);
    expect(await alive()).toBe(200);
  });

  test('the process never held the bodies: peak memory stays far below 600 MB', () => {
    const peak = peakRss(sandbox.child.pid!);
    if (peak === undefined) return; // not Linux: no /proc to read
    console.log(`sandbox peak RSS after the 600 MB bodies: ${Math.round(peak / MB)} MB`);
    expect(peak).toBeLessThan(300 * MB);
  });
});

describe('paths that are not valid percent-encoding', () => {
  test.each(['/%E0%A4%A', '/v1.svc/users/%E0%A4%A', '/v1.svc/%ZZ', '/__sandbox/%E0%A4%A'])('%s gets 400, and the sandbox keeps serving', async (path) => {
    const reply = await rawGet(`${path}?source=hostile`, { apikey: 'sandbox-api-key' });
    expect(reply.status).toBe(400);
    expect(reply.text).toContain('Invalid URL');
    expect(await alive()).toBe(200);
  });
});
