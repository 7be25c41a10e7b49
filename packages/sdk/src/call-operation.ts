import type { Client } from '@litmos-kit/client/fetch-client';
import type { OperationDef } from '@litmos-kit/client/operations';
import { type BudgetedFetch, createRetryBudget, type DriftReporter, type RetryBudget, redactSecrets, redactUrl, retryParseErrors } from '@litmos-kit/core';
import { decodeBody } from './decode-body.js';
import { encodeBody } from './encode-body.js';
import { litmosErrors } from './errors.js';
import { formatQueryDate } from './litmos-date.js';
import type { ResolvedOptions } from './options.js';

/** Per-call settings. */
export interface CallOptions {
  /** Stops the call (and, for lists, the paging) when aborted. */
  readonly signal?: AbortSignal;
}

/** What every bound operation needs. @internal */
export interface CallContext {
  readonly client: Client;
  /** The client's `fetch`, which takes the call's retry budget as a third argument. */
  readonly fetch: BudgetedFetch;
  readonly options: ResolvedOptions;
  /** Reports how responses differ from the spec, once per operation and place per client. */
  readonly reportDrift: DriftReporter;
}

/** The decoded result of one call and its response. @internal */
export interface CallResult {
  readonly data: unknown;
  readonly response: Response;
}

/**
 * Sends one operation through the generated client and decodes its body.
 * `params` holds path and query parameters by name; `source` and `format` come from the client.
 * @internal
 */
export async function callOperation(
  ctx: CallContext,
  op: OperationDef,
  params: Readonly<Record<string, unknown>>,
  call: CallOptions = {},
): Promise<CallResult> {
  // A 200 whose body is cut off or replaced by a proxy's HTML page is a passing fault of the
  // network, not an answer: a read is safe to ask again. Writes are not replayed (the write may
  // have happened). Connection errors and 5xx are retried below this, in the fetch; both layers
  // spend one budget, so a call makes at most `maxAttempts` attempts within `maxElapsedMs`.
  const budget = createRetryBudget(ctx.options.retry);
  return retryParseErrors(() => callOnce(ctx, op, params, call, budget), {
    method: op.httpMethod,
    retry: ctx.options.retry,
    budget,
    signal: call.signal,
    errors: litmosErrors,
  });
}

async function callOnce(
  ctx: CallContext,
  op: OperationDef,
  params: Readonly<Record<string, unknown>>,
  call: CallOptions,
  budget: RetryBudget,
): Promise<CallResult> {
  const { path, query, body, headers } = splitParams(op, params);
  // Litmos REST calls name the application and pick the format in the query; the Learning
  // Record Store (xAPI) takes neither and always speaks JSON.
  const litmosRest = op.query.some((p) => p.name === 'source');
  if (litmosRest) query.source = ctx.options.source;
  const json = ctx.options.format === 'json' || !litmosRest;
  if (json && op.query.some((p) => p.name === 'format')) query.format = 'json';
  headers.Accept = json ? 'application/json' : 'application/xml';
  const encoded = body === undefined ? undefined : encodeBody(op, body, json ? 'json' : 'xml');
  if (encoded) headers['Content-Type'] = encoded.contentType;
  const result = (await op.send({
    client: ctx.client,
    ...(op.server ? { baseUrl: serverUrl(op, ctx.options) } : {}),
    path,
    query,
    ...(encoded ? { body: encoded.text, bodySerializer: null } : {}),
    headers,
    parseAs: 'text',
    throwOnError: true,
    fetch: (input: RequestInfo | URL, init?: RequestInit) => ctx.fetch(input, init, budget),
    ...(call.signal ? { signal: call.signal } : {}),
  })) as { data: string; request: Request; response: Response };
  const request = { method: op.httpMethod, url: redactSecrets(redactUrl(result.request.url), [ctx.options.apiKey]) };
  const text = typeof result.data === 'string' ? result.data : '';
  const { value, drift } = decodeBody(op, text, result.response.headers.get('content-type'), { request, policy: ctx.options.validation });
  if (drift.length) await ctx.reportDrift(op.id, drift, request);
  return { data: value, response: result.response };
}

