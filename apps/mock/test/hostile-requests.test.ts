// No request can take the mock down: a URL it cannot percent-decode is answered 400 (Prism's own
// path decoder throws an uncaught URIError that ends the process), a body over the bound is
// refused with 413 while it streams in, without the process's memory growing with it, and a
// body that is not JSON gets 400 (Prism never answers it). After each, the mock still serves.
import { request } from 'node:http';
import { createRequire } from 'node:module';
import { DEFAULT_MAX_BODY_BYTES, type RunningMock, startMock } from '@litmos-kit/mock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../../../test-support/raw-request.js';

const MB = 1024 * 1024;

let mock: RunningMock;
beforeAll(async () => {
  mock = await startMock({ port: 0 });
});
afterAll(() => mock?.close());

/** A request with the target sent exactly as written (fetch would normalise some of it). */
const raw = (base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  rawRequest(base, { ...init, path });

/** The mock answers an ordinary request, so the process survived what came before. */
async function expectStillServing(base: string) {
  const answer = await raw(base, '/v1.svc/users?source=t&format=json', { headers: { apikey: 'k' } });
  expect(answer.status).toBe(200);
  expect(JSON.parse(answer.text)).toHaveLength(2);
}

/**
 * Streams up to `total` bytes of body (chunked, or with a Content-Length announcing them all),
 * stopping when the answer arrives. Meanwhile it samples this process's resident memory, which
 * is also the mock's: the mock runs in-process.
 */
function offerBody(base: string, total: number, announce: boolean) {
  const url = new URL(base);
  const chunk = Buffer.alloc(64 * 1024, 0x7b);
  const before = process.memoryUsage().rss;
  let peak = 0;
  const sample = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss - before);
  }, 5);
  return new Promise<{ status: number; sent: number; text: string; peakGrowth: number }>((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const headers: Record<string, string> = { apikey: 'k', 'content-type': 'application/json' };
    if (announce) headers['content-length'] = String(total);
    const req = request({ host: url.hostname, port: url.port, method: 'POST', path: '/v1.svc/users?source=t', headers }, (res) => {
      answered = true;
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (part: string) => {
        text += part;
      });
      res.on('end', () => {
        clearInterval(sample);
        resolve({ status: res.statusCode ?? 0, sent, text, peakGrowth: Math.max(peak, process.memoryUsage().rss - before) });
      });
    });
    // Once the mock has answered and closed the connection, writing fails: that is expected.
    req.on('error', (error) => {
      if (!answered) {
        clearInterval(sample);
        reject(error);
      }
    });
    const pump = () => {
      while (!answered && sent < total) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

describe('URLs that do not percent-decode', () => {
  it.each(['/%E0%A4%A', '/v1.svc/users/%E0%A4%A?source=t', '/users/%E0%A4%A?source=t', '/v1.svc/users/%?source=t', '/v1.svc/users?source=%E0%A4%A'])(
    'GET %s → 400, and the mock keeps serving',
    async (path) => {
      const answer = await raw(mock.url, path, { headers: { apikey: 'k' } });
      expect(answer.status).toBe(400);
      expect(answer.text).toContain('Bad Request - Invalid URL');
      await expectStillServing(mock.url);
    },
  );
});

describe('request bodies are bounded', () => {
  it(`a 600 MB body streamed without a length is refused with 413 after about ${DEFAULT_MAX_BODY_BYTES / MB} MB, memory flat`, async () => {
    const result = await offerBody(mock.url, 600 * MB, false);
    expect(result.status).toBe(413);
    expect(result.text).toContain('Request Entity Too Large');
    // The mock stopped reading long before the end of the body, and held no copy of it.
    expect(result.sent).toBeLessThan(100 * MB);
    expect(result.peakGrowth).toBeLessThan(200 * MB);
    await expectStillServing(mock.url);
  });

  it('a body whose Content-Length says 600 MB is refused with 413 before it is read', async () => {
    const result = await offerBody(mock.url, 600 * MB, true);
    expect(result.status).toBe(413);
    expect(result.sent).toBeLessThan(100 * MB);
    expect(result.peakGrowth).toBeLessThan(200 * MB);
    await expectStillServing(mock.url);
  });

  it('maxBodyBytes sets the bound: a body at the bound is read, one byte more is not', async () => {
    const small = await startMock({ port: 0, maxBodyBytes: 200 });
    try {
      const body = (size: number) => `{"UserName":"${'a'.repeat(size - 15)}"}`;
      expect(body(200)).toHaveLength(200);
      const at = await raw(small.url, '/v1.svc/users?source=t', {
        method: 'POST',
        headers: { apikey: 'k', 'content-type': 'application/json' },
        body: body(200),
      });
      // Read and validated (the body lacks required fields), not refused for its size.
      expect(at.status).toBe(400);
      expect(at.text).toContain('Please check the xml/json in the body of the request');
      const over = await raw(small.url, '/v1.svc/users?source=t', {
        method: 'POST',
        headers: { apikey: 'k', 'content-type': 'application/json' },
        body: body(201),
      });
      expect(over.status).toBe(413);
      await expectStillServing(small.url);
    } finally {
      await small.close();
    }
  });

  it('rejects a maxBodyBytes that is not a whole number of bytes', async () => {
    await expect(startMock({ maxBodyBytes: -1 })).rejects.toThrow(TypeError);
    await expect(startMock({ maxBodyBytes: Number.NaN })).rejects.toThrow(TypeError);
  });
});

describe('bodies Prism would never answer', () => {
  it('a body sent as JSON that does not parse gets 400 instead of a hung connection', async () => {
    const answer = await raw(mock.url, '/v1.svc/users?source=t&format=json', {
      method: 'POST',
      headers: { apikey: 'k', 'content-type': 'application/json' },
      body: '{"UserName": 5',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.text)).toEqual({ Detail: 'Please check the xml/json in the body of the request' });
    await expectStillServing(mock.url);
  });
});

describe('a peer spec keeps Prism answers, with the same protections', () => {
  const require = createRequire(import.meta.url);
  let peer: RunningMock;
  beforeAll(async () => {
    peer = await startMock({ port: 0, specPath: require.resolve('@litmos-kit/spec/ispring.yaml') });
  });
  afterAll(() => peer?.close());

  it("answers an unknown path with Prism's problem+json, not WCF's page", async () => {
    const answer = await raw(peer.url, '/nothing');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toMatch(/problem\+json/);
  });

  it('answers an undecodable URL with 400 and an oversized body with 413', async () => {
    expect((await raw(peer.url, '/learners/%E0%A4%A')).status).toBe(400);
    const result = await offerBody(peer.url, 600 * MB, false);
    expect(result.status).toBe(413);
    expect(result.peakGrowth).toBeLessThan(200 * MB);
  });
});
