/**
 * Starts the sandbox: seeds the organisation, loads the spec and serves the Litmos API on
 * 127.0.0.1 (under `/v1.svc`, like the real base URL, and at the root), plus a small control API
 * under `/__sandbox/`. `close()` stops it and drops keep-alive connections, so a test run ends.
 */
import { createHostCheck } from '#spec-wire';
import type { ApiEnvironment } from '../api/handle-api-request.js';
import { allHandlers } from '../handlers/all-handlers.js';
import type { HandlerTable } from '../handlers/handler-types.js';
import { seedOrg } from '../seed/seed-org.js';
import { loadSpecModel } from '../spec-model/load-spec-model.js';
import type { OrgState } from '../state/org-state.js';
import { summarizeState } from '../state/summarize-state.js';
import type { SandboxControls } from './control-api.js';
import { createClock } from './create-clock.js';
import { createKeyLimiter, type KeyLimiter } from './create-key-limiter.js';
import { createFaultPlanner, type FaultOptions, type FaultPlanner } from './fault-plan.js';
import { listenHttp } from './http-listener.js';
import { type Coverage, checkSandboxOptions, checkUsers, DEFAULT_API_KEY, resolveStartTime, type Sandbox, type SandboxOptions } from './sandbox-options.js';
import { serveRequest } from './serve-request.js';

/**
 * Seeds an organisation and starts serving it.
 * @example
 * const sandbox = await startSandbox({ seed: 1, users: 200, rateLimit: { windowMs: 1000 } });
 * await fetch(`${sandbox.url}/users?source=test&format=json`, { headers: { apikey: sandbox.apiKey } });
 * await sandbox.close();
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  const { startNow, jsonDateOffset, maxBodyBytes, faultOptions } = checkSandboxOptions(options);
  let seed = options.seed ?? 1;
  let users = options.users ?? 5000;
  const spec = loadSpecModel(options.spec);
  const handlers: HandlerTable = { ...allHandlers, ...options.handlers };
  const apiKeys = options.apiKeys?.length ? options.apiKeys : [DEFAULT_API_KEY];
  const clock = createClock(startNow, options.clock ?? 'running');
  const limiter: KeyLimiter | undefined =
    options.rateLimit === false ? undefined : createKeyLimiter({ max: options.rateLimit?.max ?? 100, windowMs: options.rateLimit?.windowMs ?? 60_000 });
  let faults: FaultPlanner = createFaultPlanner(faultOptions, seed);

  let state: OrgState;
  let seedMs = 0;
  const reseed = () => {
    const started = performance.now();
    state = seedOrg({ seed, users, now: startNow });
    seedMs = performance.now() - started;
  };
  reseed();

  const coverage = (): Coverage => {
    const label = (op: { operationId: string; method: string; path: string }) => `${op.operationId} (${op.method} ${op.path})`;
    return {
      implemented: spec.operations.filter((op) => handlers[op.shape]).map(label),
      missing: spec.operations.filter((op) => !handlers[op.shape]).map(label),
      total: spec.operations.length,
    };
  };
  const summary = () => ({
    ...summarizeState(state),
    now: new Date(clock.now()).toISOString(),
    clock: clock.mode,
    seedMs: Math.round(seedMs),
    rateLimit: limiter ? limiter.options : false,
    faults: faults.options,
    coverage: { implemented: coverage().implemented.length, total: spec.operations.length },
  });
  const reset = (next: { seed?: number; users?: number } = {}) => {
    if (next.users !== undefined) checkUsers(next.users);
    seed = next.seed ?? seed;
    users = next.users ?? users;
    reseed();
    clock.set(startNow);
    limiter?.reset();
  };
  const setFaults = (next: FaultOptions) => {
    faults = createFaultPlanner(next, seed);
    return faults.options;
  };
  const controls: SandboxControls = {
    summary,
    coverage,
    reset,
    setFaults,
    setClock: (change) => {
      if (change.mode) clock.mode = change.mode;
      if (change.now !== undefined) clock.set(resolveStartTime(change.now));
      if (change.advanceMs !== undefined) clock.advance(change.advanceMs);
      return { now: new Date(clock.now()).toISOString(), mode: clock.mode };
    },
  };
  const api: ApiEnvironment = {
    spec,
    handlers,
    state: () => state,
    now: () => clock.now(),
    apiKeys: new Set(apiKeys),
    ...(limiter ? { tryAcquire: (key: string) => limiter.tryAcquire(key) } : {}),
    negotiation: options.negotiation ?? 'format-param',
    jsonDateOffset,
  };

  const host = options.host ?? '127.0.0.1';
  const hostAllowed = createHostCheck({ listeningHost: host, allowedHosts: options.allowedHosts ?? [] });
  const listener = await listenHttp(
    (req, res, sleep) => serveRequest(req, res, { api, controls, hostAllowed, maxBodyBytes, faults: () => faults, sleep }),
    host,
    options.port ?? 0,
  );
  const origin = `http://${host}:${listener.port}`;

  return {
    url: `${origin}/v1.svc`,
    origin,
    port: listener.port,
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
    summary,
    reset,
    setFaults: (next) => {
      setFaults(next);
    },
    close: () => listener.close(),
  };
}
