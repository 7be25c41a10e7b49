import { describe, expect, it } from 'vitest';
import {
  AbortError,
  ApiError,
  ConnectionError,
  defaultErrorClasses,
  type ErrorClasses,
  ParseError,
  RedirectError,
  ResponseTooLargeError,
  TimeoutError,
} from './errors.js';
import type { HttpMethod } from './operation-def.js';
import { createTransport, summarize } from './transport.js';

const SECRET = 'tok-9f8e7d6c5b4a39281706';

/** A fetch that never answers, but gives up when its signal aborts (as real fetch does). */
const hanging: typeof fetch = (_input, init) =>
  new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason), { once: true }));

/** A transport over `fetchImpl`, called with a URL (and a method and signal) like a fetch. */
const transport = (fetchImpl: typeof fetch, extra: { timeoutMs?: number; maxResponseBytes?: number; errors?: ErrorClasses } = {}) => {
  const send = createTransport({
    fetch: fetchImpl,
    timeoutMs: extra.timeoutMs ?? 1_000,
    secrets: [SECRET],
    ...(extra.maxResponseBytes ? { maxResponseBytes: extra.maxResponseBytes } : {}),
    errors: extra.errors ?? defaultErrorClasses,
  });
  return (url: string, init: { method?: HttpMethod; signal?: AbortSignal } = {}) => {
    const request = { method: init.method ?? 'GET', url, headers: {} };
    return send(request, summarize(request, [SECRET]), init.signal);
  };
};

