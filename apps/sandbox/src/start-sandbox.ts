/**
 * Starts the sandbox: seeds the organisation, loads the spec and serves the Litmos API on
 * 127.0.0.1 (under `/v1.svc`, like the real base URL, and at the root), plus a small control API
 * under `/__sandbox/`. `close()` stops it and drops keep-alive connections, so a test run ends.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { allHandlers } from './all-handlers.js';
import type { Negotiation } from './choose-format.js';
import { type ClockMode, createClock, type SandboxClock } from './create-clock.js';
import { createRateLimiter, type RateLimiter } from './create-rate-limiter.js';
import { htmlErrorPage } from './error-bodies.js';
import { createFaultPlanner, FAULT_HEADER, type FaultOptions, type FaultPlan, type FaultPlanner, parseFaultHeader } from './faults.js';
import { type ApiAnswer, type ApiEnvironment, handleApiRequest } from './handle-api-request.js';
import type { HandlerTable } from './handler-types.js';
import { loadSpecModel, type SpecModel } from './load-spec-model.js';
import type { OrgState } from './org-state.js';
import type { Schema } from './schema-tools.js';
import { seedOrg } from './seed-org.js';
import { type StateSummary, summarizeState } from './summarize-state.js';

/** The fixed default "now" (the research date of the catalogue), so default runs are reproducible. */
export const DEFAULT_NOW = '2026-11-24T12:00:00Z';
/** The API key the sandbox accepts unless told otherwise. */
export const DEFAULT_API_KEY = 'sandbox-api-key';

/** Options of `startSandbox`. */
export interface SandboxOptions {
  /** TCP port; 0 (default) picks a free one. */
  readonly port?: number;
  /** Interface to listen on (default 127.0.0.1). */
  readonly host?: string;
  /** Seed of the organisation (default 1). */
  readonly seed?: number;
  /** Number of people (default 5000). */
  readonly users?: number;
  /** Start time: epoch ms, an ISO string, a Date, or `'now'` for the wall clock (default 2026-11-24T12:00:00Z). */
  readonly now?: number | string | Date;
  /** `'running'` (default): time moves on from `now`; `'frozen'`: it stays until set. */
  readonly clock?: ClockMode;
  /** Accepted API keys (default `['sandbox-api-key']`). */
  readonly apiKeys?: readonly string[];
  /** Rate limit per key; `false` turns it off (default 100 per 60 000 ms). */
  readonly rateLimit?: { readonly max?: number; readonly windowMs?: number } | false;
  /** Run-level faults (default none). */
  readonly faults?: FaultOptions;
  /** Response format negotiation (default `'format-param'`, see chooseFormat.ts). */
  readonly negotiation?: Negotiation;
  /** The bundled spec (document or path of its JSON); defaults to `@litmos-kit/spec`. */
  readonly spec?: Schema | string;
  /** Extra or replacement handlers by operation shape. */
  readonly handlers?: HandlerTable;
}

/** Which of the spec's operations the sandbox serves. */
export interface Coverage {
  /** Operations with a handler: `operationId (METHOD path)`. */
  readonly implemented: readonly string[];
  /** Operations that answer 501. */
  readonly missing: readonly string[];
  readonly total: number;
}

/** A running sandbox. */
export interface Sandbox {
  /** Base URL of the API, like `https://api.litmos.com/v1.svc`: `http://127.0.0.1:<port>/v1.svc`. */
  readonly url: string;
  /** `http://127.0.0.1:<port>` (the API is served at the root too; control API at `/__sandbox/`). */
  readonly origin: string;
  readonly port: number;
  /** The first accepted API key. */
  readonly apiKey: string;
  /** The current organisation (replaced by `reset`). */
  readonly state: OrgState;
  readonly clock: SandboxClock;
  readonly spec: SpecModel;
  /** Time it took to seed the organisation, in ms. */
  readonly seedMs: number;
  coverage(): Coverage;
  summary(): StateSummary;
  /** Re-seeds (same or new seed/size), resets the clock to the start time and the rate limiter. */
  reset(options?: { seed?: number; users?: number }): void;
  /** Replaces the run-level faults. */
  setFaults(faults: FaultOptions): void;
  close(): Promise<void>;
}

