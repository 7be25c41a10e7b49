// The proactive limiter (in-memory store) against a real local server that enforces a rolling
// window the way Litmos does. Windows are short (hundreds of ms) so the tests stay fast.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMemoryRateLimitStore, type RateLimitStore } from '../../src/index.js';
import { achievement, CANARY_KEY, testClient } from './fixtures.js';
import { sendJson, slidingWindowLimit, stall, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

const page = (_req: unknown, res: Parameters<typeof sendJson>[0]) => sendJson(res, 200, [achievement(1)]);
const callMany = (litmos: ReturnType<typeof testClient>, n: number) =>
  Promise.all(Array.from({ length: n }, () => litmos.achievements.list({ limit: 10 }).toArray({ max: 10 })));

/** Largest number of arrivals within any `windowMs` span. */
function busiestWindow(times: number[], windowMs: number): number {
  let best = 0;
  for (let i = 0, j = 0; i < times.length; i++) {
    while ((times[i] as number) - (times[j] as number) >= windowMs) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describe('rate limiting (in-memory store)', () => {
  it('never exceeds the rolling window, so the server refuses nothing', async () => {
    server.arrivals.length = 0;
    const limit = slidingWindowLimit(5, 300, page);
    server.handler = limit.handler;
    const started = performance.now();
    await callMany(testClient(server.url, { rateLimit: { limit: 5, windowMs: 300, concurrency: 10 } }), 15);
    expect(limit.stats).toEqual({ refused: 0, served: 15 });
    expect(
      busiestWindow(
        server.arrivals.map((a) => a.at),
        300,
      ),
    ).toBeLessThanOrEqual(5);
    // 15 requests at 5 per 300 ms cannot finish in less than two windows.
    expect(performance.now() - started).toBeGreaterThanOrEqual(600);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let most = 0;
    server.handler = async (_req, res) => {
      most = Math.max(most, ++inFlight);
      await stall(res, 30);
      inFlight--;
      sendJson(res, 200, []);
    };
    await callMany(testClient(server.url, { rateLimit: { concurrency: 2 } }), 8);
    expect(most).toBe(2);
  });

  it('after a 503, holds every queued request of the key until the window has room, then replays', async () => {
    server.arrivals.length = 0;
    let refusedAt: number | undefined;
    server.handler = (_req, res) => {
      if (refusedAt === undefined) {
        refusedAt = performance.now();
        return sendJson(res, 503, { Detail: 'Rating Limit Exceeded' });
      }
      return sendJson(res, 200, [achievement(2)]);
    };
    const memory = createMemoryRateLimitStore();
    let paused: () => void = () => {};
    const pausedOnce = new Promise<void>((resolve) => (paused = resolve));
    const store: RateLimitStore = {
      acquire: (key, window) => memory.acquire(key, window),
      settle: (key, slot, window) => memory.settle(key, slot, window),
      pause: async (key, window) => {
        const ms = await memory.pause(key, window);
        paused();
        return ms;
      },
    };
    // Long enough that "held for the window" and "not held" stay apart on a loaded machine.
    const windowMs = 2_000;
    const a = testClient(server.url, { rateLimit: { windowMs, concurrency: 1, store } });
    // Another client of the same key sharing the store is held too; one of another key is not.
    const b = testClient(server.url, { rateLimit: { windowMs, store } });
    const other = testClient(server.url, { apiKey: 'another-key', rateLimit: { windowMs, store } });

    const first = callMany(a, 3);
    // The others start once the client has taken the 503 in (a fixed delay would race it under load).
    await pausedOnce;
    const otherDone = other.achievements.list().toArray({ max: 1 });
    const shared = b.achievements.list().toArray({ max: 1 });
    const results = await Promise.all([first, shared, otherDone]);

    expect(results.flat(2)).toHaveLength(5);
    const afterRefusal = server.arrivals.filter((x) => x.at > (refusedAt as number) && x.headers.apikey === CANARY_KEY);
    expect(afterRefusal).toHaveLength(4); // the replay and the three queued calls
    for (const arrival of afterRefusal) expect(arrival.at - (refusedAt as number)).toBeGreaterThanOrEqual(windowMs - 5);
    const otherArrival = server.arrivals.find((x) => x.headers.apikey === 'another-key');
    expect((otherArrival?.at as number) - (refusedAt as number)).toBeLessThan(windowMs - 5);
  });

  it("frees a finished request's permit at once, while its stamp is still on the way to the store", async () => {
    server.arrivals.length = 0;
    const memory = createMemoryRateLimitStore();
    // The store records nothing until the server has seen the second request.
    let open: () => void = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const settling: number[] = [];
    let pending = 0;
    const store: RateLimitStore = {
      acquire: (key, window) => memory.acquire(key, window),
      settle: async (key, slot, window) => {
        pending++;
        await gate;
        pending--;
        return memory.settle(key, slot, window);
      },
      pause: (key, window) => memory.pause(key, window),
    };
    server.handler = (req, res) => {
      settling.push(pending);
      if (settling.length === 2) open();
      page(req, res);
    };
    const warnings: unknown[] = [];
    // With one permit, a second request that waited for the first one's stamp would only go
    // out once the store's timeout (20 s: no loaded machine takes that long) gave up on it: a
    // store failure, logged.
    const logger = { error: () => {}, warn: (...args: unknown[]) => void warnings.push(args), info: () => {}, debug: () => {} };
    const litmos = testClient(server.url, { rateLimit: { concurrency: 1, store }, timeoutMs: 20_000, logger });
    const results = await callMany(litmos, 2);
    expect(results.flat()).toHaveLength(2);
    expect(settling).toEqual([0, 1]);
    expect(warnings).toEqual([]);
  });

  it('asks the store once per wait, when the slot is due, not over and over while it waits', async () => {
    server.arrivals.length = 0;
    const memory = createMemoryRateLimitStore();
    const calls = { granted: 0, refused: 0 };
    const store: RateLimitStore = {
      acquire: async (key, window) => {
        const result = await memory.acquire(key, window);
        calls[result.granted ? 'granted' : 'refused']++;
        return result;
      },
      settle: (key, slot, window) => memory.settle(key, slot, window),
      pause: (key, window) => memory.pause(key, window),
    };
    const limit = slidingWindowLimit(1, 40, page);
    server.handler = limit.handler;
    await callMany(testClient(server.url, { rateLimit: { limit: 1, windowMs: 40, concurrency: 1, store } }), 10);
    expect(limit.stats).toEqual({ refused: 0, served: 10 });
    expect(calls.granted).toBe(10);
    // Each of the 9 waits: one refusal that says how long, and at most one more when the slot
    // was still in flight then (its settle on the way); never a poll on every turn of the loop.
    expect(calls.refused).toBeGreaterThanOrEqual(9);
    expect(calls.refused).toBeLessThanOrEqual(18);
  });

  it('retries a 503 with backoff when the limiter is off', async () => {
    server.arrivals.length = 0;
    let calls = 0;
    server.handler = (_req, res) => (calls++ === 0 ? sendJson(res, 503, { Detail: 'Rating Limit Exceeded' }) : sendJson(res, 200, []));
    await expect(testClient(server.url).achievements.list().toArray({ max: 1 })).resolves.toEqual([]);
    expect(server.arrivals).toHaveLength(2);
  });

  it('rejects bad rate-limit options with a TypeError', () => {
    expect(() => testClient(server.url, { rateLimit: { limit: 0 } })).toThrow(/rateLimit.limit/);
    expect(() => testClient(server.url, { rateLimit: { windowMs: -1 } })).toThrow(/rateLimit.windowMs/);
    expect(() => testClient(server.url, { rateLimit: { concurrency: 1.5 } })).toThrow(/rateLimit.concurrency/);
    expect(() => testClient(server.url, { rateLimit: { store: {} as never } })).toThrow(/rateLimit.store/);
  });
});
