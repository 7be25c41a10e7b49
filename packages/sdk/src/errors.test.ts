// The Litmos error classes as the shared retry rule reads them: each status class of the SDK must
// be retried (or not) as the kind of failure it stands for.
import { loadRetryDelay, resolveRetry, retryRules } from '@litmos-kit/core/internal';
import { describe, expect, it } from 'vitest';
import {
  apiErrorClass,
  InternalServerError,
  LitmosAbortError,
  LitmosApiError,
  LitmosConnectionError,
  LitmosTimeoutError,
  NotFoundError,
  RateLimitError,
  ServiceUnavailableError,
} from './errors.js';

const request = { method: 'GET', url: 'http://127.0.0.1/x' };
const api = (Class: typeof LitmosApiError, status: number) => new Class(status, 'detail', '', new Headers(), request);
const defaults = resolveRetry(undefined);
// The rule loads with a client's first failure; core's classes are the ones it reads errors by.
const { isRetryable } = await loadRetryDelay();

describe('Litmos errors and retries', () => {
  it.each([
    { name: 'a connection failure', error: new LitmosConnectionError('x', request), method: 'GET', retry: true },
    { name: 'a timeout', error: new LitmosTimeoutError('x', request), method: 'GET', retry: true },
    { name: 'a 500', error: api(InternalServerError, 500), method: 'GET', retry: true },
    { name: 'a 429', error: api(LitmosApiError, 429), method: 'GET', retry: true },
    { name: 'a 503 refusal on a read', error: api(RateLimitError, 503), method: 'GET', retry: true },
    { name: 'a 503 refusal on a write (refused before it ran)', error: api(RateLimitError, 503), method: 'POST', retry: true },
    { name: 'a 503 outage on a write (it may have run)', error: api(ServiceUnavailableError, 503), method: 'POST', retry: false },
    { name: 'a 500 on a write', error: api(InternalServerError, 500), method: 'POST', retry: false },
    { name: 'a timeout on a write', error: new LitmosTimeoutError('x', request), method: 'DELETE', retry: false },
    { name: 'a 404', error: api(NotFoundError, 404), method: 'GET', retry: false },
    { name: 'an abort', error: new LitmosAbortError('x', request), method: 'GET', retry: false },
  ])('after $name on $method: retry $retry', ({ error, method, retry }) => {
    expect(isRetryable(error, method, defaults, retryRules)).toBe(retry);
  });

  it.each([
    [503, '{"Detail":"Rating Limit Exceeded"}', '', RateLimitError],
    [503, '', 'Rating Limit Exceeded', RateLimitError],
    [503, '<html><title>Service Unavailable</title></html>', 'Service Unavailable', ServiceUnavailableError],
    [404, '', '', NotFoundError],
    [502, '', '', InternalServerError],
    [418, '', '', LitmosApiError],
  ] as const)('maps %i with body %j and text %j to its class', (status, body, text, Class) => {
    expect(apiErrorClass(status, body, text)).toBe(Class);
  });
});
