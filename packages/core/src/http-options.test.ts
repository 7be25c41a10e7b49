import { describe, expect, it } from 'vitest';
import { resolveHttpOptions } from './http-options.js';

describe('resolveHttpOptions', () => {
  it('fills in the defaults', () => {
    expect(resolveHttpOptions({})).toEqual({
      timeoutMs: 60_000,
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
    [{ fetch: 'fetch' }, /`fetch`/],
    [{ retry: { maxAttempts: 0 } }, /`retry.maxAttempts`/],
    [{ hooks: { onError: 1 } }, /`hooks.onError`/],
    [{ logLevel: 'loud' }, /`logLevel`/],
    [{ logger: { info() {} } }, /`logger`/],
  ])('refuses %j with a TypeError', (options, message) => {
    expect(() => resolveHttpOptions(options as never)).toThrow(TypeError);
    expect(() => resolveHttpOptions(options as never)).toThrow(message);
  });
});
