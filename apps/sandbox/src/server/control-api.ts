/**
 * The control API under `/__sandbox/`: read the state summary and the operation coverage, re-seed,
 * set or clear run-level faults, and move or freeze the clock. JSON in, JSON out.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StateSummary } from '../state/summarize-state.js';
import type { ClockMode } from './create-clock.js';
import type { FaultOptions } from './fault-plan.js';
import type { Coverage } from './sandbox-options.js';

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

/** Answers one control request. `path` is the URL path; `rawBody` the request body text. */
export function handleControlRequest(req: IncomingMessage, res: ServerResponse, path: string, rawBody: string, controls: SandboxControls): void {
  const [status, value] = controlAnswer(`${req.method ?? 'GET'} ${path.replace(/\/+$/, '')}`, rawBody, controls);
  const text = JSON.stringify(value, null, 2);
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(text) });
  res.end(text);
}

/** The status and JSON value for a control route (`METHOD /path`). */
function controlAnswer(route: string, rawBody: string, controls: SandboxControls): [number, unknown] {
  let body: Record<string, unknown>;
  try {
    body = rawBody.trim() ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
  } catch {
    return [400, { error: 'The control API takes JSON bodies' }];
  }
  switch (route) {
    case 'GET /__sandbox':
    case 'GET /__sandbox/state':
      return [200, controls.summary()];
    case 'GET /__sandbox/operations':
      return [200, controls.coverage()];
    case 'POST /__sandbox/reset':
      controls.reset({ ...(typeof body.seed === 'number' ? { seed: body.seed } : {}), ...(typeof body.users === 'number' ? { users: body.users } : {}) });
      return [200, controls.summary()];
    case 'PUT /__sandbox/faults':
    case 'POST /__sandbox/faults':
      return [200, { faults: controls.setFaults(body as FaultOptions) }];
    case 'DELETE /__sandbox/faults':
      controls.setFaults({});
      return [200, { faults: {} }];
    case 'POST /__sandbox/clock':
    case 'PUT /__sandbox/clock':
      return [
        200,
        controls.setClock({
          ...(body.mode === 'running' || body.mode === 'frozen' ? { mode: body.mode } : {}),
          ...(body.now !== undefined ? { now: body.now as string | number } : {}),
          ...(typeof body.advanceMs === 'number' ? { advanceMs: body.advanceMs } : {}),
        }),
      ];
    default:
      return [404, { error: `Unknown control route ${route}`, routes: ROUTES }];
  }
}
