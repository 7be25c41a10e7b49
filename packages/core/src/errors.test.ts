import { describe, expect, it } from 'vitest';
import { errorKindOf, isRateLimitRefusal, isSdkError } from './error-checks.js';
import {
  AbortError,
  ApiError,
  ConnectionError,
  defaultErrorClasses,
  PageLimitError,
  ParseError,
  rateLimitRefusal,
  SdkError,
  TimeoutError,
  TooManyRequestsError,
  ValidationError,
} from './errors.js';
import { requestIdOf } from './request-id-of.js';

const request = { method: 'GET', url: 'https://x/learners/results' };

describe('the error classes', () => {
  it('are all SdkErrors with their own names', () => {
    const errors = [
      new ApiError(500, 'boom', '', new Headers(), request),
      new ConnectionError('c', request),
      new TimeoutError('t', request),
      new AbortError('a'),
      new PageLimitError('p'),
      new ParseError('bad', '<html>', 'text/html', request),
      new ValidationError('v', [], null, request),
    ];
    expect(errors.map((e) => e.name)).toEqual(['ApiError', 'ConnectionError', 'TimeoutError', 'AbortError', 'PageLimitError', 'ParseError', 'ValidationError']);
    for (const error of errors) {
      expect(error).toBeInstanceOf(SdkError);
      expect(isSdkError(error)).toBe(true);
    }
    expect(isSdkError(new Error('plain'))).toBe(false);
    expect(isSdkError(null)).toBe(false);
  });

  it('recognises an error of another copy of the package by its registry brand', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('litmos-kit.error')]: true });
    expect(isSdkError(foreign)).toBe(true);
  });

  it('gives an API error its status, request id, detail and message, and serialises without the body', () => {
    const error = new ApiError(404, 'not here', 'secret-free body', new Headers({ 'x-ms-request-id': 'ms-1' }), request);
    expect(error).toMatchObject({ status: 404, method: 'GET', url: request.url, requestId: 'ms-1', detail: 'not here', attempts: 0 });
    expect(error.message).toBe('GET https://x/learners/results failed with 404: not here');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'ApiError',
      message: error.message,
      method: 'GET',
      url: request.url,
      status: 404,
      requestId: 'ms-1',
      attempts: 0,
      detail: 'not here',
    });
  });

  it('serialises parse and validation errors with what helps, not the whole body', () => {
    expect(new ParseError('p', 'x'.repeat(10), 'text/html').toJSON()).toMatchObject({ contentType: 'text/html', bodyLength: 10 });
    expect(new ValidationError('v', [{ path: ['results', 0, 'userId'], message: 'Invalid UUID', code: 'invalid_format' }], {}).toJSON()).toMatchObject({
      issues: [{ path: ['results', '0', 'userId'], message: 'Invalid UUID', code: 'invalid_format' }],
    });
  });

  it('reads the most specific request id header there is', () => {
    expect(requestIdOf(new Headers({ 'x-correlation-id': 'c', 'x-request-id': 'r' }))).toBe('r');
    expect(requestIdOf(new Headers())).toBeUndefined();
    expect(requestIdOf(undefined)).toBeUndefined();
  });
});

describe('rate-limit refusals', () => {
  it('are API errors that opt in with the rateLimitRefusal field', () => {
    class Refused503 extends ApiError {
      readonly [rateLimitRefusal] = true;
      retryAfterMs: number | undefined;
    }
    expect(isRateLimitRefusal(new Refused503(503, 'busy', '', new Headers(), request))).toBe(true);
    expect(isRateLimitRefusal(new TooManyRequestsError(429, 'slow down', '', new Headers(), request))).toBe(true);
    expect(isRateLimitRefusal(new ApiError(429, 'slow down', '', new Headers(), request))).toBe(false);
    // The marker alone is not enough: only API errors are refusals.
    expect(isRateLimitRefusal(Object.assign(new ConnectionError('c'), { [rateLimitRefusal]: true }))).toBe(false);
  });

  it('maps 429 to TooManyRequestsError and every other status to ApiError by default', () => {
    expect(defaultErrorClasses.apiError(429, '', '')).toBe(TooManyRequestsError);
    expect([400, 401, 404, 500, 503].map((status) => defaultErrorClasses.apiError(status, '', ''))).toEqual([ApiError, ApiError, ApiError, ApiError, ApiError]);
  });
});

describe('errorKindOf', () => {
  it('tells the kinds the retry rule reads apart, subclasses included, without the classes', () => {
    class OwnTimeout extends TimeoutError {}
    const kinds = [
      new AbortError('a'),
      new ApiError(500, 'd', '', new Headers(), request),
      new TooManyRequestsError(429, 'd', '', new Headers(), request),
      new ConnectionError('c'),
      new ParseError('p', '', null),
      new OwnTimeout('t'),
      new PageLimitError('p'),
      new SdkError('s'),
      new Error('plain'),
      { [Symbol.for('litmos-kit.error-kind')]: 'api' },
    ].map(errorKindOf);
    expect(kinds).toEqual(['abort', 'api', 'api', 'connection', 'parse', 'timeout', undefined, undefined, undefined, undefined]);
  });
});
