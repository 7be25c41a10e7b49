// Paging of xbox.users.achievements.list against a local server that serves a user's
// achievements like Xbox Live: `skipItems` on the first request, then `continuationToken` from
// `pagingInfo`, pages of at most `maxItems` (sometimes fewer while more follow), `null` at the end.

import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/start-test-server.js';
import {
  AbortError,
  type Achievement,
  type ContinuationCursor,
  type CursorCheckpoint,
  createXbox,
  PageLimitError,
  TooManyRequestsError,
  type XboxOptions,
} from '../src/index.js';
import { achievement, achievementsPage } from './achievements-json.js';

const XUID = '2533274792693551';
const TOKEN = 'xsts-eyJhbGciOi-6d5c4b3a2918';
const all = Array.from({ length: 8 }, (_, i) => achievement(i + 1));

const sendJson = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(JSON.stringify(body));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.arrivals.length = 0;
  // The token is the offset of the next row, as in the seed's `continuationToken: "5"`. The
  // service answers a page of at most `maxItems`, but cuts the page at offset 4 short: a short
  // page with a token must not end the listing.
  server.handler = (_req, res, url) => {
    if (url.pathname !== `/users/xuid(${XUID})/achievements`) return sendJson(res, 404, { message: 'no such user' });
    const token = url.searchParams.get('continuationToken');
    const from = token === null ? Number(url.searchParams.get('skipItems') ?? 0) : Number(token);
    const max = Number(url.searchParams.get('maxItems') ?? 3);
    const to = Math.min(from + max, from < 4 ? 4 : all.length, all.length);
    sendJson(res, 200, achievementsPage(all.slice(from, to), to < all.length ? String(to) : null, all.length), { 'x-request-id': `req-${from}` });
  };
});

const client = (options: Partial<XboxOptions> = {}) =>
  createXbox({ authorization: { userHash: '1234567890123456789', token: TOKEN }, baseUrl: server.url, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });
const asked = () =>
  server.arrivals.map(({ url }) => [url.searchParams.get('skipItems'), url.searchParams.get('continuationToken'), url.searchParams.get('maxItems')]);

