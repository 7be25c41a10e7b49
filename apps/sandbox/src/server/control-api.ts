/**
 * The control API under `/__sandbox/`: read the state summary and the operation coverage, re-seed,
 * set or clear run-level faults, and move or freeze the clock. JSON in, JSON out.
 */

import type { StateSummary } from '../state/summarize-state.js';
import type { ClockMode } from './create-clock.js';
import { checkFaultOptions } from './fault-options.js';
import type { FaultOptions } from './fault-plan.js';
import type { Coverage } from './sandbox-options.js';
import { MAX_USERS } from './sandbox-options.js';

/** What the control API can do to the running sandbox. */
export interface SandboxControls {
  summary(): StateSummary;
  coverage(): Coverage;
  reset(next: { seed?: number; users?: number }): void;
  /** Replaces the run-level faults and returns the options in force. */
  setFaults(faults: FaultOptions): FaultOptions;
  /** Applies a clock change and returns the clock's time and mode. */
  setClock(change: { mode?: ClockMode; now?: string | number; advanceMs?: number }): { now: string; mode: ClockMode };
}

const ROUTES = [
  'GET /__sandbox/state',
  'GET /__sandbox/operations',
  'POST /__sandbox/reset',
  'PUT /__sandbox/faults',
  'DELETE /__sandbox/faults',
  'POST /__sandbox/clock',
];

/** Most people a reset may seed: the sandbox's one bound, see `MAX_USERS`. */
export const MAX_RESET_USERS = MAX_USERS;

/** Answers one control request. `route` is `METHOD /path`; `rawBody` the request body text. */
export function controlAnswer(route: string, rawBody: string, controls: SandboxControls): [number, unknown] {
  let body: Record<string, unknown>;
  try {
    const parsed: unknown = rawBody.trim() ? JSON.parse(rawBody) : {};
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return [400, { error: 'The control API takes a JSON object' }];
    body = parsed as Record<string, unknown>;
  } catch {
    return [400, { error: 'The control API takes JSON bodies' }];
  }
  try {
    return routeControl(route.replace(/\/+$/, ''), body, controls);
  } catch (error) {
    if (error instanceof TypeError || error instanceof RangeError) return [400, { error: error.message }];
    throw error;
  }
}

function routeControl(route: string, body: Record<string, unknown>, controls: SandboxControls): [number, unknown] {
  switch (route) {
    case 'GET /__sandbox':
    case 'GET /__sandbox/state':
      return [200, controls.summary()];
    case 'GET /__sandbox/operations':
      return [200, controls.coverage()];
    case 'POST /__sandbox/reset':
      controls.reset(resetInput(body));
      return [200, controls.summary()];
    case 'PUT /__sandbox/faults':
    case 'POST /__sandbox/faults':
      return [200, { faults: controls.setFaults(checkFaultOptions(body)) }];
    case 'DELETE /__sandbox/faults':
      controls.setFaults({});
      return [200, { faults: {} }];
    case 'POST /__sandbox/clock':
    case 'PUT /__sandbox/clock':
      return [200, controls.setClock(clockInput(body))];
    default:
      return [404, { error: `Unknown control route ${route}`, routes: ROUTES }];
  }
}

/** `{seed, users}` of a reset. @throws TypeError for a seed that is not a whole number or a size out of range. */
function resetInput(body: Record<string, unknown>): { seed?: number; users?: number } {
  const { seed, users } = body;
  if (seed !== undefined && !Number.isSafeInteger(seed)) throw new TypeError('seed is a whole number');
  if (users !== undefined && !(Number.isInteger(users) && (users as number) >= 1 && (users as number) <= MAX_USERS)) {
    throw new TypeError(`users is a whole number from 1 to ${MAX_USERS}`);
  }
  return { ...(seed !== undefined ? { seed: seed as number } : {}), ...(users !== undefined ? { users: users as number } : {}) };
}

/** Ten years: the furthest a single clock move may go. */
const MAX_ADVANCE_MS = 10 * 366 * 86_400_000;

/** `{now, advanceMs, mode}` of a clock change. @throws TypeError for a mode, time or move that makes no sense. */
function clockInput(body: Record<string, unknown>): { mode?: ClockMode; now?: string | number; advanceMs?: number } {
  const { mode, now, advanceMs } = body;
  if (mode !== undefined && mode !== 'running' && mode !== 'frozen') throw new TypeError('mode is running or frozen');
  if (now !== undefined && typeof now !== 'string' && typeof now !== 'number') throw new TypeError('now is an ISO date or epoch milliseconds');
  if (advanceMs !== undefined && !(typeof advanceMs === 'number' && Number.isFinite(advanceMs) && Math.abs(advanceMs) <= MAX_ADVANCE_MS)) {
    throw new TypeError('advanceMs is a number of milliseconds of at most ten years');
  }
  return { ...(mode ? { mode } : {}), ...(now !== undefined ? { now } : {}), ...(advanceMs !== undefined ? { advanceMs } : {}) };
}
