// The API key never shows: a GUID-shaped canary key goes through every error path, sent as the
// `apikey` header (the SDK's way) and as an `apikey` query parameter (a legacy proxy in a custom
// fetch). The server echoes it back everywhere it can: bodies, headers, HTML pages, invalid
// JSON (whose parse error quotes the text), and the custom fetch puts the URL in its errors,
// as node-fetch does. Then the key must be absent from the message, `url`, JSON, util.inspect
// (own properties and the whole `cause` chain), every log line and every hook event.
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLitmosError, type LitmosOptions } from '../../src/index.js';
import { achievement, CANARY_KEY, testClient } from './fixtures.js';
import { closedPort, sendJson, sendText, stall, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
let deadPort: number;
beforeAll(async () => {
  server = await startTestServer((req, res, url) => {
    const key = String(req.headers.apikey ?? url.searchParams.get('apikey') ?? 'none');
    const echo = { 'x-echo-key': key };
    switch (url.searchParams.get('search')) {
      case '4xx':
        return sendJson(res, 404, { Detail: `No user for key ${key}` }, echo);
      case '5xx':
        return sendText(res, 500, `<html><head><title>Error for ${key}</title></head><body>${key}</body></html>`, 'text/html', echo);
      case '503':
        return sendText(res, 503, `Rating Limit Exceeded for ${key}`, 'text/plain', echo);
      case 'html':
        return sendText(res, 200, `<html><body>Signed in as ${key}</body></html>`, 'text/html', echo);
      case 'json':
        // Starts with junk, so that V8 quotes the beginning of the text (and the key) in its error.
        return sendText(res, 200, `x${key}[{"UserId": "${key}" "Title"`, 'application/json', echo);
      case 'validation':
        return sendJson(res, 200, [{ ...achievement(1), Title: true, Description: key }], echo);
      case 'drift':
        // A field named after the key: field names are data too.
        return sendJson(res, 200, [{ ...achievement(1), [key]: key, Title: true }], echo);
      case 'slow':
        return stall(res, 10_000);
      default:
        return sendJson(res, 200, [achievement(1)], echo);
    }
  });
  deadPort = await closedPort();
});
afterAll(() => server.close());

/** A legacy proxy: moves the key from the header into the query, and names the URL in its errors. */
const queryKeyFetch: typeof fetch = async (input, init) => {
  const request = new Request(input, init);
  const url = new URL(request.url);
  url.searchParams.set('apikey', request.headers.get('apikey') ?? '');
  const headers = new Headers(request.headers);
  headers.delete('apikey');
  try {
    return await fetch(url, { method: request.method, headers, signal: init?.signal ?? request.signal });
  } catch (error) {
    throw new TypeError(`request to ${url} failed, reason: ${(error as Error).message}`, { cause: error });
  }
};

/** A logger that keeps every line, level first. */
function recordingLogger() {
  const lines: unknown[][] = [];
  const record =
    (level: string) =>
    (...args: unknown[]) =>
      void lines.push([level, ...args]);
  return { lines, logger: { error: record('error'), warn: record('warn'), info: record('info'), debug: record('debug') } };
}

// Neither the key nor any piece of it long enough to matter (a cut-off snippet).
const keyPieces = Array.from({ length: CANARY_KEY.length - 5 }, (_, i) => CANARY_KEY.slice(i, i + 6));

const modes = [
  ['header', {}],
  ['query parameter', { fetch: queryKeyFetch }],
] as const;

const paths = [
  ['a 4xx', { search: '4xx' }],
  ['a 5xx (retried)', { search: '5xx' }],
  ['a 503 (retried)', { search: '503' }],
  ['an HTML page (parse error)', { search: 'html' }],
  ['invalid JSON (parse error)', { search: 'json' }],
  ['a validation error', { search: 'validation' }],
  ['a timeout', { search: 'slow', timeout: true }],
  ['an abort', { search: 'slow', abort: true }],
  ['a refused connection', { search: 'ok', dead: true }],
] as const;

describe.each(modes)('the key sent as a %s', (_mode, modeOptions: Partial<LitmosOptions>) => {
  it.each(paths)('never shows in %s', async (_name, path) => {
    const { lines, logger } = recordingLogger();
    const events: unknown[] = [];
    const base = 'dead' in path ? `http://127.0.0.1:${deadPort}` : server.url;
    const litmos = testClient(base, {
      ...modeOptions,
      timeoutMs: 'timeout' in path ? 50 : 5_000,
      retry: { maxAttempts: 2, baseDelayMs: 1 },
      logger,
      logLevel: 'debug',
      validation: 'strict',
      hooks: {
        onRequest: (e) => void events.push(e), // The response itself is the server's, handed over as it came; every other field is checked.
        onResponse: (e) => void events.push({ ...e, response: undefined }),
        onError: (e) => void events.push(e),
      },
    });
    const controller = new AbortController();
    if ('abort' in path) setTimeout(() => controller.abort(), 30);
    const error = await litmos.achievements
      .list({ search: path.search }, { signal: controller.signal })
      .toArray({ max: 5 })
      .catch((e: unknown) => e);

    expect(isLitmosError(error)).toBe(true);
    const shown = [
      (error as Error).message,
      String((error as { url?: string }).url),
      JSON.stringify(error),
      inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      String((error as Error).stack),
      inspect(lines, { depth: Number.POSITIVE_INFINITY }),
      inspect(events, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    ];
    for (const text of shown) for (const piece of keyPieces) expect(text).not.toContain(piece);
    expect(lines.length).toBeGreaterThan(0);
    expect(events.length).toBeGreaterThan(0);
    // The test means something: the key reached the server, and where it came back, it was redacted.
    if (!('dead' in path)) {
      const arrival = server.arrivals.at(-1);
      expect(arrival?.headers.apikey ?? arrival?.url.searchParams.get('apikey')).toBe(CANARY_KEY);
    }
    if (['4xx', '5xx', '503', 'html', 'json', 'validation'].includes(path.search)) expect(shown[3]).toContain('[REDACTED]');
  });

  it('never shows in drift reports, even as a field name', async () => {
    const { lines, logger } = recordingLogger();
    const events: unknown[] = [];
    const litmos = testClient(server.url, { ...modeOptions, logger, logLevel: 'warn', hooks: { onDrift: (e) => void events.push(e) } });
    const rows = await litmos.achievements.list({ search: 'drift' }).toArray({ max: 5 });
    // The row is handed over as it came (the caller's data); reports about it are scrubbed.
    expect(rows[0]).toHaveProperty(CANARY_KEY);
    const shown = [inspect(lines, { depth: Number.POSITIVE_INFINITY }), inspect(events, { depth: Number.POSITIVE_INFINITY, showHidden: true })];
    for (const text of shown) for (const piece of keyPieces) expect(text).not.toContain(piece);
    expect(events).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'unknown', path: '[].[REDACTED]' }),
        expect.objectContaining({ kind: 'mismatch', path: '[].Title' }),
      ]),
    );
    expect(shown[0]).toContain('[REDACTED]');
  });
});

describe('the response a page carries', () => {
  it('shows the URL the request went to, and the key nowhere, whether or not the URL holds it', async () => {
    const litmos = testClient(server.url);
    // No secret in the URL: the runtime's own response, whose URL is the request's.
    const firstPage = async (pager: { pages(): AsyncIterable<{ response: Response; items: readonly unknown[] }> }) => {
      for await (const page of pager.pages()) return page;
      return undefined;
    };
    const plain = await firstPage(litmos.achievements.list({ limit: 5 }));
    const sent = server.arrivals.at(-1)?.url;
    expect(plain?.response.url).toBe(`${server.url}${sent?.pathname}${sent?.search}`);
    expect(plain?.items).toHaveLength(1);
    // The key passed by mistake as a filter: it went to the server, and the response hides it.
    const leaky = await firstPage(litmos.achievements.list({ limit: 5, userid: CANARY_KEY }));
    expect(server.arrivals.at(-1)?.url.searchParams.get('userid')).toBe(CANARY_KEY);
    expect(leaky?.response.url).toContain('userid=[REDACTED]');
    for (const piece of keyPieces) expect(leaky?.response.url).not.toContain(piece);
  });
});
