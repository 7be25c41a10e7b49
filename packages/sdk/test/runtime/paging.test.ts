// Paging against a real local server: offsets, de-duplication, 503s in the middle of a list,
// abort, the page cap and resuming from a checkpoint.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LitmosAbortError, LitmosPageLimitError, type PagerCheckpoint, RateLimitError } from '../../src/index.js';
import { achievement, testClient } from './fixtures.js';
import { sendJson, stall, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const records = Array.from({ length: 25 }, (_, i) => achievement(i));
const titles = (items: readonly { Title: string }[]) => items.map((a) => a.Title);

/** Serves `records` like Litmos: the page at `start` is `limit` records from there. */
function serveList(list = records, override: (start: number, limit: number) => unknown[] | undefined = () => undefined) {
  server.arrivals.length = 0;
  server.handler = (_req, res, url) => {
    const start = Number(url.searchParams.get('start'));
    const limit = Number(url.searchParams.get('limit'));
    sendJson(res, 200, override(start, limit) ?? list.slice(start, start + limit));
  };
}
const starts = () => server.arrivals.map((a) => Number(a.url.searchParams.get('start')));

describe('paging', () => {
  it('advances by the records received, drops repeats across a boundary and stops at a short page', async () => {
    // Litmos can send more than `limit` records, and the next page can repeat the last one.
    serveList(records, (start) => (start === 10 ? records.slice(9, 21) : undefined));
    const got = await testClient(server.url).achievements.list({ limit: 10 }).toArray({ max: 100 });
    expect(starts()).toEqual([0, 10, 22]);
    expect(titles(got)).toEqual(titles([...records.slice(0, 21), ...records.slice(22)]));
    expect(new Set(titles(got)).size).toBe(got.length);
  });

  it('yields pages with their raw Response, start and next', async () => {
    serveList();
    const pages = [];
    for await (const page of testClient(server.url).achievements.list({ limit: 10 }).pages()) pages.push(page);
    expect(pages.map((p) => [p.start, p.next, p.items.length])).toEqual([
      [0, 10, 10],
      [10, 20, 10],
      [20, 25, 5],
    ]);
    expect(pages[0]?.response.status).toBe(200);
    expect(pages[0]?.response.headers.get('content-type')).toContain('application/json');
  });

  it('waits out a 503 in the middle of a list and replays the page, rather than ending the list short', async () => {
    serveList();
    const base = server.handler;
    let first = true;
    server.handler = (req, res, url) => {
      if (url.searchParams.get('start') === '10' && first) {
        first = false;
        return sendJson(res, 503, { Detail: 'Rating Limit Exceeded' });
      }
      return base(req, res, url);
    };
    const litmos = testClient(server.url, { rateLimit: { limit: 100, windowMs: 200 } });
    const got = await litmos.achievements.list({ limit: 10 }).toArray({ max: 100 });
    expect(titles(got)).toEqual(titles(records));
    expect(starts()).toEqual([0, 10, 10, 20]);
  });

  it('throws when 503s outlast the retries, instead of returning what it has', async () => {
    serveList();
    const base = server.handler;
    server.handler = (req, res, url) =>
      url.searchParams.get('start') === '10' ? sendJson(res, 503, { Detail: 'Rating Limit Exceeded' }) : base(req, res, url);
    const error = await testClient(server.url, { retry: { maxAttempts: 2, baseDelayMs: 5 } })
      .achievements.list({ limit: 10 })
      .toArray({ max: 100 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).attempts).toBe(2);
    expect(starts()).toEqual([0, 10, 10]);
  });

  it('stops between pages when the signal aborts', async () => {
    serveList();
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const item of testClient(server.url).achievements.list({ limit: 10 }, { signal: controller.signal })) {
        seen.push(item.Title);
        if (seen.length === 10) controller.abort();
      }
    };
    await expect(run()).rejects.toBeInstanceOf(LitmosAbortError);
    expect(seen).toHaveLength(10);
    expect(starts()).toEqual([0]);
  });

  it('aborts a page request that is in flight', async () => {
    serveList();
    const base = server.handler;
    const controller = new AbortController();
    // Aborted once the second page's request is at the server (a fixed delay would race it on a loaded machine).
    let started = 0;
    server.handler = async (req, res, url) => {
      if (url.searchParams.get('start') !== '10') return base(req, res, url);
      started = performance.now();
      controller.abort();
      await stall(res, 10_000);
    };
    const pager = testClient(server.url).achievements.list({ limit: 10 }, { signal: controller.signal });
    const pages = pager.pages();
    await pages.next();
    const second = pages.next();
    await expect(second).rejects.toBeInstanceOf(LitmosAbortError);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(starts()).toEqual([0, 10]);
  });

  it('stops a list that never ends at maxPages', async () => {
    serveList(records, (_start, limit) => Array.from({ length: limit }, (_, i) => achievement(Math.random() * 1e9 + i)));
    const pager = testClient(server.url).achievements.list({ limit: 10 }, { maxPages: 5 });
    const error = await pager.toArray({ max: 1_000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosPageLimitError);
    expect(server.arrivals).toHaveLength(5);
  });

  it('refuses an unbounded toArray and a bad maxPages before any request', () => {
    serveList();
    const litmos = testClient(server.url);
    expect(() => litmos.achievements.list({}, { maxPages: 0 })).toThrow(TypeError);
    return expect(litmos.achievements.list().toArray({} as never))
      .rejects.toThrow(/`max`/)
      .then(() => expect(server.arrivals).toHaveLength(0));
  });
});

describe('resuming from a checkpoint', () => {
  it('goes on from mid-page with no record lost or repeated, through JSON', async () => {
    serveList(records, (start) => (start === 10 ? records.slice(9, 21) : undefined));
    const first: string[] = [];
    const pager = testClient(server.url).achievements.list({ limit: 10 });
    for await (const item of pager) {
      first.push(item.Title);
      if (first.length === 14) break;
    }
    const saved = JSON.stringify(pager.checkpoint);
    expect(JSON.parse(saved)).toMatchObject({ start: 10, skip: 5, done: false });
    expect(pager.position).toBe(15);

    server.arrivals.length = 0;
    const rest = await testClient(server.url)
      .achievements.list({ limit: 10 }, { resume: JSON.parse(saved) as PagerCheckpoint })
      .toArray({ max: 100 });
    // The half-read page is fetched again and its first five records passed over.
    expect(starts()).toEqual([10, 22]);
    const all = [...first, ...titles(rest)];
    expect(all).toEqual(titles([...records.slice(0, 21), ...records.slice(22)]));
  });

  it('reports a fully read page as the position after it, and a finished list as done', async () => {
    serveList();
    const pager = testClient(server.url).achievements.list({ limit: 10 });
    const pages = pager.pages();
    await pages.next();
    expect(pager.checkpoint).toMatchObject({ start: 10, skip: 0, done: false });
    expect(pager.checkpoint.seen).toHaveLength(10);
    for await (const _ of pages);
    expect(pager.checkpoint.done).toBe(true);

    server.arrivals.length = 0;
    const again = await testClient(server.url).achievements.list({ limit: 10 }, { resume: pager.checkpoint }).toArray({ max: 10 });
    expect(again).toEqual([]);
    expect(server.arrivals).toHaveLength(0);
  });

  it('rejects a malformed checkpoint with a TypeError', () => {
    const litmos = testClient(server.url);
    expect(() => litmos.achievements.list({}, { resume: { start: -1, skip: 0, seen: [], done: false } })).toThrow(TypeError);
    expect(() => litmos.achievements.list({}, { resume: 'x' as never })).toThrow(TypeError);
  });
});
