/**
 * One HTTP request to the sandbox, in the order that keeps a hostile request cheap: a path that
 * is not valid percent-encoding gets 400; control routes pass the control guard; API calls to a
 * host name the sandbox does not answer to get 421 (DNS rebinding); API calls meet
 * the faults planned for them (latency, reset, HTML page, bare 5xx), then the checks that need
 * no body (route, key, rate limit, `source`). Only then is the body read, bounded while it
 * streams (413 past the bound). A request refused before its body is read has the rest of its
 * upload dropped, never kept.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { BodyTooLargeError, discardBody, htmlErrorPage, MISDIRECTED_STATUS, misdirectedMessage, readBoundedBody } from '#spec-wire';
import type { ApiAnswer } from '../api/api-answer.js';
import { type ApiEnvironment, admitApiCall, answerApiCall, isAdmitted } from '../api/handle-api-request.js';
import { controlAnswer, type SandboxControls } from './control-api.js';
import { controlRefusal } from './control-guard.js';
import { FAULT_HEADER, type FaultPlan, type FaultPlanner, parseFaultHeader } from './fault-plan.js';
import { sendAnswer } from './send-answer.js';

/** Largest control request body: its JSON settings are a few hundred bytes. */
const MAX_CONTROL_BODY_BYTES = 64 * 1024;

/** What serving a request needs from the running sandbox. */
export interface ServeContext {
  readonly api: ApiEnvironment;
  readonly controls: SandboxControls;
  /** Whether a `Host` header names a host the sandbox answers to (its guard against DNS rebinding). */
  readonly hostAllowed: (host: string | undefined) => boolean;
  /** Largest API request body, in bytes. */
  readonly maxBodyBytes: number;
  /** The run-level fault planner in force. */
  faults(): FaultPlanner;
  /** Waits `ms` (a fault's latency); the sandbox cancels pending waits when it closes. */
  sleep(ms: number): Promise<void>;
}

/** Serves one request; its body has not been read yet. */
export async function serveRequest(req: IncomingMessage, res: ServerResponse, ctx: ServeContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://sandbox.invalid');
  const path = url.pathname;
  if (!isDecodable(path)) return refuse(req, res, htmlPage(400, 'Bad Request - Invalid URL'));
  if (path === '/__sandbox' || path.startsWith('/__sandbox/')) return serveControl(req, res, path, ctx);
  // A page that rebinds its own host name to 127.0.0.1 could otherwise read the API's answers.
  if (!ctx.hostAllowed(req.headers.host)) return refuse(req, res, htmlPage(MISDIRECTED_STATUS, misdirectedMessage(req.headers.host)));
  const apiPath = path.replace(/^\/v1\.svc(?=\/|$)/i, '') || '/';

  let plan: FaultPlan;
  const forced = req.headers[FAULT_HEADER];
  try {
    plan = forced ? parseFaultHeader(Array.isArray(forced) ? forced.join(',') : forced) : ctx.faults().plan(apiPath);
  } catch (error) {
    return refuse(req, res, { status: 400, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: (error as Error).message });
  }
  if (plan.latencyMs > 0) await ctx.sleep(plan.latencyMs);
  if (res.destroyed) return;
  if (plan.reset) {
    req.socket.destroy();
    return;
  }
  const failure = failurePage(plan);
  if (failure) return refuse(req, res, failure);

  const call = admitApiCall(ctx.api, req, apiPath, url.searchParams);
  if (!isAdmitted(call)) return refuse(req, res, call);
  const body = await readBody(req, ctx.maxBodyBytes);
  if (body === undefined) return refuse(req, res, htmlPage(413, 'The request body is too large.'));
  sendAnswer(res, answerApiCall(ctx.api, call, req.headers['content-type'], body), plan.truncate);
}

/** A control request: guarded, with a small bounded body. */
async function serveControl(req: IncomingMessage, res: ServerResponse, path: string, ctx: ServeContext): Promise<void> {
  const method = req.method ?? 'GET';
  const refusal = controlRefusal(method, req.headers, ctx.hostAllowed);
  if (refusal) return refuse(req, res, jsonAnswer(refusal.status, { error: refusal.error }));
  const body = await readBody(req, MAX_CONTROL_BODY_BYTES);
  if (body === undefined) return refuse(req, res, jsonAnswer(413, { error: `Control requests are at most ${MAX_CONTROL_BODY_BYTES} bytes` }));
  const [status, value] = controlAnswer(`${method} ${path}`, body, ctx.controls);
  sendAnswer(res, jsonAnswer(status, value));
}

/** Answers without keeping the rest of the body, draining it so the answer is not lost to a reset. */
function refuse(req: IncomingMessage, res: ServerResponse, answer: ApiAnswer): void {
  sendAnswer(res, answer);
  discardBody(req, res);
}

/** The body as UTF-8 text, or undefined once it passes `maxBytes` (nothing of it is kept then). */
async function readBody(req: IncomingMessage, maxBytes: number): Promise<string | undefined> {
  try {
    return (await readBoundedBody(req, maxBytes)).toString('utf8');
  } catch (error) {
    if (error instanceof BodyTooLargeError) return undefined;
    throw error;
  }
}

function jsonAnswer(status: number, value: unknown): ApiAnswer {
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify(value, null, 2) };
}

function htmlPage(status: number, message: string): ApiAnswer {
  const page = htmlErrorPage(status, message);
  return { status, headers: { 'Content-Type': page.contentType }, body: page.text };
}

/** Whether every `%` escape of the path decodes (IIS answers 400 "Invalid URL" otherwise). */
function isDecodable(path: string): boolean {
  try {
    decodeURIComponent(path);
    return true;
  } catch {
    return false;
  }
}

/** The HTML page an `html` or `status` fault sends instead of the answer. */
function failurePage(plan: FaultPlan): ApiAnswer | undefined {
  if (plan.html !== undefined) return htmlPage(plan.html, 'The server encountered an error processing the request. See server logs for more details.');
  if (plan.status !== undefined) return htmlPage(plan.status, `${plan.status} - The service is temporarily unavailable.`);
  return undefined;
}
