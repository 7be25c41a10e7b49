// Delta listings (/org/*) against a real local server: 7-day windows in Litmos' format, the
// future `to`, de-duplication at window boundaries and resuming an interrupted export.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { PagerCheckpoint } from '../../src/index.js';
import { orgUser, testClient } from './fixtures.js';
import { sendJson, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const DAY = 86_400_000;
const asDate = (litmos: string | null) => Date.parse(`${(litmos ?? '').replace(' ', 'T')}Z`);
const windowsAsked = () =>
  server.arrivals.map((a) => [a.url.searchParams.get('since'), a.url.searchParams.get('to'), Number(a.url.searchParams.get('start'))] as const);

/** Serves people by window: `byWindow[since]` is the list for the window starting at `since`. */
function serveWindows(byWindow: Record<string, ReturnType<typeof orgUser>[]>) {
  server.arrivals.length = 0;
  server.handler = (_req, res, url) => {
    const list = byWindow[url.searchParams.get('since') ?? ''] ?? [];
    const start = Number(url.searchParams.get('start'));
    sendJson(res, 200, list.slice(start, start + Number(url.searchParams.get('limit'))));
  };
}

describe('delta windows', () => {
  it('reads a 20-day range ending now as three windows, the last one ending in the future', async () => {
    serveWindows({});
    const before = Date.now();
    await testClient(server.url)
      .org.users.changed({ since: new Date(before - 20 * DAY), to: new Date(before) })
      .toArray({ max: 10 });
    const asked = windowsAsked();
    expect(asked).toHaveLength(3);
    for (const [since, to] of asked) {
      expect(since).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
      expect(asDate(to) - asDate(since)).toBeLessThanOrEqual(7 * DAY);
    }
    expect(asked[0]?.[0]).toBe(new Date(Math.floor(before / 1000) * 1000 - 20 * DAY).toISOString().slice(0, 19).replace('T', ' '));
    expect(asked[1]?.[0]).toBe(asked[0]?.[1]);
    expect(asked[2]?.[0]).toBe(asked[1]?.[1]);
    const lastTo = asDate(asked[2]?.[1] ?? null);
    expect(lastTo).toBeGreaterThan(Date.now());
    expect(lastTo).toBeLessThanOrEqual(Date.now() + 5 * 60_000 + 1_000);
  });

  it('pages every window in full and drops a person repeated at a window boundary', async () => {
    const w1 = Array.from({ length: 12 }, (_, i) => orgUser(i));
    const w2 = [orgUser(11), ...Array.from({ length: 6 }, (_, i) => orgUser(100 + i))];
    serveWindows({ '2026-10-01 00:00:00': w1, '2026-10-08 00:00:00': w2 });
    const got = await testClient(server.url).org.users.changed({ since: '2026-10-01 00:00:00', to: '2026-10-10 00:00:00', limit: 5 }).toArray({ max: 100 });
    expect(got.map((u) => u.Id)).toEqual([...w1, ...w2.slice(1)].map((u) => u.Id));
    expect(windowsAsked()).toEqual([
      ['2026-10-01 00:00:00', '2026-10-08 00:00:00', 0],
      ['2026-10-01 00:00:00', '2026-10-08 00:00:00', 5],
      ['2026-10-01 00:00:00', '2026-10-08 00:00:00', 10],
      ['2026-10-08 00:00:00', '2026-10-10 00:00:00', 0],
      ['2026-10-08 00:00:00', '2026-10-10 00:00:00', 5],
    ]);
  });

  it('resumes an interrupted export from its checkpoint with no row lost and none repeated', async () => {
    const byWindow = {
      '2026-10-01 00:00:00': Array.from({ length: 7 }, (_, i) => orgUser(i)),
      '2026-10-08 00:00:00': Array.from({ length: 9 }, (_, i) => orgUser(100 + i)),
      '2026-10-15 00:00:00': Array.from({ length: 4 }, (_, i) => orgUser(200 + i)),
    };
    serveWindows(byWindow);
    const params = { since: '2026-10-01 00:00:00', to: '2026-10-20 00:00:00', limit: 4 } as const;
    const first: string[] = [];
    const pager = testClient(server.url).org.users.changed(params);
    for await (const user of pager) {
      first.push(user.Id);
      if (first.length === 10) break; // stopped inside the second window, in its first page
    }
    const saved = JSON.parse(JSON.stringify(pager.checkpoint)) as PagerCheckpoint;
    expect(saved).toMatchObject({ start: 0, skip: 3, window: { index: 1, since: '2026-10-08 00:00:00', to: '2026-10-15 00:00:00' } });

    server.arrivals.length = 0;
    const rest = await testClient(server.url).org.users.changed(params, { resume: saved }).toArray({ max: 100 });
    const all = [...first, ...rest.map((u) => u.Id)];
    expect(all).toEqual(
      Object.values(byWindow)
        .flat()
        .map((u) => u.Id),
    );
    expect(windowsAsked()[0]).toEqual(['2026-10-08 00:00:00', '2026-10-15 00:00:00', 0]);
  });

  it('keeps the moved `to` of the interrupted run when resuming later', async () => {
    const since = new Date(Date.now() - 2 * DAY);
    const formatted = since.toISOString().slice(0, 19).replace('T', ' ');
    serveWindows({ [formatted]: [orgUser(1), orgUser(2), orgUser(3)] });
    const pager = testClient(server.url).org.users.changed({ since, to: new Date(), limit: 2 });
    for await (const _ of pager) break;
    const sentTo = windowsAsked()[0]?.[1];
    const checkpoint = pager.checkpoint;

    // An hour later, `to: new Date()` would move further; the checkpoint's range wins.
    vi.useFakeTimers({ now: Date.now() + 3_600_000, toFake: ['Date'] });
    try {
      server.arrivals.length = 0;
      const rest = await testClient(server.url).org.users.changed({ since, to: new Date(), limit: 2 }, { resume: checkpoint }).toArray({ max: 10 });
      expect(rest.map((u) => u.Id)).toEqual(['P2', 'P3']);
    } finally {
      vi.useRealTimers();
    }
    expect(windowsAsked().map(([, to]) => to)).toEqual([sentTo, sentTo]);
  });

  it('throws a TypeError for a bad range before any request', () => {
    serveWindows({});
    const litmos = testClient(server.url);
    expect(() => litmos.org.users.changed({ since: '2026-10-08 00:00:00', to: '2026-10-01 00:00:00' })).toThrow(/`to` to be after `since`/);
    expect(() => litmos.org.users.changed({ since: 'last week', to: '2026-10-01 00:00:00' })).toThrow(TypeError);
    expect(() => litmos.org.users.changed({ since: '2026-10-01 00:00:00', to: new Date('nope') })).toThrow(TypeError);
    const other = { start: 0, skip: 0, seen: [], done: false, range: { since: '2026-01-01 00:00:00', to: '2026-01-02 00:00:00' } };
    expect(() => litmos.org.users.changed({ since: '2026-10-01 00:00:00', to: '2026-10-02 00:00:00' }, { resume: other })).toThrow(/checkpoint/);
    expect(server.arrivals).toHaveLength(0);
  });
});