function resolveNow(now: SandboxOptions['now']): number {
  if (now === undefined) return Date.parse(DEFAULT_NOW);
  if (now === 'now') return Math.floor(Date.now() / 1000) * 1000;
  const ms = now instanceof Date ? now.getTime() : typeof now === 'number' ? now : Date.parse(now);
  if (!Number.isFinite(ms)) throw new TypeError(`Expected \`now\` to be a date, got ${JSON.stringify(now)}`);
  return Math.floor(ms / 1000) * 1000;
}

const sleep = (ms: number, timers: Set<NodeJS.Timeout>) =>
  new Promise<void>((resolve) => {
    const t = setTimeout(() => {
      timers.delete(t);
      resolve();
    }, ms);
    timers.add(t);
  });

/**
 * Seeds an organisation and starts serving it.
 * @example
 * const sandbox = await startSandbox({ seed: 1, users: 200, rateLimit: { windowMs: 1000 } });
 * await fetch(`${sandbox.url}/users?source=test&format=json`, { headers: { apikey: sandbox.apiKey } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const startNow = resolveNow(options.now);
  let seed = options.seed ?? 1;
  let users = options.users ?? 5000;
  const spec = loadSpecModel(options.spec);
  const handlers: HandlerTable = { ...allHandlers, ...options.handlers };
  const apiKeys = options.apiKeys?.length ? options.apiKeys : [DEFAULT_API_KEY];
  const clock = createClock(startNow, options.clock ?? 'running');
  const limiter: RateLimiter | undefined =
    options.rateLimit === false ? undefined : createRateLimiter({ max: options.rateLimit?.max ?? 100, windowMs: options.rateLimit?.windowMs ?? 60_000 });
  let faults: FaultPlanner = createFaultPlanner(options.faults ?? {}, seed);

  let seedStarted = performance.now();
  let state = seedOrg({ seed, users, now: startNow });
  let seedMs = performance.now() - seedStarted;

  const env: ApiEnvironment = {
    spec,
    handlers,
    state: () => state,
    now: () => clock.now(),
    apiKeys: new Set(apiKeys),
    limiter,
    negotiation: options.negotiation ?? 'format-param',
  };

  const coverage = (): Coverage => {
    const label = (op: { operationId: string; method: string; path: string }) => `${op.operationId} (${op.method} ${op.path})`;
    return {
      implemented: spec.operations.filter((op) => handlers[op.shape]).map(label),
      missing: spec.operations.filter((op) => !handlers[op.shape]).map(label),
      total: spec.operations.length,
    };
  };

  const reset = (next: { seed?: number; users?: number } = {}) => {
    seed = next.seed ?? seed;
    users = next.users ?? users;
    seedStarted = performance.now();
    state = seedOrg({ seed, users, now: startNow });
    seedMs = performance.now() - seedStarted;
    clock.set(startNow);
    limiter?.reset();
  };

  const timers = new Set<NodeJS.Timeout>();
  const sockets = new Set<Socket>();

  const send = (res: ServerResponse, out: ApiAnswer, truncate = false) => {
    let body = Buffer.from(out.body, 'utf8');
    // A truncated answer: half the body, with a Content-Length that matches what is sent.
    if (truncate && body.length > 0) body = body.subarray(0, Math.floor(body.length / 2));
    const headers: Record<string, string | number> = { ...out.headers, 'Content-Length': body.length };
    if (out.statusMessage) res.writeHead(out.status, out.statusMessage, headers);
    else res.writeHead(out.status, headers);
    res.end(body);
  };

  const control = async (req: IncomingMessage, res: ServerResponse, path: string, rawBody: string) => {
    const json = (status: number, value: unknown) => {
      const text = JSON.stringify(value, null, 2);
      res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
      res.end(text);
    };
    let body: Record<string, unknown> = {};
    try {
      body = rawBody.trim() ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
    } catch {
      json(400, { error: 'The control API takes JSON bodies' });
      return;
    }
    const method = req.method ?? 'GET';
    const route = `${method} ${path.replace(/\/+$/, '')}`;
    switch (route) {
      case 'GET /__sandbox':
      case 'GET /__sandbox/state':
        json(200, handle.summary());
        return;
      case 'GET /__sandbox/operations':
        json(200, coverage());
        return;
      case 'POST /__sandbox/reset':
        reset({ ...(typeof body.seed === 'number' ? { seed: body.seed } : {}), ...(typeof body.users === 'number' ? { users: body.users } : {}) });
        json(200, handle.summary());
        return;
      case 'PUT /__sandbox/faults':
      case 'POST /__sandbox/faults':
        faults = createFaultPlanner(body as FaultOptions, seed);
        json(200, { faults: faults.options });
        return;
      case 'DELETE /__sandbox/faults':
        faults = createFaultPlanner({}, seed);
        json(200, { faults: {} });
        return;
      case 'POST /__sandbox/clock':
      case 'PUT /__sandbox/clock': {
        if (body.mode === 'running' || body.mode === 'frozen') clock.mode = body.mode;
        if (body.now !== undefined) clock.set(resolveNow(body.now as string | number));
        if (typeof body.advanceMs === 'number') clock.advance(body.advanceMs);
        json(200, { now: new Date(clock.now()).toISOString(), mode: clock.mode });
        return;
      }
      default:
        json(404, {
          error: `Unknown control route ${route}`,
          routes: [
            'GET /__sandbox/state',
            'GET /__sandbox/operations',
            'POST /__sandbox/reset',
            'PUT /__sandbox/faults',
            'DELETE /__sandbox/faults',
            'POST /__sandbox/clock',
          ],
        });
    }
  };

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      void serve(req, res, Buffer.concat(chunks).toString('utf8')).catch((error: unknown) => {
        if (!res.headersSent) send(res, { status: 500, headers: {}, body: htmlErrorPage(500, String(error)).text });
        else res.destroy();
      });
    });
  });

  const serve = async (req: IncomingMessage, res: ServerResponse, rawBody: string) => {
    const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
    const path = url.pathname;
    if (path === '/__sandbox' || path.startsWith('/__sandbox/')) return control(req, res, path, rawBody);
    const apiPath = path.replace(/^\/v1\.svc(?=\/|$)/i, '') || '/';

    let plan: FaultPlan;
    const forced = req.headers[FAULT_HEADER];
    try {
      plan = forced ? parseFaultHeader(Array.isArray(forced) ? forced.join(',') : forced) : faults.plan(apiPath);
    } catch (error) {
      send(res, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: (error as Error).message });
      return;
    }
    if (plan.latencyMs > 0) await sleep(plan.latencyMs, timers);
    if (res.destroyed) return;
    if (plan.reset) {
      req.socket.destroy();
      return;
    }
    if (plan.html !== undefined) {
      const page = htmlErrorPage(plan.html, 'The server encountered an error processing the request. See server logs for more details.');
      send(res, { status: plan.html, headers: { 'Content-Type': page.contentType }, body: page.text });
      return;
    }
    if (plan.status !== undefined) {
      const page = htmlErrorPage(plan.status, `${plan.status} - The service is temporarily unavailable.`);
      send(res, { status: plan.status, headers: { 'Content-Type': page.contentType }, body: page.text });
      return;
    }
    send(res, handleApiRequest(env, req, apiPath, url.searchParams, rawBody), plan.truncate);
  };

  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.keepAliveTimeout = 5_000;

  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${host}:${port}`;
  let closing: Promise<void> | undefined;

  const handle: Sandbox = {
    url: `${origin}/v1.svc`,
    origin,
    port,
    apiKey: apiKeys[0]!,
    get state() {
      return state;
    },
    clock,
    spec,
    get seedMs() {
      return seedMs;
    },
    coverage,
    summary: () => ({
      ...summarizeState(state),
      now: new Date(clock.now()).toISOString(),
      clock: clock.mode,
      seedMs: Math.round(seedMs),
      rateLimit: limiter ? limiter.options : false,
      faults: faults.options,
      coverage: { implemented: coverage().implemented.length, total: spec.operations.length },
    }),
    reset,
    setFaults: (next) => {
      faults = createFaultPlanner(next, seed);
    },
    close: () => {
      closing ??= new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        // Keep-alive and in-flight connections would hold close() open.
        server.closeAllConnections();
        for (const socket of sockets) socket.destroy();
      });
      return closing;
    },
  };
  return handle;
}
