// #17 item 2: no response can exhaust memory. A body is counted as it streams in (after
// decompression) and the read stops with LitmosResponseTooLargeError once it passes
// `maxResponseBytes` (32 MiB by default). The memory checks run the SDK in a child process
// (measured alone, and an out-of-memory crash there cannot take the test run down) against a
// real server here that sends 200 MB of XML, or a gzip bomb that inflates to 256 MB.
import { execFile } from 'node:child_process';
import type { ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { createGzip } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitmosResponseTooLargeError } from '../../src/index.js';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson, startTestServer, type TestServer } from '../runtime/http-server.js';
import { expectNoKey, observe } from './observe.js';

const run = promisify(execFile);
const MB = 1024 * 1024;
const ROW = '<Achievement><UserId>U1</UserId><Title>Course 1</Title><Type>Course</Type></Achievement>';
const CHUNK = Buffer.from(ROW.repeat(Math.ceil(65_536 / ROW.length)));

let server: TestServer;
let bomb: Buffer;
/** Bytes the server managed to write before the client hung up, per request. */
const written: number[] = [];

/** Writes `total` bytes of XML rows, respecting backpressure, until done or the client goes away. */
async function stream(res: ServerResponse, total: number): Promise<void> {
  let sent = 0;
  let closed = false;
  let wake = () => {};
  res.on('close', () => {
    closed = true;
    wake();
  });
  res.on('drain', () => wake());
  res.write('<Achievements>');
  while (sent < total && !closed) {
    if (!res.write(CHUNK))
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    sent += CHUNK.length;
  }
  written.push(sent);
  if (!closed) res.end('</Achievements>');
}

/** 256 MB of XML rows, gzipped (about 1 MB). */
async function makeBomb(): Promise<Buffer> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (chunk: Buffer) => out.push(chunk));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write('<Achievements>');
  for (let n = 0; n < 256 * MB; n += CHUNK.length) if (!gzip.write(CHUNK)) await new Promise((resolve) => gzip.once('drain', resolve));
  gzip.end('</Achievements>');
  await ended;
  return Buffer.concat(out);
}

beforeAll(async () => {
  [server, bomb] = await Promise.all([startTestServer(), makeBomb()]);
  server.handler = (_req, res, url) => {
    switch (url.searchParams.get('search')) {
      case 'huge':
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
        return stream(res, 200 * MB);
      case 'bomb':
        res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8', 'content-encoding': 'gzip', 'content-length': bomb.length });
        return void res.end(bomb);
      case 'declared':
        // Announces 100 MB; the client need not read a byte of it.
        res.writeHead(200, { 'content-type': 'application/xml', 'content-length': 100 * MB });
        return stream(res, 100 * MB);
      default:
        return sendJson(res, 200, [achievement(1)]);
    }
  };
}, 120_000);
afterAll(() => server.close());

describe('in a child process, memory stays bounded', () => {
  const probe = new URL('./response-size-probe.mjs', import.meta.url).pathname;
  it.each([
    ['200 MB of XML, streamed without a length', 'huge'],
    ['a gzip bomb (about 1 MB inflating to 256 MB)', 'bomb'],
    ['a body announced as 100 MB', 'declared'],
  ])('%s ends with LitmosResponseTooLargeError', async (_name, search) => {
    written.length = 0;
    const { stdout } = await run(process.execPath, [probe, server.url, search], { maxBuffer: MB });
    const result = JSON.parse(stdout) as { outcome: string; name: string; limitBytes: number; status: number; peakRssMb: number };
    console.log(`${search}: peak RSS ${result.peakRssMb} MB, server wrote ${written.map((b) => Math.round(b / MB)).join(', ') || 'n/a'} MB`);
    expect(result).toMatchObject({ outcome: 'error', name: 'LitmosResponseTooLargeError', limitBytes: 32 * MB, status: 200 });
    // Node with the SDK loaded takes about 60 MB; the 32 MiB read adds about as much again.
    // Reading 200 MB and parsing it took gigabytes (and a 600 KB bomb crashed the process).
    expect(result.peakRssMb).toBeLessThan(320);
    // The read stopped: the server could not hand over the whole body (socket buffers hold a few MB).
    for (const bytes of written) expect(bytes).toBeLessThan(96 * MB);
  });
});

describe('maxResponseBytes', () => {
  it('lets a body of exactly the limit through and stops one byte more, without retrying', async () => {
    const body = JSON.stringify([achievement(1)]);
    const size = Buffer.byteLength(body);
    await expect(testClient(server.url, { maxResponseBytes: size }).achievements.list().toArray({ max: 5 })).resolves.toHaveLength(1);
    server.arrivals.length = 0;
    const { lines, events, options } = observe();
    const error = await testClient(server.url, { maxResponseBytes: size - 1, ...options })
      .achievements.list()
      .toArray({ max: 5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosResponseTooLargeError);
    expect(error).toMatchObject({ limitBytes: size - 1, status: 200, attempts: 1 });
    expect(server.arrivals).toHaveLength(1);
    expectNoKey(error, lines, events);
  });

  it('is checked when the client is created', () => {
    expect(() => testClient(server.url, { maxResponseBytes: 0 })).toThrow(TypeError);
    expect(() => testClient(server.url, { maxResponseBytes: 1.5 })).toThrow(/`maxResponseBytes`/);
  });
});
