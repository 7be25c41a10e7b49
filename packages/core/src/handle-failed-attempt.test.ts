import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listRows as op, noParameters as request } from '../test/rows.js';
import type { HttpErrorEvent, HttpWaitEvent } from './hooks.js';

// Each test starts from fresh module instances, so its first failure is the one that loads the
// failure handling (handle-failed-attempt.ts) of the call pipeline.
let core: typeof import('./create-caller.js') & typeof import('./errors.js') & typeof import('./http-options.js');
beforeEach(async () => {
  vi.resetModules();
  core = { ...(await import('./create-caller.js')), ...(await import('./errors.js')), ...(await import('./http-options.js')) };
});
afterEach(() => {
  vi.doUnmock('./handle-failed-attempt.js');
});

function caller(answers: (() => Response)[], hooks: { onError?: (e: HttpErrorEvent) => void; onWait?: (e: HttpWaitEvent) => void } = {}) {
  let sent = 0;
  const fetchImpl: typeof fetch = async () => answers[Math.min(sent++, answers.length - 1)]?.() as Response;
  const http = core.resolveHttpOptions({ fetch: fetchImpl, retry: { baseDelayMs: 1, maxDelayMs: 2, maxAttempts: 3 } });
  const call = core.createCaller({
    baseUrl: 'https://api.example/v1/',
    options: { ...http, hooks, validation: 'report' },
    secrets: ['key-0123456789abcdef'],
    logPrefix: 'svc',
    service: 'Service',
    errors: core.defaultErrorClasses,
  });
  return { call, sent: () => sent };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('the failure handling of the call pipeline, loaded with the first failure', () => {
  it('retries the first failure of a client, telling the hooks, and then succeeds', async () => {
    const errors: HttpErrorEvent[] = [];
    const waits: HttpWaitEvent[] = [];
    const { call, sent } = caller([() => json({ Message: 'down' }, 502), () => json([{ id: 'a' }])], {
      onError: (event) => void errors.push(event),
      onWait: (event) => void waits.push(event),
    });
    const result = await call(op, request);
    expect(result.value).toEqual([{ id: 'a' }]);
    expect(sent()).toBe(2);
    expect(errors.map((e) => [e.attempt, e.willRetry, e.error.status])).toEqual([[1, true, 502]]);
    expect(waits.map((w) => [w.attempt, w.reason, w.status])).toEqual([[2, 'retry', 502]]);
  });

  it('raises the same typed error once the attempts are spent, with their count', async () => {
    const { call, sent } = caller([() => json({ Message: 'down' }, 500)]);
    const failure = call(op, request);
    await expect(failure).rejects.toBeInstanceOf(core.ApiError);
    await expect(failure).rejects.toMatchObject({ status: 500, attempts: 3 });
    expect(sent()).toBe(3);
  });

  it('gives up at once on an error that is not retried (a 404), and folds Retry-After into a 429', async () => {
    const notFound = caller([() => json({}, 404)]);
    await expect(notFound.call(op, request)).rejects.toMatchObject({ status: 404, attempts: 1 });
    expect(notFound.sent()).toBe(1);
    const refused = caller([() => json({}, 429, { 'retry-after': '0' })]);
    const error = await refused.call(op, request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(core.TooManyRequestsError);
    expect(error).toMatchObject({ attempts: 3, retryAfterMs: 0 });
  });

  it('raises the failure itself, without retrying, when the failure handling cannot load', async () => {
    vi.doMock('./handle-failed-attempt.js', () => {
      throw new Error('the chunk did not arrive');
    });
    const { call, sent } = caller([() => json({ Message: 'down' }, 502), () => json([{ id: 'a' }])]);
    const failure = call(op, request);
    await expect(failure).rejects.toBeInstanceOf(core.ApiError);
    await expect(failure).rejects.toMatchObject({ status: 502, attempts: 1 });
    expect(sent()).toBe(1);
  });
});
