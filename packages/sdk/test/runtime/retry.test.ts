// Retries, timeouts and abort against a real local server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InternalServerError, LitmosAbortError, LitmosConnectionError, LitmosTimeoutError, NotFoundError, RateLimitError } from '../../src/index.js';
import { achievement, testClient } from './fixtures.js';
import { closedPort, sendJson, sendText, stall, startTestServer, type TestServer } from './http-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** Answers each request with the next step; the last step repeats. */
function script(...steps: ((res: Parameters<typeof sendJson>[0]) => void | Promise<void>)[]) {
  server.arrivals.length = 0;
  let n = 0;
  server.handler = (_req, res) => (steps[Math.min(n++, steps.length - 1)] as (r: typeof res) => void)(res);
}
const ok = (res: Parameters<typeof sendJson>[0]) => sendJson(res, 200, [achievement(1)]);
const fail =
  (status: number, headers: Record<string, string> = {}) =>
  (res: Parameters<typeof sendJson>[0]) =>
    sendJson(res, status, { Detail: `failed ${status}` }, headers);
/** Litmos' own rate-limit refusal: a 503 whose body says so. */
const refuse =
  (headers: Record<string, string> = {}) =>
  (res: Parameters<typeof sendJson>[0]) =>
    sendJson(res, 503, { Detail: 'Rating Limit Exceeded' }, headers);
const list = (litmos = testClient(server.url)) => litmos.achievements.list().toArray({ max: 5 });

describe('retries', () => {
  it.each([500, 502, 503, 504])('retries a read after %i and returns its result', async (status) => {
    script(fail(status), fail(status), ok);
    await expect(list()).resolves.toHaveLength(1);
    expect(server.arrivals).toHaveLength(3);
  });

  it('retries a read after the connection is cut, and after a cut body', async () => {
    script(
      (res) => void res.socket?.destroy(),
      (res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
        res.write('[{"UserId":');
        setTimeout(() => res.socket?.destroy(), 5);
      },
      ok,
    );
    await expect(list()).resolves.toHaveLength(1);
    expect(server.arrivals).toHaveLength(3);
  });

  it('gives up after maxAttempts and says how many attempts were made', async () => {
    script(fail(500));
    const error = await list(testClient(server.url, { retry: { maxAttempts: 3, baseDelayMs: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ status: 500, attempts: 3, method: 'GET' });
    expect(server.arrivals).toHaveLength(3);
  });

  it('does not retry a 4xx', async () => {
    script(fail(404));
    await expect(list()).rejects.toBeInstanceOf(NotFoundError);
    expect(server.arrivals).toHaveLength(1);
  });

  it('honours Retry-After in seconds', async () => {
    script(fail(500, { 'retry-after': '1' }), ok);
    await list();
    const [first, second] = server.arrivals;
    expect((second?.at as number) - (first?.at as number)).toBeGreaterThanOrEqual(995);
  });

  it('does not wait past maxElapsedMs: a long Retry-After ends the retries at once', async () => {
    script(refuse({ 'retry-after': '3600' }));
    const started = performance.now();
    const error = await list(testClient(server.url, { retry: { maxElapsedMs: 2_000 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfterMs).toBe(3_600_000);
    expect(performance.now() - started).toBeLessThan(1_500);
    expect(server.arrivals).toHaveLength(1);
  });

  it('does not replay a write after a 500 or a cut connection unless asked to', async () => {
    script(fail(500), ok);
    await expect(testClient(server.url).teams.delete({ teamId: 't1' })).rejects.toMatchObject({ status: 500, attempts: 1 });
    expect(server.arrivals).toHaveLength(1);

    script((res) => void res.socket?.destroy(), ok);
    await expect(testClient(server.url).teams.delete({ teamId: 't1' })).rejects.toBeInstanceOf(LitmosConnectionError);
    expect(server.arrivals).toHaveLength(1);

    script(fail(500), (res) => sendText(res, 200, ''));
    await testClient(server.url, { retry: { writes: true, baseDelayMs: 1 } }).teams.delete({ teamId: 't1' });
    expect(server.arrivals.map((a) => a.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('replays a write refused with 503, which Litmos did not run', async () => {
    script(refuse(), (res) => sendText(res, 200, ''));
    await testClient(server.url).teams.delete({ teamId: 't1' });
    expect(server.arrivals).toHaveLength(2);
  });
});

describe('timeouts and abort', () => {
  it('times out each attempt and retries it; the last one fails with LitmosTimeoutError', async () => {
    script((res) => stall(res, 10_000));
    // 1 s, not less: on a loaded machine a shorter attempt can time out before its request arrives.
    const error = await list(testClient(server.url, { timeoutMs: 1_000, retry: { maxAttempts: 2, baseDelayMs: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosTimeoutError);
    expect(error).toMatchObject({ attempts: 2, message: expect.stringContaining('timed out after 1000 ms') });
    expect(server.arrivals).toHaveLength(2);
  });

  it('counts the body in the timeout: a body that stalls times out too', async () => {
    script(async (res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.write('[');
      await stall(res, 10_000);
    }, ok);
    // Long enough for the healthy retry to finish on a loaded machine.
    await expect(list(testClient(server.url, { timeoutMs: 1_000 }))).resolves.toHaveLength(1);
    expect(server.arrivals).toHaveLength(2);
  });

  it('aborts a request in flight', async () => {
    script((res) => stall(res, 10_000));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const error = await testClient(server.url)
      .achievements.list({}, { signal: controller.signal })
      .toArray({ max: 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosAbortError);
    expect(error).toMatchObject({ attempts: 1 });
  });

  it('aborts a backoff sleep at once', async () => {
    script(fail(500));
    const controller = new AbortController();
    const litmos = testClient(server.url, { retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } });
    const started = performance.now();
    const pending = litmos.achievements.list({}, { signal: controller.signal }).toArray({ max: 1 });
    setTimeout(() => controller.abort(), 50);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosAbortError);
    expect(error).toMatchObject({ attempts: 1 });
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('aborts a wait for a rate-limit slot, before anything is sent', async () => {
    script(ok);
    const litmos = testClient(server.url, { rateLimit: { limit: 1, windowMs: 60_000 } });
    await list(litmos);
    const controller = new AbortController();
    const pending = litmos.achievements.list({}, { signal: controller.signal }).toArray({ max: 1 });
    setTimeout(() => controller.abort(), 30);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosAbortError);
    expect(error).toMatchObject({ attempts: 0 });
    expect(server.arrivals).toHaveLength(1);
  });

  it('fails with LitmosConnectionError when nothing listens, after retrying', async () => {
    const port = await closedPort();
    const error = await list(testClient(`http://127.0.0.1:${port}`, { retry: { maxAttempts: 2, baseDelayMs: 1 } })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LitmosConnectionError);
    expect(error).toMatchObject({ attempts: 2, message: expect.stringContaining('ECONNREFUSED') });
  });
});
