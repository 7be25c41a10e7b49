/**
 * The request pipeline for one Litmos API call, in the order a WCF service behind IIS applies
 * its checks: route (404/405 HTML), API key (401), rate limit (503), `source` (400), operation
 * implemented (501), query parameters (400/406), delta range (406), body (400), handler, then
 * the answer written from the spec's schema for the negotiated format.
 */
import type { IncomingMessage } from 'node:http';
import { htmlErrorPage } from '#spec-wire';
import type { HandlerContext, HandlerTable } from '../handlers/handler-types.js';
import type { SpecModel, SpecOperation } from '../spec-model/load-spec-model.js';
import type { OrgState } from '../state/org-state.js';
import { chooseFormat, type Negotiation, type ResponseFormat } from '../wire/choose-format.js';
import type { JsonDateOffset } from '../wire/wire-dates.js';
import { type ApiAnswer, apiAnswer, refusalAnswer } from './api-answer.js';
import { type ChangeRange, readChangeRange } from './change-range.js';
import { checkApiCaller, checkLrsCaller } from './check-caller.js';
import { ENDPOINT_NOT_FOUND_MESSAGE, METHOD_NOT_ALLOWED_MESSAGE } from './messages.js';
import { type QueryReader, queryReader } from './query-reader.js';
import { readListQuery } from './read-list-query.js';
import { readRequestBody } from './read-request-body.js';
import { Refusal } from './refusal.js';
import { renderAnswer } from './render-answer.js';

/** What the pipeline needs from the running sandbox. */
export interface ApiEnvironment {
  readonly spec: SpecModel;
  readonly handlers: HandlerTable;
  readonly state: () => OrgState;
  readonly now: () => number;
  readonly apiKeys: ReadonlySet<string>;
  /** Records a call for a key; false when the key's window is full. Absent: no rate limit. */
  readonly tryAcquire?: (key: string) => boolean;
  readonly negotiation: Negotiation;
  /** The offset JSON answers write in WCF dates (`+0000`, or `none` for bare `/Date(ms)/`). */
  readonly jsonDateOffset: JsonDateOffset;
}

/** A call that passed the checks that need no body: route, caller, rate limit, `source`. */
export interface AdmittedCall {
  readonly operation: SpecOperation;
  readonly params: Readonly<Record<string, string>>;
  readonly query: QueryReader;
  /** The format of the answer (always JSON for the Learning Record Store). */
  readonly format: ResponseFormat;
  /** A Learning Record Store (xAPI) call: HTTP Basic, no `source`, JSON only, body kept as sent. */
  readonly lrs: boolean;
}

/**
 * The checks of an API call that need no body, so a refused call is answered before its body is
 * read. `path` is the request path without the `/v1.svc` base. Never throws.
 * @returns the admitted call, or the answer that refuses it.
 */
export function admitApiCall(env: ApiEnvironment, req: IncomingMessage, path: string, search: URLSearchParams): AdmittedCall | ApiAnswer {
  const query = queryReader(search);
  const format = chooseFormat(query('format'), req.headers.accept, req.headers['content-type'], env.negotiation);
  const route = env.spec.match((req.method ?? 'GET').toUpperCase(), path);
  if (route.kind === 'not-found') return apiAnswer(404, htmlErrorPage(404, ENDPOINT_NOT_FOUND_MESSAGE), 'Not Found');
  if (route.kind === 'method-not-allowed') {
    return apiAnswer(405, htmlErrorPage(405, METHOD_NOT_ALLOWED_MESSAGE), 'Method Not Allowed', { Allow: route.allowed.join(', ') });
  }
  const op = route.operation;
  const lrs = !op.parameters.some((p) => p.in === 'query' && p.name === 'source');
  const call: AdmittedCall = { operation: op, params: route.params, query, format: lrs ? 'json' : format, lrs };
  try {
    if (lrs) checkLrsCaller(req.headers);
    else checkApiCaller(req.headers, query, env);
    return call;
  } catch (error) {
    return failureAnswer(error, call.format);
  }
}

/** Whether `admitApiCall` admitted the call. */
export function isAdmitted(result: AdmittedCall | ApiAnswer): result is AdmittedCall {
  return 'operation' in result;
}

/**
 * Answers an admitted call with its body: query parameters, delta range and body are checked,
 * the handler runs, and its result is written from the spec. Never throws.
 */
export function answerApiCall(env: ApiEnvironment, call: AdmittedCall, contentType: string | undefined, rawBody: string): ApiAnswer {
  const { operation: op, query } = call;
  try {
    const handler = env.handlers[op.shape];
    if (!handler) throw new Refusal(501, `The sandbox does not implement ${op.operationId} (${op.method} ${op.path}) yet`);
    const list = readListQuery(op, query);
    const now = env.now();
    const range = changeRangeOf(op, query, now);
    const body = readRequestBody(op, call.lrs, contentType, rawBody, env.spec);
    const ctx: HandlerContext = {
      state: env.state(),
      now,
      operation: op,
      pathValues: op.pathParams.map((name) => call.params[name] ?? ''),
      query,
      list,
      ...(range ? { range } : {}),
      body,
    };
    const result = handler(ctx);
    if (call.lrs) {
      const value = result.record ?? result.rows;
      return apiAnswer(result.status, value === undefined ? undefined : { contentType: 'application/json; charset=utf-8', text: JSON.stringify(value) });
    }
    return renderAnswer(op, result, list, call.format, env);
  } catch (error) {
    return failureAnswer(error, call.format);
  }
}

/** A refusal in the call's format; anything else is what WCF reports with its HTML page. */
function failureAnswer(error: unknown, format: ResponseFormat): ApiAnswer {
  if (error instanceof Refusal) return refusalAnswer(error, format);
  const message = error instanceof Error ? error.message : String(error);
  return apiAnswer(500, htmlErrorPage(500, `The server encountered an error processing the request. ${message}`), 'Internal Server Error');
}

/** The validated `since`/`to` range of a delta call; undefined for other calls. */
function changeRangeOf(op: SpecOperation, query: QueryReader, now: number): ChangeRange | undefined {
  if (!op.sdk.delta) return undefined;
  // Most delta calls require the range; some (/sessions/*) take it optionally, but then whole.
  const required = op.parameters.some((p) => p.in === 'query' && (p.name === 'since' || p.name === 'to') && p.required);
  if (required || query('since') !== null || query('to') !== null) return readChangeRange(query('since'), query('to'), now);
  return undefined;
}
