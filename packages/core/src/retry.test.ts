import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, ConnectionError, ParseError, TimeoutError, TooManyRequestsError } from './errors.js';
import { parseRetryAfter, resolveRetry, retryRules } from './retry.js';
import { isRetryable, retryDelay } from './retry-delay.js';

const request = { method: 'GET', url: 'http://127.0.0.1/x' };
const api = (status: number, headers: Record<string, string> = {}) => new ApiError(status, 'detail', '', new Headers(headers), request);
const tooMany = (headers: Record<string, string> = {}) => new TooManyRequestsError(429, 'slow down', '', new Headers(headers), request);
const defaults = resolveRetry(undefined);

describe('isRetryable', () => {
  it.each([
    { name: 'a connection failure', error: new ConnectionError('x'), method: 'GET', retry: true },
    { name: 'a timeout', error: new TimeoutError('x'), method: 'get', retry: true },
    { name: 'a 500', error: api(500), method: 'GET', retry: true },
    { name: 'a 503', error: api(503), method: 'GET', retry: true },
    { name: 'a 408', error: api(408), method: 'GET', retry: true },
    { name: 'a plain 429', error: api(429), method: 'GET', retry: true },
    { name: 'a 200 cut off (parse error)', error: new ParseError('x', '<respo', 'application/xml'), method: 'GET', retry: true },
    { name: 'a 429 refusal on a write', error: tooMany(), method: 'POST', retry: true },
    { name: 'a plain 429 on a write', error: api(429), method: 'POST', retry: false },
    { name: 'a 503 on a write (not a refusal by default)', error: api(503), method: 'POST', retry: false },
    { name: 'a timeout on a write', error: new TimeoutError('x'), method: 'PUT', retry: false },
    { name: 'a 200 cut off on a write (it was applied)', error: new ParseError('x', '', null), method: 'POST', retry: false },
    { name: 'a 400', error: api(400), method: 'GET', retry: false },
    { name: 'an abort', error: new AbortError('x'), method: 'GET', retry: false },
    { name: 'a foreign error', error: new TypeError('x'), method: 'GET', retry: false },
  ])('after $name on $method: $retry', ({ error, method, retry }) => {
    expect(isRetryable(error, method, defaults, retryRules)).toBe(retry);
  });

  it('replays writes after 5xx and connection failures only when opted in, never after a 2xx', () => {
    const writes = resolveRetry({ writes: true });
    expect(isRetryable(api(502), 'DELETE', writes, retryRules)).toBe(true);
    expect(isRetryable(new ConnectionError('x'), 'POST', writes, retryRules)).toBe(true);
    expect(isRetryable(api(404), 'POST', writes, retryRules)).toBe(false);
    expect(isRetryable(new ParseError('x', '', null), 'PUT', writes, retryRules)).toBe(false);
  });
});

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
  it('backs off exponentially with up to 25 % jitter, capped at maxDelayMs', () => {
    const error = api(500);
    const options = resolveRetry({ maxAttempts: 10, baseDelayMs: 100, maxDelayMs: 1_000 });
    expect([1, 2, 3, 4, 5].map((n) => retryDelay(error, n, 0, 'GET', options, retryRules, () => 0))).toEqual([100, 200, 400, 800, 1_000]);
    expect(retryDelay(error, 1, 0, 'GET', options, retryRules, () => 1)).toBe(75);
    expect(retryDelay(error, 5, 0, 'GET', options, retryRules, () => 1)).toBe(750);
  });

  it('honours Retry-After on any API error and the refusal wait, beyond maxDelayMs', () => {
    expect(retryDelay(api(503, { 'retry-after': '12' }), 1, 0, 'GET', defaults, retryRules)).toBe(12_000);
    const refused = tooMany({ 'retry-after': '2' });
    refused.retryAfterMs = 30_000;
    expect(retryDelay(refused, 1, 0, 'POST', defaults, retryRules)).toBe(30_000);
  });

  it('gives up after maxAttempts, or when the wait would end past maxElapsedMs', () => {
    const error = api(500);
    const options = resolveRetry({ maxAttempts: 3, maxElapsedMs: 1_000, baseDelayMs: 100 });
    expect(retryDelay(error, 2, 0, 'GET', options, retryRules)).toBeDefined();
    expect(retryDelay(error, 3, 0, 'GET', options, retryRules)).toBeUndefined();
    expect(retryDelay(error, 1, 950, 'GET', options, retryRules, () => 0)).toBeUndefined();
    expect(retryDelay(api(500, { 'retry-after': '2' }), 1, 0, 'GET', options, retryRules)).toBeUndefined();
  });

  it('makes a single attempt with retry: false', () => {
    expect(resolveRetry(false).maxAttempts).toBe(1);
    expect(retryDelay(api(500), 1, 0, 'GET', resolveRetry(false), retryRules)).toBeUndefined();
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
