// Hooks, the logger and an injected fetch, against a real local server.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LitmosErrorEvent, LitmosRequestEvent, LitmosResponseEvent } from '../../src/index.js';
import { achievement, testClient } from './fixtures.js';
import { sendJson, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
afterEach(() => vi.restoreAllMocks());

/** Fails the first request with a 500, then answers. */
function failOnce() {
  let n = 0;
  server.handler = (_req, res) => (n++ === 0 ? sendJson(res, 500, { Detail: 'boom' }) : sendJson(res, 200, [achievement(1)], { 'x-request-id': 'r-2' }));
}

function recorder() {
  const lines: [string, string, Record<string, unknown> | undefined][] = [];
  const at = (level: string) => (message: string, fields?: Record<string, unknown>) => void lines.push([level, message, fields]);
  return { lines, logger: { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') } };
}

describe('hooks', () => {
  it('sees every attempt: request, error with the retry decision, request again, response', async () => {
    failOnce();
    const seen: [string, unknown][] = [];
    const litmos = testClient(server.url, {
      hooks: {
        onRequest: (e: LitmosRequestEvent) => void seen.push(['request', e.attempt]),
        onError: (e: LitmosErrorEvent) => void seen.push(['error', { attempt: e.attempt, status: e.error.status, willRetry: e.willRetry }]),
        onResponse: async (e: LitmosResponseEvent) => {
          // The hook gets its own copy of the response: reading it leaves the SDK's intact.
          seen.push(['response', { attempt: e.attempt, status: e.status, requestId: e.requestId, body: (await e.response.json())[0].UserId }]);
        },
      },
    });
    await expect(litmos.achievements.list().toArray({ max: 5 })).resolves.toHaveLength(1);
    expect(seen).toEqual([
      ['request', 1],
      ['error', { attempt: 1, status: 500, willRetry: true }],
      ['request', 2],
      ['response', { attempt: 2, status: 200, requestId: 'r-2', body: 'U1' }],
    ]);
  });

  it('ignores a hook that throws, and logs it', async () => {
    server.handler = (_req, res) => sendJson(res, 200, []);
    const { lines, logger } = recorder();
    const litmos = testClient(server.url, { logger, hooks: { onRequest: () => Promise.reject(new Error('hook broke')) } });
    await expect(litmos.achievements.list().toArray({ max: 1 })).resolves.toEqual([]);
    expect(lines).toContainEqual(['warn', 'litmos: the onRequest hook threw; ignored', { error: 'hook broke' }]);
  });

  it('rejects a hook that is not a function', () => {
    expect(() => testClient(server.url, { hooks: { onError: 'no' as never } })).toThrow(/hooks.onError/);
  });
});

describe('logging', () => {
  it('is silent by default: nothing reaches the console', async () => {
    failOnce();
    const spies = (['log', 'debug', 'info', 'warn', 'error'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {}));
    await testClient(server.url).achievements.list().toArray({ max: 1 });
    for (const spy of spies) expect(spy).not.toHaveBeenCalled();
  });

  it('at debug, logs every attempt and the retry', async () => {
    failOnce();
    const { lines, logger } = recorder();
    await testClient(server.url, { logger, logLevel: 'debug' }).achievements.list().toArray({ max: 1 });
    const messages = lines.map(([level, message]) => `${level} ${message.replace(/\d+ ms/, 'N ms').replace(/http:\/\/\S+/, 'URL')}`);
    expect(messages).toEqual([
      'debug litmos: → GET URL',
      'warn litmos: retrying GET URL in N ms after InternalServerError (attempt 1 of 4)',
      'debug litmos: → GET URL',
      'debug litmos: ← 200 GET URL in N ms',
    ]);
    expect(lines[0]?.[1]).toContain(`${server.url}/achievements?`);
  });

  it('with a logger and no level, logs retries and failures but not each request', async () => {
    server.handler = (_req, res) => sendJson(res, 404, { Detail: 'gone' });
    const { lines, logger } = recorder();
    await testClient(server.url, { logger })
      .achievements.list()
      .toArray({ max: 1 })
      .catch(() => {});
    expect(lines.map(([level]) => level)).toEqual(['error']);
    expect(lines[0]?.[1]).toMatch(/failed after 1 attempt: .*failed with 404: gone/);
    expect(lines[0]?.[2]).toMatchObject({ error: { name: 'NotFoundError', status: 404 } });
  });

  it('rejects a bad logger or level', () => {
    expect(() => testClient(server.url, { logger: {} as never })).toThrow(/`logger`/);
    expect(() => testClient(server.url, { logLevel: 'loud' as never })).toThrow(/`logLevel`/);
  });
});

describe('injected fetch', () => {
  it('sends every request through it', async () => {
    server.handler = (_req, res) => sendJson(res, 200, []);
    const sent: string[] = [];
    const litmos = testClient(server.url, {
      fetch: (input, init) => {
        sent.push(new Request(input, init).headers.get('apikey') ? 'with key' : 'without key');
        return fetch(input, init);
      },
    });
    await litmos.achievements.list().toArray({ max: 1 });
    expect(sent).toEqual(['with key']);
  });
});
