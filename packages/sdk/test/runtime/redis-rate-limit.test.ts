// The Redis store against a real redis-server started here (127.0.0.1, free port) and stopped
// after. Two connections with their own store stand for two processes sharing one budget.
import { createClient } from 'redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisRateLimitStore, type RateLimitStore } from '../../src/index.js';
import { achievement, CANARY_KEY, testClient } from './fixtures.js';
import { sendJson, slidingWindowLimit, startTestServer, type TestServer } from './http-server.js';
import { countingScripts, type RedisProcess, startRedis } from './redis-server.js';

let redis: RedisProcess;
let server: TestServer;
const connections: { quit(): Promise<unknown> }[] = [];

async function connect() {
  const client = await createClient({ url: redis.url }).connect();
  connections.push(client);
  return client;
}

beforeAll(async () => {
  [redis, server] = await Promise.all([startRedis(), startTestServer()]);
});
afterAll(async () => {
  await Promise.all(connections.map((c) => c.quit()));
  await Promise.all([redis?.stop(), server?.close()]);
});

let keyCounter = 0;
const freshKey = () => `test-key-${++keyCounter}-${Date.now()}`;
const window = { limit: 10, windowMs: 500, leaseMs: 1_000 };

describe('createRedisRateLimitStore', () => {
  it('grants exactly `limit` slots to concurrent callers from two "processes"', async () => {
    const stores: RateLimitStore[] = [createRedisRateLimitStore({ client: await connect() }), createRedisRateLimitStore({ client: await connect() })];
    const key = freshKey();
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (stores[i % 2] as RateLimitStore).acquire(key, window)));
    expect(results.filter((r) => r.granted)).toHaveLength(10);
    for (const r of results) if (!r.granted) expect(r.waitMs).toBeGreaterThan(500);
  });

  it('frees slots as they leave the window, counting from completion', async () => {
    const store = createRedisRateLimitStore({ client: await connect() });
    const key = freshKey();
    const small = { limit: 2, windowMs: 200, leaseMs: 5_000 };
    const slots = await Promise.all([store.acquire(key, small), store.acquire(key, small)]);
    const denied = await store.acquire(key, small);
    // Both still in flight: held for their lease, so the wait is long.
    expect(denied.granted ? 0 : denied.waitMs).toBeGreaterThan(4_000);
    for (const s of slots) if (s.granted) await store.settle(key, s.slot, small);
    const after = await store.acquire(key, small);
    expect(after.granted).toBe(false);
    expect(after.granted ? 0 : after.waitMs).toBeLessThanOrEqual(200);
    await new Promise((resolve) => setTimeout(resolve, after.granted ? 0 : after.waitMs + 5));
    expect((await store.acquire(key, small)).granted).toBe(true);
  });

  it('says how long to wait to the microsecond, so that a limiter asks again once, when the slot is due', async () => {
    const client = await connect();
    const store = createRedisRateLimitStore({ client, prefix: 'exact:' });
    const key = freshKey();
    const small = { limit: 1, windowMs: 5_000, leaseMs: 5_000 };
    const slot = await store.acquire(key, small);
    if (slot.granted) await store.settle(key, slot.slot, small);
    const [member] = await client.zRangeWithScores(`exact:{${key}}:slots`, 0, 0);
    const dueUs = (member?.score as number) + small.windowMs * 1000;
    const redisNowUs = async () => {
      const [seconds, micros] = (await client.sendCommand(['TIME'])) as [string, string];
      return Number(seconds) * 1_000_000 + Number(micros);
    };
    for (let i = 0; i < 10; i++) {
      // Redis ran the script after this moment (it runs one command at a time), so the slot is due
      // at most this long after the answer. Whole milliseconds rounded up would overshoot it
      // whenever the rounding adds more than the round trip (most times, on one machine).
      const before = await redisNowUs();
      const denied = await store.acquire(key, small);
      expect(denied.granted).toBe(false);
      expect(denied.granted ? 0 : denied.waitMs).toBeLessThanOrEqual((dueUs - before) / 1000);
    }
  });

  it('refuses without a round trip while the window it just filled is full, and only then', async () => {
    const client = await connect();
    const counted = countingScripts(client);
    const store = createRedisRateLimitStore({ client: counted });
    const key = freshKey();
    const small = { limit: 2, windowMs: 60_000, leaseMs: 60_000 };
    const a = await store.acquire(key, small);
    if (a.granted) await store.settle(key, a.slot, small);
    // This grant fills the window, whose oldest slot (a) is settled: nothing frees up before a leaves.
    expect((await store.acquire(key, small)).granted).toBe(true);
    counted.runs = 0;
    const refused = await Promise.all([store.acquire(key, small), store.acquire(key, small)]);
    expect(counted.runs).toBe(0);
    for (const r of refused) {
      expect(r.granted).toBe(false);
      expect(r.granted ? 0 : r.waitMs).toBeGreaterThan(0);
      expect(r.granted ? 0 : r.waitMs).toBeLessThanOrEqual(60_000);
    }
    // A window filled while its oldest slot is still in flight can free up early (that slot is
    // stamped when it settles): the store asks Redis.
    const other = freshKey();
    const first = await store.acquire(other, small);
    expect((await store.acquire(other, small)).granted).toBe(true);
    if (first.granted) await store.settle(other, first.slot, small);
    counted.runs = 0;
    expect((await store.acquire(other, small)).granted).toBe(false);
    expect(counted.runs).toBe(1);
  });

  it('shares a pause after a 503 with every process', async () => {
    const a = createRedisRateLimitStore({ client: await connect() });
    const b = createRedisRateLimitStore({ client: await connect() });
    const key = freshKey();
    const slot = await a.acquire(key, window);
    if (slot.granted) await a.settle(key, slot.slot, window);
    const pause = await a.pause(key, window);
    expect(pause).toBeGreaterThan(400);
    expect(pause).toBeLessThanOrEqual(500);
    const held = await b.acquire(key, window);
    expect(held.granted).toBe(false);
  });

  it('stores only a hash of the API key, never the key', async () => {
    const client = await connect();
    const litmos = testClient(server.url, { rateLimit: { store: createRedisRateLimitStore({ client, prefix: 'hash-check:' }) } });
    server.handler = (_req, res) => sendJson(res, 200, []);
    await litmos.achievements.list().toArray({ max: 1 });
    const keys = await client.keys('hash-check:*');
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(key).not.toContain(CANARY_KEY);
    const members = await client.zRange(keys.find((k) => k.endsWith(':slots')) as string, 0, -1);
    expect(members.join()).not.toContain(CANARY_KEY);
  });

  it('reloads its scripts after Redis forgets them', async () => {
    const client = await connect();
    const store = createRedisRateLimitStore({ client });
    const key = freshKey();
    expect((await store.acquire(key, window)).granted).toBe(true);
    await client.scriptFlush();
    expect((await store.acquire(key, window)).granted).toBe(true);
  });

  it('rejects something that is not a Redis client', () => {
    expect(() => createRedisRateLimitStore({ client: {} as never })).toThrow(TypeError);
  });
});

describe('two clients sharing a Redis budget against a rate-limited server', () => {
  it('together stay inside the window: no 503', async () => {
    const limit = slidingWindowLimit(6, 400, (_req, res) => sendJson(res, 200, [achievement(1)]));
    server.handler = limit.handler;
    const prefix = `shared-${Date.now()}:`;
    const clients = [await connect(), await connect()].map((client) =>
      testClient(server.url, { rateLimit: { limit: 6, windowMs: 400, store: createRedisRateLimitStore({ client, prefix }) } }),
    );
    const started = performance.now();
    await Promise.all(Array.from({ length: 18 }, (_, i) => clients[i % 2]?.achievements.list().toArray({ max: 1 })));
    expect(limit.stats).toEqual({ refused: 0, served: 18 });
    expect(performance.now() - started).toBeGreaterThanOrEqual(800);
  });
});
