/**
 * A rate-limit store in Redis, so that every process using one API key shares one budget. Each
 * operation is one Lua script, which Redis runs atomically: check and record cannot be split
 * by another process. The window is a sorted set of slots scored by time (Redis' own clock, via
 * `TIME`, so the processes' clocks need not agree); a pause after a 503 is a key with an expiry.
 */
import type { RateLimitStore, RateLimitWindow } from './rate-limit-store.js';

// Shared prologue: the server's clock and the window in microseconds (whole milliseconds would
// round a stamp down and open a slot up to 1 ms early), and the slots that left the window dropped.
// Redis 5 and 6 refuse writes after TIME unless effects replication is switched on; 7 always uses it.
const PROLOGUE = `
if redis.replicate_commands then redis.replicate_commands() end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local window = tonumber(ARGV[1]) * 1000
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
`;

// KEYS: slots, pause. ARGV: windowMs, limit, leaseMs, slot id. Returns {granted, wait in µs}.
// Refused: the exact wait, so that the limiter asks again once, when the slot is due, not in
// whole milliseconds that make it ask early (and again) or late. Granted: 0, or, when this slot
// filled the window and its oldest slot is settled, how long until that one leaves it. No slot
// can free up sooner (a settled stamp does not move; one in flight is stamped now or later), so
// until then the store refuses without asking Redis.
const ACQUIRE = `${PROLOGUE}
local paused = tonumber(redis.call('GET', KEYS[2]) or '0')
if paused > now then return {0, paused - now} end
local lease = tonumber(ARGV[3]) * 1000
local count = redis.call('ZCARD', KEYS[1])
local oldest
if count < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil((lease + 2 * window) / 1000))
  if count + 1 < tonumber(ARGV[2]) then return {1, 0} end
  oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  if tonumber(oldest[2]) > now then return {1, 0} end
  return {1, tonumber(oldest[2]) + window - now}
end
oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return {0, tonumber(oldest[2]) + window - now}
`;

// KEYS: slots. ARGV: windowMs, slot id. Re-stamps the slot (if it is still there) with now.
const SETTLE = `${PROLOGUE}
redis.call('ZADD', KEYS[1], 'XX', now, ARGV[2])
return 0
`;

// KEYS: slots, pause. ARGV: windowMs. Returns the pause in ms (see the in-memory store for why).
const PAUSE = `${PROLOGUE}
local untilUs = now + window
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if oldest[2] then untilUs = math.min(untilUs, tonumber(oldest[2]) + window) end
local current = tonumber(redis.call('GET', KEYS[2]) or '0')
if untilUs > current then
  redis.call('SET', KEYS[2], untilUs, 'PX', math.ceil((untilUs - now) / 1000))
  return math.ceil((untilUs - now) / 1000)
end
return math.ceil((current - now) / 1000)
`;

/**
 * The part of a Redis client the store uses. A `redis` (node-redis 4 or later) client fits as
 * it is; wrap other clients in these two methods.
 */
export interface RedisScriptClient {
  evalSha(sha1: string, options: { keys: string[]; arguments: string[] }): Promise<unknown>;
  scriptLoad(script: string): Promise<string>;
}

/** Options of the Redis store. */
export interface RedisRateLimitStoreOptions {
  /** A connected client; the store never connects or closes it. */
  readonly client: RedisScriptClient;
  /**
   * Prefix of the store's Redis keys.
   * @default 'litmos-kit:rate-limit:'
   */
  readonly prefix?: string;
}

/**
 * Creates a rate-limit store in Redis, shared by every process that uses the same Redis and
 * prefix: the sliding window of an API key then holds the requests of all of them.
 *
 * @example
 * ```ts
 * import { createClient } from 'redis';
 * const redis = await createClient({ url: process.env.REDIS_URL }).connect();
 * const litmos = createLitmos({ apiKey, source: 'hr-sync', rateLimit: { store: createRedisRateLimitStore({ client: redis }) } });
 * ```
 */
export function createRedisRateLimitStore(options: RedisRateLimitStoreOptions): RateLimitStore {
  const { client, prefix = 'litmos-kit:rate-limit:' } = options;
  if (typeof client?.evalSha !== 'function' || typeof client.scriptLoad !== 'function') {
    throw new TypeError('Expected `client` to be a Redis client with `evalSha` and `scriptLoad`');
  }
  const run = scriptRunner(client, [ACQUIRE, SETTLE, PAUSE]);
  // The hash tag keeps both keys of an API key in one Redis Cluster slot, as scripts require.
  const keysOf = (key: string) => [`${prefix}{${key}}:slots`, `${prefix}{${key}}:pause`];
  let ids = 0;
  const unique = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  // Per key, until when (on this process' clock) the window is known to be full: set by a grant
  // that filled it.
  const fullUntil = new Map<string, number>();

  return {
    async acquire(key, { limit, windowMs, leaseMs }: RateLimitWindow) {
      const full = (fullUntil.get(key) ?? 0) - performance.now();
      if (full > 0) return { granted: false, waitMs: full };
      fullUntil.delete(key);
      const slot = `${unique}-${++ids}`;
      // Redis' wait is counted from when the script ran, which is after the call was sent and
      // before its answer came back. Counted from the sending, the next call goes out that much
      // sooner and reaches Redis about when the slot is due, rather than half a round trip after.
      // (Only the time of asking moves: Redis alone decides what is granted.)
      const sent = performance.now();
      const [granted, waitUs] = (await run(ACQUIRE, keysOf(key), [windowMs, limit, leaseMs, slot])) as [number, number];
      const until = sent + Number(waitUs) / 1000;
      if (granted !== 1) return { granted: false, waitMs: until - performance.now() };
      if (waitUs > 0) fullUntil.set(key, until);
      return { granted: true, slot };
    },
    async settle(key, slot, { windowMs }) {
      await run(SETTLE, keysOf(key).slice(0, 1), [windowMs, slot]);
    },
    async pause(key, { windowMs }) {
      return Number(await run(PAUSE, keysOf(key), [windowMs]));
    },
  };
}

/**
 * Runs scripts by their SHA1, loading a script once when Redis does not know it yet. The SHA1s
 * are worked out at once: a digest is asynchronous, and the first settle must not wait for one
 * (its stamp, and so the slot it frees, would come later).
 */
function scriptRunner(client: RedisScriptClient, scripts: string[]) {
  const shas = new Map<string, Promise<string>>();
  for (const script of scripts) {
    const sha = sha1(script);
    // Failures surface when the script runs; until then they are not unhandled.
    sha.catch(() => {});
    shas.set(script, sha);
  }
  return async (script: string, keys: string[], args: (string | number)[]): Promise<unknown> => {
    const options = { keys, arguments: args.map(String) };
    const sha = await (shas.get(script) as Promise<string>);
    try {
      return await client.evalSha(sha, options);
    } catch (error) {
      // Redis forgets scripts on restart or SCRIPT FLUSH: load again and retry once.
      if (!String((error as Error)?.message).startsWith('NOSCRIPT')) throw error;
      await client.scriptLoad(script);
      return await client.evalSha(sha, options);
    }
  };
}

async function sha1(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