describe('users.achievements.list paging by continuation token', () => {
  it('yields every achievement across pages, skipping once and continuing by token', async () => {
    const seen: Achievement[] = [];
    for await (const row of client().users.achievements.list({ xuid: XUID, skipItems: 1, maxItems: 2 })) seen.push(row);
    expect(seen).toEqual(all.slice(1));
    expect(asked()).toEqual([
      ['1', null, '2'],
      [null, '3', '2'],
      [null, '4', '2'],
      [null, '6', '2'],
    ]);
    for (const { headers } of server.arrivals) {
      expect(headers.authorization).toBe(`XBL3.0 x=1234567890123456789;${TOKEN}`);
      expect(headers['x-xbl-contract-version']).toBe('2');
      expect(headers.accept).toBe('application/json');
    }
  });

  it('gives pages with their cursors, totals and raw responses', async () => {
    const seen = [];
    for await (const page of client()
      .users.achievements.list({ xuid: BigInt(XUID), maxItems: 3 })
      .pages()) {
      seen.push({
        ids: page.items.map((a) => a.id),
        cursor: page.cursor,
        next: page.next,
        total: page.total,
        requestId: page.response.headers.get('x-request-id'),
      });
    }
    expect(seen).toEqual([
      { ids: ['1', '2', '3'], cursor: {}, next: { token: '3' }, total: 8, requestId: 'req-0' },
      { ids: ['4'], cursor: { token: '3' }, next: { token: '4' }, total: 8, requestId: 'req-3' },
      { ids: ['5', '6', '7'], cursor: { token: '4' }, next: { token: '7' }, total: 8, requestId: 'req-4' },
      { ids: ['8'], cursor: { token: '7' }, next: undefined, total: 8, requestId: 'req-7' },
    ]);
  });

  it('collects at most `max` achievements without reading further pages', async () => {
    expect((await client().users.achievements.list({ xuid: XUID, maxItems: 3 }).toArray({ max: 3 })).map((a) => a.id)).toEqual(['1', '2', '3']);
    expect(server.arrivals).toHaveLength(1);
  });

  it('resumes from a saved JSON checkpoint with no achievement lost or repeated', async () => {
    const params = { xuid: XUID, skipItems: 1, maxItems: 2 };
    const first = client().users.achievements.list(params);
    const before: Achievement[] = [];
    for await (const row of first) {
      before.push(row);
      if (before.length === 4) break;
    }
    const saved = JSON.parse(JSON.stringify(first.checkpoint)) as CursorCheckpoint<ContinuationCursor>;
    expect(saved).toMatchObject({ cursor: { token: '4' }, skip: 1, done: false });

    server.arrivals.length = 0;
    const after = await client().users.achievements.list(params, { resume: saved }).toArray({ max: 100 });
    expect([...before, ...after]).toEqual(all.slice(1));
    // The half-read page is asked again by its token (never with skipItems again).
    expect(asked()).toEqual([
      [null, '4', '2'],
      [null, '6', '2'],
    ]);
  });

  it('resumes a checkpoint taken before the first page was finished with its skip', async () => {
    const first = client().users.achievements.list({ xuid: XUID, skipItems: 2, maxItems: 5 });
    for await (const row of first) if (row.id === '3') break;
    expect(first.checkpoint).toEqual({ cursor: { skip: 2 }, skip: 1, seen: [], done: false });
    server.arrivals.length = 0;
    const rest = await client().users.achievements.list({ xuid: XUID, skipItems: 2, maxItems: 5 }, { resume: first.checkpoint }).toArray({ max: 100 });
    expect(rest.map((a) => a.id)).toEqual(['4', '5', '6', '7', '8']);
    expect(asked()[0]).toEqual(['2', null, '5']);
  });

  it('stops between pages when the signal aborts', async () => {
    const controller = new AbortController();
    const run = async () => {
      for await (const row of client().users.achievements.list({ xuid: XUID, maxItems: 2 }, { signal: controller.signal }))
        if (row.id === '2') controller.abort();
    };
    await expect(run()).rejects.toBeInstanceOf(AbortError);
    expect(server.arrivals).toHaveLength(1);
  });

  it('replays a 429 after Retry-After and goes on', async () => {
    const serve = server.handler;
    let calls = 0;
    server.handler = (req, res, url) => (++calls === 2 ? sendJson(res, 429, { message: 'slow down' }, { 'retry-after': '0' }) : serve(req, res, url));
    expect(await client().users.achievements.list({ xuid: XUID, maxItems: 4 }).toArray({ max: 100 })).toEqual(all);
    expect(asked().map(([, token]) => token)).toEqual([null, '4', '4']);
  });

  it('fails with a TooManyRequestsError once the attempts are used', async () => {
    server.handler = (_req, res) => sendJson(res, 429, { message: 'slow down' }, { 'retry-after': '0' });
    const error = await client({ retry: { maxAttempts: 2, baseDelayMs: 1 } })
      .users.achievements.list({ xuid: XUID })
      .toArray({ max: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TooManyRequestsError);
    expect(error).toMatchObject({ status: 429, attempts: 2, detail: 'slow down', retryAfterMs: 0 });
  });

  it('stops a listing that never ends at maxPages', async () => {
    server.handler = (_req, res) => sendJson(res, 200, achievementsPage([achievement(1)], 'again', 1));
    await expect(client().users.achievements.list({ xuid: XUID }, { maxPages: 2 }).toArray({ max: 100 })).rejects.toBeInstanceOf(PageLimitError);
    expect(server.arrivals).toHaveLength(2);
  });

  it('never shows the token, even when the server echoes the credentials', async () => {
    server.handler = (req, res) => sendJson(res, 403, { message: `not allowed for ${String(req.headers.authorization)}` });
    const error = await client({ retry: false })
      .users.achievements.list({ xuid: XUID })
      .toArray({ max: 1 })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ApiError', status: 403 });
    expect(inspect(error, { depth: 10 }) + JSON.stringify(error)).not.toContain(TOKEN.slice(5, 17));
  });
});