describe('createTransport', () => {
  it('returns a 2xx response with its body read and the URL redacted', async () => {
    const send = transport(async () => new Response('<response/>', { status: 200, headers: { 'content-type': 'application/xml' } }));
    const { response, text } = await send(`https://x/learners/results?token=${SECRET}&pageSize=2`);
    expect(response.url).toBe('https://x/learners/results?token=[REDACTED]&pageSize=2');
    expect(text).toBe('<response/>');
  });

  it('turns a status outside 2xx into an ApiError with the reason and nothing secret', async () => {
    const send = transport(async () =>
      Response.json(
        { message: `token ${SECRET} expired` },
        { status: 401, headers: { 'x-request-id': 'r-1', 'www-authenticate': `Bearer error="${SECRET}"` } },
      ),
    );
    const error = (await send('https://x/learners/results').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 401, requestId: 'r-1', detail: 'token [REDACTED] expired', method: 'GET' });
    expect(error.body).not.toContain(SECRET);
    expect(error.headers.get('www-authenticate')).toBe('Bearer error="[REDACTED]"');
  });

  it('reads the reason from an HTML title or short plain text, else the status text', async () => {
    const reason = async (body: string, type: string) => {
      const send = transport(async () => new Response(body, { status: 502, statusText: 'Bad Gateway', headers: { 'content-type': type } }));
      return ((await send('https://x/').catch((e: unknown) => e)) as ApiError).detail;
    };
    expect(await reason('<html><title>Upstream down</title></html>', 'text/html')).toBe('Upstream down');
    expect(await reason('try later', 'text/plain')).toBe('try later');
    expect(await reason('', 'text/plain')).toBe('Bad Gateway');
  });

  it('times an attempt out, body included, as a TimeoutError', async () => {
    const send = transport(hanging, { timeoutMs: 30 });
    const started = performance.now();
    const error = await send('https://x/').catch((e: unknown) => e);
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
    const pending = send('https://x/', { signal: controller.signal });
    controller.abort(new Error('user stop'));
    await expect(pending).rejects.toBeInstanceOf(AbortError);
    await expect(send('https://x/', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(AbortError);
    expect(sent).toBe(1);
  });

  it("reports a connection failure with undici's inner reason, redacted", async () => {
    const send = transport(async () => {
      throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED for ${SECRET}`) });
    });
    const error = (await send('https://x/').catch((e: unknown) => e)) as ConnectionError;
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
    await expect(transport(async () => new Response('', { status: 500 }), { errors })('https://x/')).rejects.toBeInstanceOf(MyApiError);
    await expect(transport(hanging, { errors, timeoutMs: 10 })('https://x/')).rejects.toBeInstanceOf(MyTimeout);
  });
});

describe('createTransport: redirects', () => {
  /** A fetch that answers by URL and records what it was asked, with the redirect mode it got. */
  function router(routes: Record<string, () => Response>) {
    const seen: string[] = [];
    const fetchImpl: typeof fetch = async (input, init) => {
      const url = String(input);
      seen.push(`${init?.method} ${url} ${init?.redirect}`);
      return (routes[url] ?? (() => new Response('none', { status: 404 })))();
    };
    return { fetchImpl, seen };
  }
  const moved =
    (location: string, status = 302) =>
    () =>
      new Response(null, { status, headers: { location } });

  it('asks fetch not to follow, and refuses https to http even on the same host', async () => {
    const { fetchImpl, seen } = router({ 'https://x/a': moved('http://x/b') });
    const error = await transport(fetchImpl)('https://x/a').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedirectError);
    expect(error).toMatchObject({ status: 302, location: 'http://x/b' });
    expect((error as Error).message).toBe('GET https://x/a was redirected (302) to http://x/b; not followed: it leaves https for http');
    expect(seen).toEqual(['GET https://x/a manual']);
  });

  it('redacts a secret in the target it names', async () => {
    const { fetchImpl } = router({ 'https://x/a': moved(`https://evil.example/?token=${SECRET}&q=${SECRET}`) });
    const error = (await transport(fetchImpl)('https://x/a').catch((e: unknown) => e)) as RedirectError;
    expect(error.location).toBe('https://evil.example/?token=[REDACTED]&q=[REDACTED]');
    expect(JSON.stringify(error)).not.toContain(SECRET);
  });

  it('follows a relative same-origin redirect and returns the final answer', async () => {
    const { fetchImpl, seen } = router({ 'https://x/a': moved('/b?c=1', 301), 'https://x/b?c=1': () => new Response('ok') });
    expect((await transport(fetchImpl)('https://x/a')).text).toBe('ok');
    expect(seen).toEqual(['GET https://x/a manual', 'GET https://x/b?c=1 manual']);
  });

  it('returns a 3xx without Location as the API error it is', async () => {
    const { fetchImpl } = router({ 'https://x/a': () => new Response('', { status: 302 }) });
    await expect(transport(fetchImpl)('https://x/a')).rejects.toMatchObject({ name: 'ApiError', status: 302 });
  });
});

describe('createTransport: body size', () => {
  /** A body of `chunks` chunks of 1 KiB; records whether the reader cancelled it. */
  function chunked(chunks: number) {
    const state = { pulled: 0, cancelled: false };
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (state.pulled++ === chunks) controller.close();
        else controller.enqueue(new Uint8Array(1024).fill(65));
      },
      cancel() {
        state.cancelled = true;
      },
    });
    return { body, state };
  }

  it('stops reading past maxResponseBytes and cancels the rest', async () => {
    const { body, state } = chunked(1_000);
    const error = await transport(async () => new Response(body, { headers: { 'content-type': 'text/plain' } }), { maxResponseBytes: 10 * 1024 })(
      'https://x/',
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limitBytes: 10 * 1024, status: 200 });
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBeLessThan(20);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const { body, state } = chunked(1_000);
    const send = transport(async () => new Response(body, { headers: { 'content-length': String(1024 * 1024) } }), { maxResponseBytes: 1024 });
    await expect(send('https://x/')).rejects.toBeInstanceOf(ResponseTooLargeError);
    expect(state.pulled).toBeLessThanOrEqual(1);
  });

  it('bounds an error body the same way', async () => {
    const { body } = chunked(1_000);
    const error = await transport(async () => new Response(body, { status: 500 }), { maxResponseBytes: 4 * 1024 })('https://x/').catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'ResponseTooLargeError', status: 500 });
  });
});

describe('createTransport: text encoding', () => {
  const answer = (bytes: number[], type: string) => transport(async () => new Response(new Uint8Array(bytes), { headers: { 'content-type': type } }));

  it('refuses a body that claims UTF-8 (or no charset) but is not, with a ParseError', async () => {
    const bad = [0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xc3, 0x28, 0x22, 0x7d]; // {"a":"\xC3("}
    for (const type of ['application/json; charset=utf-8', 'application/xml', 'text/plain', '']) {
      const error = await answer(bad, type)('https://x/').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ParseError);
      expect((error as Error).message).toBe('GET https://x/ answered 200 with text that is not valid UTF-8');
    }
  });

  it('converts a body in another declared charset to UTF-8', async () => {
    const { text } = await answer(
      [0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x4a, 0x6f, 0x73, 0xe9, 0x22, 0x7d],
      'application/json; charset=ISO-8859-1',
    )('https://x/');
    expect(text).toBe('{"n":"José"}');
  });

  it('passes binary types as they are', async () => {
    const { bytes } = await answer([0xff, 0xfe, 0x00], 'application/octet-stream')('https://x/');
    expect(bytes).toEqual(new Uint8Array([0xff, 0xfe, 0x00]));
  });
});
