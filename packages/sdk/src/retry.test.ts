import { parseRetryAfter, resolveRetry, retryDelay } from '@litmos-kit/core';
import { describe, expect, it } from 'vitest';
import { InternalServerError, LitmosAbortError, LitmosApiError, LitmosConnectionError, LitmosTimeoutError, NotFoundError, RateLimitError } from './errors.js';

const request = { method: 'GET', url: 'http://127.0.0.1/x' };
const api = (Class: typeof LitmosApiError, status: number, headers: Record<string, string> = {}) =>
  new Class(status, 'detail', '', new Headers(headers), request);
const defaults = resolveRetry(undefined);

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  it.each([
    ['delay-seconds', '3', 3_000],
    ['zero', '0', 0],
    ['an HTTP date', 'Wed, 25 Nov 2026 12:00:05 GMT', 5_000],
    ['a date in the past', 'Wed, 25 Nov 2026 11:00:00 GMT', 0],
    ['garbage', 'soon', undefined],
    ['a negative number', '-1', undefined],
    ['nothing', null, undefined],
  ])('reads %s', (_name, value, expected) => {
    expect(parseRetryAfter(value, now)).toBe(expected);
  });
});

describe('retryDelay', () => {
  it.each([
    { name: 'a connection failure', error: new LitmosConnectionError('x', request), method: 'GET', retry: true },
    { name: 'a timeout', error: new LitmosTimeoutError('x', request), method: 'GET', retry: true },
    { name: 'a 500', error: api(InternalServerError, 500), method: 'GET', retry: true },
    { name: 'a 502', error: api(InternalServerError, 502), method: 'GET', retry: true },
    { name: 'a 429', error: api(LitmosApiError, 429), method: 'GET', retry: true },
    { name: 'a 503 on a read', error: api(RateLimitError, 503), method: 'GET', retry: true },
    { name: 'a 503 on a write (refused before it ran)', error: api(RateLimitError, 503), method: 'POST', retry: true },
    { name: 'a 500 on a write', error: api(InternalServerError, 500), method: 'POST', retry: false },
    { name: 'a timeout on a write', error: new LitmosTimeoutError('x', request), method: 'DELETE', retry: false },
    { name: 'a connection failure on a write', error: new LitmosConnectionError('x', request), method: 'PUT', retry: false },
    { name: 'a 404', error: api(NotFoundError, 404), method: 'GET', retry: false },
    { name: 'an abort', error: new LitmosAbortError('x', request), method: 'GET', retry: false },
    { name: 'a foreign error', error: new Error('x'), method: 'GET', retry: false },
  ])('after $name on $method: retry $retry', ({ error, method, retry }) => {
    expect(retryDelay(error, 1, 0, method, defaults) !== undefined).toBe(retry);
  });

  it('retries writes after 5xx and connection failures when opted in', () => {
    const writes = resolveRetry({ writes: true });
    expect(retryDelay(api(InternalServerError, 500), 1, 0, 'POST', writes)).toBeDefined();
    expect(retryDelay(new LitmosConnectionError('x', request), 1, 0, 'DELETE', writes)).toBeDefined();
    expect(retryDelay(api(NotFoundError, 404), 1, 0, 'POST', writes)).toBeUndefined();
  });

  it('backs off exponentially with up to 25 % jitter, capped at maxDelayMs', () => {
    const error = api(InternalServerError, 500);
    const options = resolveRetry({ maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 });
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(error, n, 0, 'GET', options, () => 0))).toEqual([100, 200, 400, 800, 1_000]);
    expect(retryDelay(error, 1, 0, 'GET', options, () => 1)).toBe(75);
    expect(retryDelay(error, 5, 0, 'GET', options, () => 1)).toBe(750);
  });

  it('waits what Retry-After or the rate-limit pause asks, beyond maxDelayMs', () => {
    expect(retryDelay(api(InternalServerError, 500, { 'retry-after': '20' }), 1, 0, 'GET', defaults)).toBe(20_000);
    const limited = api(RateLimitError, 503) as RateLimitError;
    limited.retryAfterMs = 45_000;
    expect(retryDelay(limited, 1, 0, 'GET', defaults)).toBe(45_000);
  });

  it('gives up after maxAttempts, or when the wait would end past maxElapsedMs', () => {
    const error = api(InternalServerError, 500);
    const options = resolveRetry({ maxAttempts: 3, maxElapsedMs: 1_000, baseDelayMs: 100 });
    expect(retryDelay(error, 2, 0, 'GET', options)).toBeDefined();
    expect(retryDelay(error, 3, 0, 'GET', options)).toBeUndefined();
    expect(retryDelay(error, 1, 950, 'GET', options, () => 0)).toBeUndefined();
    expect(retryDelay(api(InternalServerError, 500, { 'retry-after': '2' }), 1, 0, 'GET', options)).toBeUndefined();
    expect(retryDelay(error, 1, 0, 'GET', resolveRetry(false))).toBeUndefined();
  });

  it.each([
    [{ maxAttempts: 0 }, /maxAttempts/],
    [{ maxAttempts: 2.5 }, /maxAttempts/],
    [{ maxElapsedMs: -1 }, /maxElapsedMs/],
    [{ baseDelayMs: Number.NaN }, /baseDelayMs/],
    [{ writes: 'yes' }, /writes/],
    ['often', /`retry`/],
  ])('rejects %j with a TypeError', (options, message) => {
    expect(() => resolveRetry(options as never)).toThrow(TypeError);
    expect(() => resolveRetry(options as never)).toThrow(message);
  });
});
