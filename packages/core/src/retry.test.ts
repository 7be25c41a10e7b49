import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, ConnectionError, ParseError, TimeoutError, TooManyRequestsError } from './errors.js';
import { isRetryable, resolveRetry, retryDelay } from './retry.js';

const request = { method: 'GET', url: 'http://127.0.0.1/x' };
const api = (status: number, headers: Record<string, string> = {}) => new ApiError(status, 'detail', '', new Headers(headers), request);
const tooMany = (headers: Record<string, string> = {}) => new TooManyRequestsError(429, 'slow down', '', new Headers(headers), request);
const defaults = resolveRetry(undefined);

describe('isRetryable with the generic classes', () => {
  it.each([
    { name: 'a connection failure', error: new ConnectionError('x'), method: 'GET', retry: true },
    { name: 'a timeout', error: new TimeoutError('x'), method: 'get', retry: true },
    { name: 'a 500', error: api(500), method: 'GET', retry: true },
    { name: 'a 503', error: api(503), method: 'GET', retry: true },
    { name: 'a 408', error: api(408), method: 'GET', retry: true },
    { name: 'a plain 429', error: api(429), method: 'GET', retry: true },
    { name: 'a 429 refusal on a write', error: tooMany(), method: 'POST', retry: true },
    { name: 'a plain 429 on a write', error: api(429), method: 'POST', retry: false },
    { name: 'a 503 on a write (not a refusal by default)', error: api(503), method: 'POST', retry: false },
    { name: 'a timeout on a write', error: new TimeoutError('x'), method: 'PUT', retry: false },
    { name: 'a 400', error: api(400), method: 'GET', retry: false },
    { name: 'an abort', error: new AbortError('x'), method: 'GET', retry: false },
    { name: 'a parse error (retried above the fetch, not in it)', error: new ParseError('x', '', null), method: 'GET', retry: false },
    { name: 'a foreign error', error: new TypeError('x'), method: 'GET', retry: false },
  ])('after $name on $method: $retry', ({ error, method, retry }) => {
    expect(isRetryable(error, method, defaults)).toBe(retry);
  });

  it('replays writes after 5xx and connection failures only when opted in', () => {
    const writes = resolveRetry({ writes: true });
    expect(isRetryable(api(502), 'DELETE', writes)).toBe(true);
    expect(isRetryable(new ConnectionError('x'), 'POST', writes)).toBe(true);
    expect(isRetryable(api(404), 'POST', writes)).toBe(false);
  });
});

describe('retryDelay with the generic classes', () => {
  it('honours Retry-After on any API error and the refusal wait, beyond maxDelayMs', () => {
    expect(retryDelay(api(503, { 'retry-after': '12' }), 1, 0, 'GET', defaults)).toBe(12_000);
    const refused = tooMany({ 'retry-after': '2' });
    refused.retryAfterMs = 30_000;
    expect(retryDelay(refused, 1, 0, 'POST', defaults)).toBe(30_000);
  });

  it('backs off exponentially with jitter and gives up at maxAttempts', () => {
    const retry = resolveRetry({ maxAttempts: 3, baseDelayMs: 100, maxDelayMs: 250 });
    expect([1, 2].map((n) => retryDelay(new ConnectionError('x'), n, 0, 'GET', retry, () => 0))).toEqual([100, 200]);
    expect(retryDelay(new ConnectionError('x'), 2, 0, 'GET', resolveRetry({ maxAttempts: 5, baseDelayMs: 200, maxDelayMs: 250 }), () => 0)).toBe(250);
    expect(retryDelay(new ConnectionError('x'), 3, 0, 'GET', retry)).toBeUndefined();
  });

  it('makes a single attempt with retry: false', () => {
    expect(resolveRetry(false).maxAttempts).toBe(1);
    expect(retryDelay(api(500), 1, 0, 'GET', resolveRetry(false))).toBeUndefined();
  });
});
