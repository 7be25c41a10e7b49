import { describe, expect, it } from 'vitest';
import { resolveHttpOptions } from './http-options.js';

describe('resolveHttpOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveHttpOptions({})).toEqual({
      timeoutMs: 60_000,
      maxResponseBytes: 32 * 1024 * 1024,
      fetch: globalThis.fetch,
      retry: { maxAttempts: 4, maxElapsedMs: 150_000, baseDelayMs: 500, maxDelayMs: 8_000, writes: false },
      hooks: {},
      logger: undefined,
      logLevel: 'silent',
    });
  });

  it.each([
    [{ timeoutMs: 0 }, /`timeoutMs`/],
    [{ timeoutMs: '5' }, /`timeoutMs`/],
    // A timer cannot hold more than 2^31 - 1 ms: 1e12 would fire at once and time every request out.
    [{ timeoutMs: 1e12 }, /`timeoutMs` to be a positive number of milliseconds up to 2147483647/],
    [{ timeoutMs: 2 ** 31 }, /`timeoutMs`/],
    [{ maxResponseBytes: 0 }, /`maxResponseBytes`/],
    [{ maxResponseBytes: 1.5 }, /`maxResponseBytes`/],
    [{ maxResponseBytes: Number.POSITIVE_INFINITY }, /`maxResponseBytes`/],
    [{ fetch: 'fetch' }, /`fetch`/],
    [{ retry: { maxAttempts: 0 } }, /`retry.maxAttempts`/],
    [{ hooks: { onError: 1 } }, /`hooks.onError`/],
    [{ logLevel: 'loud' }, /`logLevel`/],
    [{ logger: { info() {} } }, /`logger`/],
  ])('refuses %j with a TypeError', (options, message) => {
    expect(() => resolveHttpOptions(options as never)).toThrow(TypeError);
    expect(() => resolveHttpOptions(options as never)).toThrow(message);
  });

  it('takes the longest timeout a timer can hold', () => {
    expect(resolveHttpOptions({ timeoutMs: 2 ** 31 - 1 }).timeoutMs).toBe(2_147_483_647);
  });
});
