import { describe, expect, it } from 'vitest';
import { createFetch, type RequestLimiter } from './create-fetch.js';
import { AbortError, ApiError, ConnectionError, type SdkError, TooManyRequestsError } from './errors.js';
import type { HttpHooks } from './hooks.js';
import { createLog, type Logger } from './logger.js';
import { type RetryOptions, resolveRetry } from './retry.js';
import type { Transport } from './transport.js';

const request = { method: 'GET', url: 'https://x/' };

/** A transport that plays a script of answers, one per attempt, and counts the attempts. */
function scripted(answers: (() => Response | SdkError)[]) {
  let calls = 0;
  const transport: Transport = async () => {
    const answer = answers[Math.min(calls++, answers.length - 1)]?.();
    if (answer instanceof Error) throw answer;
    return answer as Response;
  };
  return { transport, calls: () => calls };
}

function recorder() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const logger: Logger = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
  return { lines, logger };
}

function build(transport: Transport, options: { retry?: RetryOptions; hooks?: HttpHooks; limiter?: RequestLimiter; logger?: Logger } = {}) {
  return createFetch({
    transport,
    retry: resolveRetry({ baseDelayMs: 1, maxDelayMs: 2, ...options.retry }),
    hooks: options.hooks ?? {},
    log: createLog(options.logger, 'debug', []),
    secrets: [],
    logPrefix: 'svc',
    service: 'Service',
    limiter: options.limiter,
  });
}

describe('createFetch', () => {
  it('retries a failed read, tells the hooks about every attempt and logs with its prefix', async () => {
    const { transport, calls } = scripted([() => new ApiError(503, 'busy', '', new Headers(), request), () => new Response('ok')]);
    const events: string[] = [];
    const { lines, logger } = recorder();
    const hooks: HttpHooks = {
      onRequest: (e) => void events.push(`request ${e.attempt}`),
      onResponse: (e) => void events.push(`response ${e.attempt} ${e.status}`),
      onError: (e) => void events.push(`error ${e.attempt} ${e.error.status} retry=${e.willRetry}`),
    };
    const response = await build(transport, { hooks, logger })('https://x/');
    expect(await response.text()).toBe('ok');
    expect(calls()).toBe(2);
    expect(events).toEqual(['request 1', 'error 1 503 retry=true', 'request 2', 'response 2 200']);
    expect(lines.map((line) => line.replace(/\d+ ms/g, 'N ms'))).toEqual([
      'debug svc: → GET https://x/',
      'warn svc: retrying GET https://x/ in N ms after ApiError (attempt 1 of 4)',
      'debug svc: → GET https://x/',
      'debug svc: ← 200 GET https://x/ in N ms',
    ]);
  });

  it('does not replay a write after a 500, and counts its attempts', async () => {
    const { transport, calls } = scripted([() => new ApiError(500, 'boom', '', new Headers(), request)]);
    const error = (await build(transport)('https://x/', { method: 'POST', body: '{}' }).catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.attempts).toBe(1);
    expect(calls()).toBe(1);
  });

  it('replays a 429 refusal of a write after Retry-After', async () => {
    const { transport, calls } = scripted([
      () => new TooManyRequestsError(429, 'slow', '', new Headers({ 'retry-after': '0' }), request),
      () => new Response('done'),
    ]);
    expect(await (await build(transport)('https://x/', { method: 'POST', body: 'x' })).text()).toBe('done');
    expect(calls()).toBe(2);
  });

  it('pauses the limiter on a refusal before the slot is freed, and keeps the pause on the error', async () => {
    const releases: (boolean | undefined)[] = [];
    const limiter: RequestLimiter = {
      acquire: async () => ({
        release: async (rateLimited) => {
          releases.push(rateLimited);
          return rateLimited ? 3 : undefined;
        },
      }),
    };
    const { lines, logger } = recorder();
    const { transport } = scripted([() => new TooManyRequestsError(429, 'slow', '', new Headers(), request)]);
    const error = (await build(transport, { limiter, logger, retry: { maxAttempts: 1 } })('https://x/').catch((e: unknown) => e)) as TooManyRequestsError;
    expect(error.retryAfterMs).toBe(3);
    // The refused slot is released with the pause first; the second release is a no-op for the limiter.
    expect(releases[0]).toBe(true);
    expect(lines).toContain('warn svc: 429 from Service; holding every request of this key for 3 ms');
  });

  it('stops waiting for a retry at once when the caller aborts', async () => {
    const { transport } = scripted([() => new ConnectionError('down', request)]);
    const controller = new AbortController();
    const pending = build(transport, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } })('https://x/', { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = (await pending.catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(AbortError);
    expect(error.attempts).toBe(1);
  });

  it('ignores a hook that throws, and logs it', async () => {
    const { lines, logger } = recorder();
    const { transport } = scripted([() => new Response('ok')]);
    const hooks: HttpHooks = {
      onRequest: () => {
        throw new Error('hook broke');
      },
    };
    expect((await build(transport, { hooks, logger })('https://x/')).status).toBe(200);
    expect(lines).toContain('warn svc: the onRequest hook threw; ignored');
  });
});
