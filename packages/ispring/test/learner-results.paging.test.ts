// Paging of ispring.learners.results.list against a local server that serves the results in
// several pages chained by `nextPageToken`, as iSpring Learn does.

import type { ServerResponse } from 'node:http';
import { inspect } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../../../test-support/start-test-server.js';
import {
  AbortError,
  ApiError,
  type CursorCheckpoint,
  createIspring,
  type IspringOptions,
  type LearnerResult,
  PageLimitError,
  type TokenCursor,
} from '../src/index.js';
import { learnerResult, resultsPage } from './learner-results-xml.js';

const TOKEN = 'access-7c1d9e2f4a6b0d8e';
const rows = [1, 2, 3, 4, 5, 6].map(learnerResult);
// Three pages by token; the third row is sent again at the top of the second page (a row that
// moved while paging), which the pager drops by its enrollmentId.
const pages: Record<string, { rows: LearnerResult[]; next?: string }> = {
  '': { rows: rows.slice(0, 3), next: 'page-2' },
  'page-2': { rows: rows.slice(2, 5), next: 'page-3' },
  'page-3': { rows: rows.slice(5) },
};

const sendXml = (res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}) =>
  res.writeHead(status, { 'content-type': 'application/xml; charset=utf-8', ...headers }).end(body);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
beforeEach(() => {
  server.arrivals.length = 0;
  server.handler = (_req, res, url) => {
    const token = url.searchParams.get('pageToken') ?? '';
    const page = pages[token];
    if (!page) return sendXml(res, 400, '<response><error>unknown pageToken</error></response>');
    sendXml(res, 200, resultsPage(page.rows, page.next), { 'x-request-id': `req-${token || 'first'}` });
  };
});

const client = (options: Partial<IspringOptions> = {}) =>
  createIspring({ token: TOKEN, baseUrl: server.url, retry: { baseDelayMs: 1, maxDelayMs: 5 }, ...options });
const tokensAsked = () => server.arrivals.map((r) => r.url.searchParams.get('pageToken'));

describe('learners.results.list paging by token', () => {
  it('yields every row across the pages, item by item, without the repeat', async () => {
    const seen: LearnerResult[] = [];
    for await (const row of client().learners.results.list({ userIds: ['114dba08-a75e-11eb-b4e5-0242ac13002a'], pageSize: 3 })) seen.push(row);
    expect(seen).toEqual(rows);
    expect(tokensAsked()).toEqual([null, 'page-2', 'page-3']);
    // Every page repeats the filters and the page size; only the token changes.
    for (const { url, headers } of server.arrivals) {
      expect(url.searchParams.getAll('userIds[]')).toEqual(['114dba08-a75e-11eb-b4e5-0242ac13002a']);
      expect(url.searchParams.get('pageSize')).toBe('3');
      expect(headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(headers.accept).toBe('application/xml');
    }
  });

  it('gives pages with their tokens, row counts and raw responses', async () => {
    const seen = [];
    for await (const page of client().learners.results.list().pages()) {
      seen.push({
        items: page.items.map((r) => r.courseTitle),
        cursor: page.cursor,
        next: page.next,
        received: page.received,
        requestId: page.response.headers.get('x-request-id'),
        status: page.response.status,
      });
    }
    expect(seen).toEqual([
      { items: ['Course 1', 'Course 2', 'Course 3'], cursor: {}, next: { token: 'page-2' }, received: 3, requestId: 'req-first', status: 200 },
      { items: ['Course 4', 'Course 5'], cursor: { token: 'page-2' }, next: { token: 'page-3' }, received: 3, requestId: 'req-page-2', status: 200 },
      { items: ['Course 6'], cursor: { token: 'page-3' }, next: undefined, received: 1, requestId: 'req-page-3', status: 200 },
    ]);
  });

  it('collects at most `max` rows without reading further pages', async () => {
    expect((await client().learners.results.list().toArray({ max: 2 })).map((r) => r.timeSpent)).toEqual([1, 2]);
    expect(tokensAsked()).toEqual([null]);
  });

  it('resumes from a saved JSON checkpoint with no row lost or repeated', async () => {
    const first = client().learners.results.list({ pageSize: 3 });
    const before: LearnerResult[] = [];
    for await (const row of first) {
      before.push(row);
      if (before.length === 4) break;
    }
    const saved = JSON.parse(JSON.stringify(first.checkpoint)) as CursorCheckpoint<TokenCursor>;
    expect(saved).toEqual({ cursor: { token: 'page-2' }, skip: 2, seen: rows.slice(0, 3).map((r) => r.enrollmentId), done: false });

    server.arrivals.length = 0;
    const after = await client().learners.results.list({ pageSize: 3 }, { resume: saved }).toArray({ max: 100 });
    expect([...before, ...after]).toEqual(rows);
    // The half-read page is asked for again by its own token, then the listing goes on.
    expect(tokensAsked()).toEqual(['page-2', 'page-3']);
  });

  it('stops between pages when the signal aborts', async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const run = async () => {
      for await (const row of client().learners.results.list({}, { signal: controller.signal })) {
        seen.push(row.courseTitle);
        if (seen.length === 3) controller.abort(new Error('user stop'));
      }
    };
    await expect(run()).rejects.toBeInstanceOf(AbortError);
    expect(seen).toEqual(['Course 1', 'Course 2', 'Course 3']);
    expect(tokensAsked()).toEqual([null]);
  });

  it('stops a request in flight when the signal aborts', async () => {
    server.handler = () => {}; // never answers
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await expect(client().learners.results.list({}, { signal: controller.signal }).toArray({ max: 1 })).rejects.toBeInstanceOf(AbortError);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it('rides out a 503 and a cut-off body on the way', async () => {
    const serve = server.handler;
    let calls = 0;
    server.handler = (req, res, url) => {
      calls++;
      if (calls === 2) return sendXml(res, 503, '<response><error>busy</error></response>', { 'retry-after': '0' });
      if (calls === 4) return sendXml(res, 200, resultsPage(rows.slice(5)).slice(0, 60)); // cut off mid-document
      serve(req, res, url);
    };
    expect(await client().learners.results.list().toArray({ max: 100 })).toEqual(rows);
    expect(tokensAsked()).toEqual([null, 'page-2', 'page-2', 'page-3', 'page-3']);
  });

  it('stops a listing that never ends at maxPages', async () => {
    server.handler = (_req, res) => sendXml(res, 200, resultsPage([learnerResult(1)], 'again'));
    await expect(client().learners.results.list({}, { maxPages: 3 }).toArray({ max: 100 })).rejects.toBeInstanceOf(PageLimitError);
    expect(server.arrivals).toHaveLength(3);
  });

  it('fails with an ApiError that never shows the token, even when the server echoes it', async () => {
    server.handler = (req, res) => sendXml(res, 401, `<response><error>token ${String(req.headers.authorization)} expired</error></response>`);
    const error = (await client({ retry: false })
      .learners.results.list()
      .toArray({ max: 1 })
      .catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(401);
    for (const shown of [error.message, error.body, JSON.stringify(error), inspect(error, { depth: 10 })]) expect(shown).not.toContain(TOKEN.slice(8, 20));
  });
});