/** The base URL of an operation with a server of its own (the Learning Record Store). */
function serverUrl(op: OperationDef, options: ResolvedOptions): string {
  const { lrs } = options;
  if (op.auth === 'basic' && !lrs) throw new TypeError(`${op.sdkMethod}: pass \`lrs\` credentials to createLitmos to use the Learning Record Store`);
  if (lrs?.baseUrl) return lrs.baseUrl.replace(/\/+$/, '');
  const values: Record<string, string | undefined> = { ...op.server?.variables, companydomain: lrs?.companyDomain, dbInstance: lrs?.dbInstance };
  return (op.server?.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? op.server?.variables[name] ?? ''));
}

/**
 * Sorts call parameters into path, query, header and body, checking them first.
 * @throws {TypeError} for an unknown, missing or out-of-range parameter.
 * @internal
 */
export function splitParams(op: OperationDef, params: Readonly<Record<string, unknown>>) {
  if (typeof params !== 'object' || params === null) throw new TypeError(`${op.sdkMethod}: expected parameters to be an object`);
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const known = new Set(op.query.map((p) => p.name));
  const takesBody = op.bodyMediaTypes.length > 0;
  const litmosDates = op.query.some((p) => p.name === 'source');
  let body: unknown;
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (name === 'body' && takesBody) body = value;
    else if (op.pathParams.includes(name)) path[name] = value;
    else if (name === 'source' || name === 'format') throw new TypeError(`${op.sdkMethod}: \`${name}\` is set on the client, not per call`);
    else if (op.headerParams.some((h) => h.name === name)) headers[name] = String(value);
    else if (known.has(name)) query[name] = queryValue(op, name, value, litmosDates);
    else throw new TypeError(`${op.sdkMethod}: unknown parameter \`${name}\``);
  }
  for (const header of op.headerParams) {
    headers[header.name] ??= header.default as string;
    if (header.required && headers[header.name] === undefined) throw new TypeError(`${op.sdkMethod}: expected \`${header.name}\` to be set`);
  }
  for (const name of op.pathParams) checkPathParam(op, name, path[name]);
  for (const p of op.query) {
    if (p.required && p.name !== 'source' && query[p.name] === undefined) throw new TypeError(`${op.sdkMethod}: expected \`${p.name}\` to be set`);
  }
  const limit = query.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 1000)) {
    throw new TypeError(`${op.sdkMethod}: expected \`limit\` to be an integer from 1 to 1000, got ${JSON.stringify(limit)}`);
  }
  if (takesBody && body === undefined) throw new TypeError(`${op.sdkMethod}: expected \`body\` to be set`);
  return { path, query, body, headers };
}

/**
 * A path parameter must be a non-empty string, a finite number or a boolean (the spec has a
 * `{attended}` segment). Anything else would be serialised into a URL that names another
 * resource: an array `['..']` becomes `..` and climbs out of `/teams/{teamId}/users` to
 * `/users`, `{}` and `null` leave the segment empty or unexpanded. Ids often come from untyped
 * JSON, so this is checked at run time, before sending.
 * @throws {TypeError} naming the operation and the parameter.
 */
function checkPathParam(op: OperationDef, name: string, value: unknown): void {
  if (value === undefined || value === '') throw new TypeError(`${op.sdkMethod}: expected \`${name}\` to be set`);
  // URLs resolve `.` and `..` segments (escaped or not): such a value would reach another endpoint.
  const id = (typeof value === 'string' && value !== '.' && value !== '..') || typeof value === 'boolean' || Number.isFinite(value);
  if (!id) {
    const shown =
      typeof value === 'string'
        ? JSON.stringify(value)
        : value === null || typeof value === 'number'
          ? String(value)
          : Array.isArray(value)
            ? 'an array'
            : typeof value;
    throw new TypeError(`${op.sdkMethod}: expected \`${name}\` to be an id (a non-empty string or a finite number), got ${shown}`);
  }
}

/** Dates go out as Litmos reads them (`YYYY-MM-DD HH:MM:SS`), or as ISO 8601 for xAPI. */
function queryValue(op: OperationDef, name: string, value: unknown, litmosDates: boolean): unknown {
  const isDate = value instanceof Date || ((name === 'since' || name === 'to') && op.delta);
  if (!isDate) return value;
  return litmosDates ? formatQueryDate(value as Date | string, name) : new Date(value as Date | string).toISOString();
}
