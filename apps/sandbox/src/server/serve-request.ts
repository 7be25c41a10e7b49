/**
 * One HTTP request to the sandbox: control routes go to the control API; API calls first meet
 * the faults planned for them (latency, reset, HTML page, bare 5xx, truncation), then the request
 * pipeline. Reset, HTML and status faults happen before the state is touched.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApiEnvironment, handleApiRequest } from '../api/handle-api-request.js';
import { htmlErrorPage } from '../wire/error-bodies.js';
import { handleControlRequest, type SandboxControls } from './control-api.js';
import { FAULT_HEADER, type FaultPlan, type FaultPlanner, parseFaultHeader } from './fault-plan.js';
import { sendAnswer } from './send-answer.js';

/** What serving a request needs from the running sandbox. */
export interface ServeContext {
  readonly api: ApiEnvironment;
  readonly controls: SandboxControls;
  /** The run-level fault planner in force. */
  faults(): FaultPlanner;
  /** Waits `ms` (a fault's latency); the sandbox cancels pending waits when it closes. */
  sleep(ms: number): Promise<void>;
}

/** Serves one request whose body has been read. */
export async function serveRequest(req: IncomingMessage, res: ServerResponse, rawBody: string, ctx: ServeContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const path = url.pathname;
  if (path === '/__sandbox' || path.startsWith('/__sandbox/')) return handleControlRequest(req, res, path, rawBody, ctx.controls);
  const apiPath = path.replace(/^\/v1\.svc(?=\/|$)/i, '') || '/';

  let plan: FaultPlan;
  const forced = req.headers[FAULT_HEADER];
  try {
    plan = forced ? parseFaultHeader(Array.isArray(forced) ? forced.join(',') : forced) : ctx.faults().plan(apiPath);
  } catch (error) {
    sendAnswer(res, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: (error as Error).message });
    return;
  }
  if (plan.latencyMs > 0) await ctx.sleep(plan.latencyMs);
  if (res.destroyed) return;
  if (plan.reset) {
    req.socket.destroy();
    return;
  }
  const failure = failurePage(plan);
  if (failure) {
    sendAnswer(res, failure);
    return;
  }
  sendAnswer(res, handleApiRequest(ctx.api, req, apiPath, url.searchParams, rawBody), plan.truncate);
}

/** The HTML page an `html` or `status` fault sends instead of the answer. */
function failurePage(plan: FaultPlan) {
  if (plan.html !== undefined) {
    const page = htmlErrorPage(plan.html, 'The server encountered an error processing the request. See server logs for more details.');
    return { status: plan.html, headers: { 'Content-Type': page.contentType }, body: page.text };
  }
  if (plan.status !== undefined) {
    const page = htmlErrorPage(plan.status, `${plan.status} - The service is temporarily unavailable.`);
    return { status: plan.status, headers: { 'Content-Type': page.contentType }, body: page.text };
  }
  return undefined;
}
