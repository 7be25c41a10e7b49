import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenOnLoopback } from '../../../test-support/start-server.js';
import { type CallerSettings, createCaller } from './create-caller.js';
import type { DecodePath, DecodeState } from './decode-state.js';
import { AbortError, ApiError, defaultErrorClasses, ParseError, type SdkError, TimeoutError, type TooManyRequestsError } from './errors.js';
import type { HttpHooks } from './hooks.js';
import { type HttpOptions, resolveHttpOptions } from './http-options.js';
import type { Logger } from './logger.js';
import type { OperationCodec, OperationDef } from './operation-def.js';
import type { RequestLimiter } from './send-attempt.js';
import type { DriftEvent } from './validation-policy.js';

const TOKEN = 'tok-5a4b3c2d1e0f-secret';

// A decoder as the generator writes one: a list of { id: string (required), n: integer }.
const idSpec = { type: 'string' } as const;
const nSpec = { type: 'integer' } as const;
const known = new Set(['id', 'n']);
function decodeRow(v: unknown, s: DecodeState, p: DecodePath | undefined): unknown {
  const o = s.object(v, p);
  if (o === undefined) return v;
  const a = s.absent;
  if (typeof o.id !== 'string') s.field(o, 'id', o.id, idSpec, p, 2);
  if (!(typeof o.n === 'number' && Number.isSafeInteger(o.n))) s.field(o, 'n', o.n, nSpec, p, 1);
  s.done(o, known, 2, a, p);
  return o;
}
type Row = { id: string; n?: number };
const codec: OperationCodec<Row[]> = {
  response: { label: 'listRows', decode: (v, s, p) => s.list(v, decodeRow, undefined, p) as Row[], xmlRoot: 'Rows' },
  bodyXml: { kind: 'value', name: 'Row', date: false },
};

/** An operation definition as the generator writes one, counting how often its codec is loaded. */
function operation(httpMethod: OperationDef['httpMethod'] = 'GET'): OperationDef<Row[]> & { loads: () => number } {
  let loads = 0;
  return {
    id: 'listRows',
    httpMethod,
    path: '/groups/{groupId}/rows',
    sdkMethod: 'groups.rows.list',
    paging: 'none',
    delta: false,
    itemKey: ['id'],
    pathParams: ['groupId'],
    query: [
      { name: 'q', required: false },
      { name: 'tag', required: false },
    ],
    headerParams: [],
    bodyMediaTypes: httpMethod === 'GET' ? [] : ['application/json'],
    returns: 'list',
    auth: 'bearer',
    load: async () => {
      loads++;
      return codec;
    },
    loads: () => loads,
  };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

/** A fetch that plays a script of answers, one per request, and records the requests. */
function scripted(answers: (() => Response | Error)[]) {
  const requests: Request[] = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    requests.push(new Request(input, init));
    const answer = answers[Math.min(requests.length - 1, answers.length - 1)]?.();
    if (answer instanceof Error) throw answer;
    return answer as Response;
  };
  return { fetchImpl, requests };
}

function recorder() {
  const lines: string[] = [];
  const at = (level: string) => (message: string) => void lines.push(`${level} ${message}`);
  const logger: Logger = { error: at('error'), warn: at('warn'), info: at('info'), debug: at('debug') };
  return { lines, logger };
}

function caller(options: HttpOptions & { hooks?: HttpHooks & { onDrift?: (e: DriftEvent) => void } } = {}, extra: Partial<CallerSettings> = {}) {
  const http = resolveHttpOptions({ ...options, retry: { baseDelayMs: 1, maxDelayMs: 2, ...(options.retry || {}) } });
  return createCaller({
    baseUrl: 'https://api.example/v1/',
    options: { ...http, hooks: options.hooks ?? {}, validation: 'report' },
    secrets: [TOKEN],
    logPrefix: 'svc',
    service: 'Service',
    errors: defaultErrorClasses,
    ...extra,
  });
}

const parts = { path: { groupId: 'g 1' }, query: { tag: ['a', 'b'], q: 'x&y' }, headers: { accept: 'application/json' } };

