/**
 * Fault injection. Faults are set for a whole run (rates, drawn from a seeded generator in
 * request order, so a sequential client sees the same faults every run) or forced on one request
 * with the `x-sandbox-fault` header, e.g. `x-sandbox-fault: latency=250, truncate`.
 *
 * Kinds:
 * - `latency=<ms>`: the answer is delayed (the request is still served);
 * - `reset`: the socket is destroyed before any byte is written (ECONNRESET / "socket hang up");
 * - `truncate`: the real answer is served, but its body is cut in half (Content-Length matches the
 *   cut body, as when a proxy truncates), so the client must fail to parse it;
 * - `html[=<status>]`: an IIS/WCF HTML error page (default 500) instead of XML/JSON;
 * - `status=<5xx>`: a bare 5xx (default 502) with an HTML body, as a gateway would send.
 * Reset, html and status faults happen before the request reaches the state, the rate limiter or
 * the handlers: a failed request changes nothing.
 */
import { createPrng, type Prng } from '../seed/create-prng.js';

/** Run-level fault settings; each rate is a probability in [0, 1]. */
export interface FaultOptions {
  /** Added latency in ms for every request (before any other fault). */
  readonly latencyMs?: number;
  /** Extra random latency up to this many ms (seeded). */
  readonly latencyJitterMs?: number;
  readonly resetRate?: number;
  readonly truncateRate?: number;
  readonly htmlRate?: number;
  /** Rate of random 5xx answers. */
  readonly errorRate?: number;
  /** Statuses random 5xx answers pick from (default 500, 502, 503, 504). */
  readonly errorStatuses?: readonly number[];
  /** Seed of the fault generator (default: the sandbox seed). */
  readonly seed?: number;
  /** Only requests whose path (after `/v1.svc`) starts with this prefix get run-level faults. */
  readonly pathPrefix?: string;
}

/** Longest latency a fault may add (a minute): longer waits only hold connections open. */
export const MAX_FAULT_LATENCY_MS = 60_000;

/** The faults decided for one request. */
export interface FaultPlan {
  latencyMs: number;
  reset: boolean;
  truncate: boolean;
  /** Status of an HTML error page to send instead of the answer. */
  html?: number;
  /** Status of a bare 5xx to send instead of the answer. */
  status?: number;
}

/** The header that forces faults on one request. */
export const FAULT_HEADER = 'x-sandbox-fault';

/** Parses the `x-sandbox-fault` header. @throws Error for an unknown fault kind. */
export function parseFaultHeader(value: string): FaultPlan {
  const plan: FaultPlan = { latencyMs: 0, reset: false, truncate: false };
  for (const part of value
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [kind, arg] = part.split('=').map((p) => p.trim()) as [string, string | undefined];
    switch (kind.toLowerCase()) {
      case 'latency':
        plan.latencyMs = boundedInt(kind, arg ?? '0', 0, MAX_FAULT_LATENCY_MS);
        break;
      case 'reset':
        plan.reset = true;
        break;
      case 'truncate':
        plan.truncate = true;
        break;
      case 'html':
        plan.html = boundedInt(kind, arg ?? '500', 400, 599);
        break;
      case 'status':
        plan.status = boundedInt(kind, arg ?? '502', 400, 599);
        break;
      default:
        throw new Error(`Unknown fault "${kind}" in ${FAULT_HEADER} (use latency=<ms>, reset, truncate, html[=<status>], status=<5xx>)`);
    }
  }
  return plan;
}

function boundedInt(kind: string, text: string, min: number, max: number): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${FAULT_HEADER}: ${kind} takes a whole number from ${min} to ${max}, got ${text}`);
  return n;
}

/** Decides run-level faults request by request from a seeded generator. */
export interface FaultPlanner {
  plan(path: string): FaultPlan;
  readonly options: FaultOptions;
}

/** Creates a planner for run-level faults. */
export function createFaultPlanner(options: FaultOptions, defaultSeed: number): FaultPlanner {
  const prng: Prng = createPrng(options.seed ?? defaultSeed).fork('faults');
  const statuses = options.errorStatuses?.length ? options.errorStatuses : [500, 502, 503, 504];
  return {
    options,
    plan(path) {
      const plan: FaultPlan = { latencyMs: 0, reset: false, truncate: false };
      if (options.pathPrefix && !path.toLowerCase().startsWith(options.pathPrefix.toLowerCase())) return plan;
      // Every decision draws, faulted or not, so one request's outcome does not shift the next's.
      const jitter = prng.next();
      const reset = prng.next();
      const html = prng.next();
      const error = prng.next();
      const truncate = prng.next();
      const pick = prng.next();
      plan.latencyMs = (options.latencyMs ?? 0) + Math.round(jitter * (options.latencyJitterMs ?? 0));
      if (reset < (options.resetRate ?? 0)) plan.reset = true;
      else if (html < (options.htmlRate ?? 0)) plan.html = 500;
      else if (error < (options.errorRate ?? 0)) plan.status = statuses[Math.floor(pick * statuses.length)]!;
      else if (truncate < (options.truncateRate ?? 0)) plan.truncate = true;
      return plan;
    },
  };
}
