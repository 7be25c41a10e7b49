// #17 item 5: a rate-limit store that fails or never answers. Every store call is raced against
// the call's timeout (`timeoutMs`, and `retry.maxElapsedMs` when shorter) and its AbortSignal,
// and fails as a typed RateLimitStoreError. `rateLimit.storeFailure` says what calls do then:
// fail at once ('fail-closed', the default) or go out paced by an in-memory window
// ('fail-open'). After a failure the store is left alone for a second, so queued calls do not
// each wait out the timeout in turn. Real Redis (redis-server, started here) is killed mid-run.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateLimitStore, LitmosAbortError, type LitmosOptions, type RateLimitStore, RateLimitStoreError } from '../../src/index.js';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson } from '../runtime/http-server.js';
import { countingScripts, type RedisProcess, startRedis } from '../runtime/redis-server.js';
import { expectNoKey, observe } from './observe.js';
import { useTestServer } from './use-test-server.js';

const server = useTestServer((_req, res) => sendJson(res, 200, [achievement(1)]));

/** A store whose every call never settles; counts the calls it got. */
function silentStore() {
  const calls = { acquire: 0 };
  const store: RateLimitStore = {
    acquire: () => {
      calls.acquire++;
      return new Promise(() => {});
    },
    settle: () => new Promise(() => {}),
    pause: () => new Promise(() => {}),
  };
  return { store, calls };
}

const list = (options: Partial<LitmosOptions>, signal?: AbortSignal) =>
  testClient(server.url, options)
    .achievements.list({}, signal ? { signal } : {})
    .toArray({ max: 5 })
    .catch((e: unknown) => e);

describe('a store that never answers', () => {
  it('fails the call after timeoutMs with RateLimitStoreError, before anything is sent', async () => {
    const { store } = silentStore();
    const { lines, events, options } = observe();
    const error = await list({ rateLimit: { store }, timeoutMs: 200, ...options });
    expect(error).toBeInstanceOf(RateLimitStoreError);
    expect(error).toMatchObject({ operation: 'acquire', message: 'the rate-limit store did not answer acquire within 200 ms' });
    expect(server.arrivals).toHaveLength(0);
    expect(lines.some(([level, message]) => level === 'warn' && String(message).includes('rate-limit store failed'))).toBe(true);
    expectNoKey(error, lines, events);
  });

  it('is bounded by retry.maxElapsedMs when that is shorter than the timeout', async () => {
    const error = await list({ rateLimit: { store: silentStore().store }, timeoutMs: 600_000, retry: { maxElapsedMs: 200 } });
    expect(error).toBeInstanceOf(RateLimitStoreError);
    expect((error as Error).message).toContain('within 200 ms');
  });

  it("gives way to the caller's abort at once", async () => {
    const controller = new AbortController();
    const pending = list({ rateLimit: { store: silentStore().store }, timeoutMs: 600_000 }, controller.signal);
    setTimeout(() => controller.abort(new Error('stop')), 20);
    expect(await pending).toBeInstanceOf(LitmosAbortError);
    expect(server.arrivals).toHaveLength(0);
  });

  it('does not make queued calls wait out the timeout one after another: the store is asked once', async () => {
    const { store, calls } = silentStore();
    const litmos = testClient(server.url, { rateLimit: { store, concurrency: 2 }, timeoutMs: 200 });
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        litmos.achievements
          .list()
          .toArray({ max: 5 })
          .catch((e: unknown) => e),
      ),
    );
    for (const result of results) expect(result).toBeInstanceOf(RateLimitStoreError);
    // The first call waited for the store; the rest failed at once while it was marked down
    // (a slow machine may let the one-second pause end before the queue has drained).
    expect(calls.acquire).toBeLessThanOrEqual(3);
    expect(server.arrivals).toHaveLength(0);
  });

  it("with storeFailure 'fail-open', sends the calls, paced by an in-memory window", async () => {
    const { store, calls } = silentStore();
    // The store gets 200 ms (maxElapsedMs); each HTTP attempt has the full timeout, so a slow machine does not retry.
    const litmos = testClient(server.url, { rateLimit: { store, storeFailure: 'fail-open', limit: 100 }, retry: { maxElapsedMs: 200 } });
    const results = await Promise.all(Array.from({ length: 10 }, () => litmos.achievements.list().toArray({ max: 5 })));
    expect(results.every((rows) => rows.length === 1)).toBe(true);
    expect(server.arrivals).toHaveLength(10);
    expect(calls.acquire).toBeLessThanOrEqual(3);
  });

  it('refuses an unknown storeFailure with a TypeError', () => {
    expect(() => testClient(server.url, { rateLimit: { storeFailure: 'ignore' as never } })).toThrow(/`rateLimit.storeFailure`/);
  });
});

describe('Redis killed mid-run', () => {
  let redis: RedisProcess;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis?.stop());

  it('fails queued calls at once with RateLimitStoreError (fail-closed), or sends them paced in memory (fail-open)', async () => {
    const client = createClient({ url: redis.url });
    // node-redis reports a lost connection as an 'error' event; an application listens for it.
    client.on('error', () => {});
    await client.connect();
    const counted = countingScripts(client);
    const store = createRedisRateLimitStore({ client: counted });
    const { lines, events, options } = observe();
    // Store calls get 2 s (maxElapsedMs); HTTP attempts the default minute, so none is retried.
    const closed = testClient(server.url, { rateLimit: { store, limit: 1000 }, retry: { maxElapsedMs: 2_000 }, ...options });
    const open = testClient(server.url, { rateLimit: { store, limit: 1000, storeFailure: 'fail-open' }, retry: { maxElapsedMs: 2_000 } });
    try {
      // Healthy: both clients are paced through Redis.
      await Promise.all(Array.from({ length: 5 }, () => closed.achievements.list().toArray({ max: 5 })));
      expect(server.arrivals).toHaveLength(5);
      expect(counted.runs).toBeGreaterThanOrEqual(10);

      await redis.stop();
      counted.runs = 0;
      const results = await Promise.all(
        Array.from({ length: 60 }, () =>
          closed.achievements
            .list()
            .toArray({ max: 5 })
            .catch((e: unknown) => e),
        ),
      );
      for (const result of results) expect(result).toBeInstanceOf(RateLimitStoreError);
      expect(server.arrivals).toHaveLength(5);
      // One call found out that Redis is gone; the other 59 did not ask it again.
      expect(counted.runs).toBeLessThanOrEqual(3);
      expectNoKey(results[0], lines, events);

      counted.runs = 0;
      const rows = await Promise.all(Array.from({ length: 60 }, () => open.achievements.list().toArray({ max: 5 })));
      expect(rows.every((r) => r.length === 1)).toBe(true);
      expect(server.arrivals).toHaveLength(65);
      expect(counted.runs).toBeLessThanOrEqual(3);
    } finally {
      client.destroy();
    }
  }, 60_000);
});