describe('createCaller', () => {
  it('builds the request from the definition, decodes the body and loads the codec once', async () => {
    const { fetchImpl, requests } = scripted([() => json([{ id: 'a', n: 1 }])]);
    const op = operation();
    const call = caller({ fetch: fetchImpl });
    const first = await call(op, parts);
    await call(op, parts);
    expect(first.value).toEqual([{ id: 'a', n: 1 }]);
    expect(first.request.url).toBe('https://api.example/v1/groups/g%201/rows?q=x%26y&tag=a&tag=b');
    expect(requests[0]?.headers.get('accept')).toBe('application/json');
    expect(op.loads()).toBe(1);
  });

  it('reads an XML body (loading the XML reader) to the same value as JSON', async () => {
    const { fetchImpl } = scripted([
      () => new Response('<Rows><Row><id>a</id><n>1</n></Row></Rows>', { headers: { 'content-type': 'application/xml' } }),
      () => json([{ id: 'a', n: 1 }]),
    ]);
    const call = caller({ fetch: fetchImpl });
    const xml = await call(operation(), parts);
    const fromJson = await call(operation(), parts);
    expect(xml.value).toEqual(fromJson.value);
  });

  it('reports drift once per place through onDrift, with the redacted URL', async () => {
    const drift: DriftEvent[] = [];
    const { fetchImpl } = scripted([() => json([{ id: 'a', n: '2', extra: true }])]);
    const call = caller({ fetch: fetchImpl, hooks: { onDrift: (event) => void drift.push(event) } });
    await call(operation(), { ...parts, query: { q: TOKEN } });
    await call(operation(), parts);
    expect(drift.map((e) => `${e.kind} ${e.path}`)).toEqual(['coerced [].n', 'unknown [].extra']);
    expect(drift[0]?.url).not.toContain(TOKEN);
  });

  it('writes the body with the loaded codec', async () => {
    const { fetchImpl, requests } = scripted([() => json([])]);
    await caller({ fetch: fetchImpl })(operation('POST'), { ...parts, body: (loaded) => `{"shape":"${loaded.bodyXml?.name}"}` });
    expect(await requests[0]?.text()).toBe('{"shape":"Row"}');
  });

  it('retries a failed read, tells the hooks about every attempt and logs with its prefix', async () => {
    const { fetchImpl, requests } = scripted([() => json({ Message: 'busy' }, 503), () => json([])]);
    const events: string[] = [];
    const { lines, logger } = recorder();
    const hooks: HttpHooks = {
      onRequest: (e) => void events.push(`request ${e.attempt}`),
      onResponse: (e) => void events.push(`response ${e.attempt} ${e.status}`),
      onError: (e) => void events.push(`error ${e.attempt} ${e.error.status} retry=${e.willRetry}`),
      onWait: (e) => void events.push(`wait ${e.attempt} ${e.reason}`),
    };
    await caller({ fetch: fetchImpl, hooks, logger, logLevel: 'debug' })(operation(), parts);
    expect(requests).toHaveLength(2);
    expect(events).toEqual(['request 1', 'error 1 503 retry=true', 'wait 2 retry', 'request 2', 'response 2 200']);
    const url = 'https://api.example/v1/groups/g%201/rows?q=x%26y&tag=a&tag=b';
    expect(lines.map((line) => line.replace(/\d+ ms/g, 'N ms'))).toEqual([
      `debug svc: → GET ${url}`,
      `warn svc: retrying GET ${url} in N ms after ApiError (attempt 1 of 4)`,
      `debug svc: → GET ${url}`,
      `debug svc: ← 200 GET ${url} in N ms`,
    ]);
  });

  it('gives onResponse a copy whose body it can read', async () => {
    const { fetchImpl } = scripted([() => json([{ id: 'a' }])]);
    let seen = '';
    const hooks: HttpHooks = {
      onResponse: async (e) => {
        seen = await e.response.text();
      },
    };
    expect((await caller({ fetch: fetchImpl, hooks })(operation(), parts)).value).toEqual([{ id: 'a' }]);
    expect(seen).toBe('[{"id":"a"}]');
  });

  it('does not replay a write after a 500, and counts its attempts', async () => {
    const { fetchImpl, requests } = scripted([() => json({}, 500)]);
    const error = (await caller({ fetch: fetchImpl })(operation('POST'), { ...parts, body: () => '{}' }).catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.attempts).toBe(1);
    expect(requests).toHaveLength(1);
  });

  it('replays a 429 refusal of a write after Retry-After', async () => {
    const { fetchImpl, requests } = scripted([() => json({}, 429, { 'retry-after': '0' }), () => json([])]);
    await caller({ fetch: fetchImpl })(operation('POST'), { ...parts, body: () => '{}' });
    expect(requests).toHaveLength(2);
  });

  it('asks a read again while its 200 body is cut off, within one budget of attempts', async () => {
    const cut = () => new Response('[{"id":"a"', { headers: { 'content-type': 'application/json' } });
    const flaky = scripted([() => json({}, 502), cut, () => json([{ id: 'a' }])]);
    expect((await caller({ fetch: flaky.fetchImpl })(operation(), parts)).value).toEqual([{ id: 'a' }]);
    expect(flaky.requests).toHaveLength(3);
    // 4 attempts in all, whatever failed: a 5xx, then cut bodies.
    const broken = scripted([() => json({}, 502), cut]);
    const error = (await caller({ fetch: broken.fetchImpl })(operation(), parts).catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(ParseError);
    expect(error.attempts).toBe(4);
    expect(broken.requests).toHaveLength(4);
    // A write's 2xx was applied, whatever its body: never sent again.
    const write = scripted([cut]);
    await expect(caller({ fetch: write.fetchImpl })(operation('PUT'), { ...parts, body: () => '{}' })).rejects.toBeInstanceOf(ParseError);
    expect(write.requests).toHaveLength(1);
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
    const { fetchImpl } = scripted([() => json({}, 429)]);
    const call = caller({ fetch: fetchImpl, logger, retry: { maxAttempts: 1 } }, { limiter: () => limiter });
    const error = (await call(operation(), parts).catch((e: unknown) => e)) as TooManyRequestsError;
    expect(error.retryAfterMs).toBe(3);
    expect(releases[0]).toBe(true);
    expect(lines).toContain('warn svc: 429 from Service; holding every request of this key for 3 ms');
  });

  it('leaves the limiter out of a call that is not paced', async () => {
    let acquired = 0;
    const limiter: RequestLimiter = {
      acquire: async () => {
        acquired++;
        return { release: async () => undefined };
      },
    };
    const { fetchImpl } = scripted([() => json([])]);
    const call = caller({ fetch: fetchImpl }, { limiter: () => limiter });
    await call(operation(), parts, { paced: false });
    expect(acquired).toBe(0);
    await call(operation(), parts);
    expect(acquired).toBe(1);
  });

  it('stops waiting for a retry at once when the caller aborts, with the configured class', async () => {
    class MyAbort extends AbortError {}
    const { fetchImpl } = scripted([() => new TypeError('fetch failed')]);
    const controller = new AbortController();
    const call = caller(
      { fetch: fetchImpl, retry: { baseDelayMs: 60_000, maxDelayMs: 60_000 } },
      { errors: { ...(await import('./errors.js')).defaultErrorClasses, AbortError: MyAbort } },
    );
    const pending = call(operation(), parts, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    const error = (await pending.catch((e: unknown) => e)) as SdkError;
    expect(error).toBeInstanceOf(MyAbort);
    expect(error.attempts).toBe(1);
  });

  it('ignores a hook that throws, and logs it', async () => {
    const { lines, logger } = recorder();
    const { fetchImpl } = scripted([() => json([])]);
    const hooks: HttpHooks = {
      onRequest: () => {
        throw new Error('hook broke');
      },
    };
    await caller({ fetch: fetchImpl, hooks, logger })(operation(), parts);
    expect(lines).toContain('warn svc: the onRequest hook threw; ignored');
  });

  it('loads its error classes with the first failure, and says so when they cannot be loaded', async () => {
    let loads = 0;
    // A loader of the classes, as an SDK whose classes load on demand gives it: failing once
    // (a chunk that did not arrive), then loading.
    const errors = async () => {
      loads++;
      if (loads === 1) throw new Error('the chunk did not arrive');
      return defaultErrorClasses;
    };
    const { fetchImpl } = scripted([() => json([]), () => json({ Detail: `bad ${TOKEN}` }, 400), () => json({}, 404)]);
    const call = caller({ fetch: fetchImpl, retry: false }, { errors });
    await call(operation(), parts);
    expect(loads).toBe(0);
    const unloaded = (await call(operation(), parts).catch((e: unknown) => e)) as Error;
    expect(unloaded).not.toBeInstanceOf(ApiError);
    expect(unloaded.message).toBe(
      'GET https://api.example/v1/groups/g%201/rows?q=x%26y&tag=a&tag=b failed, and the error classes to report it with could not be loaded',
    );
    expect((unloaded.cause as Error).message).toBe('the chunk did not arrive');
    expect(JSON.stringify(unloaded)).not.toContain(TOKEN);
    const typed = (await call(operation(), parts).catch((e: unknown) => e)) as SdkError;
    expect(typed).toBeInstanceOf(ApiError);
    expect(typed.status).toBe(404);
    expect(loads).toBe(2);
  });
});

describe('createCaller on a real server', () => {
  let server: Server;
  let url = '';
  let handler: (req: IncomingMessage, res: ServerResponse, hit: number) => void = () => {};
  let hits = 0;

  beforeAll(async () => {
    server = createServer((req, res) => handler(req, res, ++hits));
    url = await listenOnLoopback(server, 'the test HTTP server');
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  const call = (options: HttpOptions = {}) => caller(options, { baseUrl: url });

  it('times out a stalled attempt and succeeds on the retry', async () => {
    hits = 0;
    handler = (_req, res, hit) => {
      if (hit === 1) return; // never answers: the attempt must time out
      res.writeHead(200, { 'content-type': 'application/json' }).end('[{"id":"a"}]');
    };
    // Long enough for the healthy retry to finish on a loaded machine.
    expect((await call({ timeoutMs: 1_000 })(operation(), parts)).value).toEqual([{ id: 'a' }]);
    expect(hits).toBe(2);
  });

  it('fails with a TimeoutError after the last attempt', async () => {
    handler = () => {};
    const error = await call({ timeoutMs: 30, retry: { maxAttempts: 2 } })(operation(), parts).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).attempts).toBe(2);
  });

  it('keeps the token out of an API error whose body and URL echo it', async () => {
    handler = (req, res) =>
      res.writeHead(403, { 'content-type': 'application/json' }).end(JSON.stringify({ message: `token ${TOKEN} may not read ${req.url}` }));
    const error = (await call({ retry: false })(operation(), { ...parts, query: { q: TOKEN }, headers: { authorization: `Bearer ${TOKEN}` } }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(403);
    for (const shown of [JSON.stringify(error), error.message, error.body, error.url]) expect(shown).not.toContain(TOKEN.slice(4, 16));
    expect(error.url).toBe(`${url}/groups/g%201/rows?q=[REDACTED]`);
  });
});
