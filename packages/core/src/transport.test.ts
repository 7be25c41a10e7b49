import { describe, expect, it } from 'vitest';
import { AbortError, ApiError, ConnectionError, defaultErrorClasses, type ErrorClasses, TimeoutError } from './errors.js';
import { createTransport } from './transport.js';

const SECRET = 'tok-9f8e7d6c5b4a39281706';

/** A fetch that never answers, but gives up when its signal aborts (as real fetch does). */
const hanging: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }));

const transport = (fetchImpl: typeof fetch, extra: { timeoutMs?: number; errors?: ErrorClasses } = {}) =>
  createTransport({ fetch: fetchImpl, timeoutMs: extra.timeoutMs ?? 1_000, secrets: [SECRET], ...(extra.errors ? { errors: extra.errors } : {}) });

describe('createTransport', () => {
  it('returns a 2xx response with its body read and the URL redacted', async () => {
    const send = transport(async () => new Response('<response/>', { status: 200, headers: { 'content-type': 'application/xml' } }));
    const response = await send(new Request(`https://x/learners/results?token=${SECRET}&pageSize=2`));
    expect(response.url).toBe('https://x/learners/results?token=[REDACTED]&pageSize=2');
    expect(await response.text()).toBe('<response/>');
  });

  it('turns a status outside 2xx into an ApiError with the reason and nothing secret', async () => {
    const send = transport(async () =>
      Response.json(
        { message: `token ${SECRET} expired` },
        { status: 401, headers: { 'x-request-id': 'r-1', 'www-authenticate': `Bearer error="${SECRET}"` } },
      ),
    );
    const error = (await send(new Request('https://x/learners/results')).catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, requestId: 'r-1', detail: 'token [REDACTED] expired', method: 'GET' });
    expect(error.body).not.toContain(SECRET);
    expect(error.headers.get('www-authenticate')).toBe('Bearer error="[REDACTED]"');
  });

  it('reads the reason from an HTML title or short plain text, else the status text', async () => {
    const reason = async (body: string, type: string) => {
      const send = transport(async () => new Response(body, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': type } }));
      return ((await send(new Request('https://x/')).catch((e: unknown) => e)) as ApiError).detail;
    };
    expect(await reason('<html><title>Upstream down</title></html>', 'text/html')).toBe('Upstream down');
    expect(await reason('try later', 'text/plain')).toBe('try later');
    expect(await reason('', 'text/plain')).toBe('Bad Gateway');
  });

  it('times an attempt out, body included, as a TimeoutError', async () => {
    const send = transport(hanging, { timeoutMs: 30 });
    const started = performance.now();
    const error = await send(new Request('https://x/')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe('GET https://x/ timed out after 30 ms');
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("stops at the caller's abort with an AbortError, before sending when already aborted", async () => {
    let sent = 0;
    const send = transport((input, init) => {
      sent++;
      return hanging(input, init);
    });
    const controller = new AbortController();
    const pending = send(new Request('https://x/', { signal: controller.signal }));
    controller.abort(new Error('user stop'));
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(send(new Request('https://x/', { signal: AbortSignal.abort() }))).rejects.toBeInstanceOf(AbortError);
    expect(sent).toBe(1);
  });

  it("reports a connection failure with undici's inner reason, redacted", async () => {
    const send = transport(async () => {
      throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED for ${SECRET}`) });
    });
    const error = (await send(new Request('https://x/')).catch((e: unknown) => e)) as ConnectionError;
    expect(error).toBeInstanceOf(ConnectionError);
    expect(error.message).toBe('GET https://x/ failed: fetch failed: connect ECONNREFUSED for [REDACTED]');
  });

  it("throws an SDK's own classes when given them", async () => {
    class MyApiError extends ApiError {
      override name = 'MyApiError';
    }
    class MyTimeout extends TimeoutError {
      override name = 'MyTimeout';
    }
    const errors: ErrorClasses = { ...defaultErrorClasses, apiError: () => MyApiError, TimeoutError: MyTimeout };
    await expect(transport(async () => new Response('', { status: 500 }), { errors })(new Request('https://x/'))).rejects.toBeInstanceOf(MyApiError);
    await expect(transport(hanging, { errors, timeoutMs: 10 })(new Request('https://x/'))).rejects.toBeInstanceOf(MyTimeout);
  });
});
