import type { Client } from '@litmos-kit/client/fetch-client';
import type { OperationDef } from '@litmos-kit/client/operations';
import { decodeBody } from './decode-body.js';
import { encodeBody } from './encode-body.js';
import { formatQueryDate } from './litmos-date.js';
import type { ResolvedOptions } from './options.js';
import { redactSecrets, redactUrl } from './redact.js';

/** Per-call settings. */
export interface CallOptions {
  /** Stops the call (and, for lists, the paging) when aborted. */
  readonly signal?: AbortSignal;
}

/** What every bound operation needs. @internal */
export interface CallContext {
  readonly client: Client;
  readonly options: ResolvedOptions;
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
  const { path, query, body } = splitParams(op, params);
  query.source = ctx.options.source;
  if (ctx.options.format === 'json') query.format = 'json';
  const accept = ctx.options.format === 'json' ? 'application/json' : 'application/xml';
  const encoded = body === undefined ? undefined : encodeBody(op, body, ctx.options.format);
  const result = (await op.send({
    client: ctx.client,
    path,
    query,
    ...(encoded ? { body: encoded.text, bodySerializer: null } : {}),
    headers: encoded ? { Accept: accept, 'Content-Type': encoded.contentType } : { Accept: accept },
    parseAs: 'text',
    throwOnError: true,
    ...(call.signal ? { signal: call.signal } : {}),
  })) as { data: string; request: Request; response: Response };
  const request = { method: op.httpMethod, url: redactSecrets(redactUrl(result.request.url), [ctx.options.apiKey]) };
  const data = decodeBody(op, typeof result.data === 'string' ? result.data : '', result.response.headers.get('content-type'), request);
  return { data, response: result.response };
}

/**
 * Sorts call parameters into path and query, checking them first.
 * @throws {TypeError} for an unknown, missing or out-of-range parameter.
 * @internal
 */
export function splitParams(op: OperationDef, params: Readonly<Record<string, unknown>>) {
  if (typeof params !== 'object' || params === null) throw new TypeError(`${op.sdkMethod}: expected parameters to be an object`);
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const known = new Set(op.query.map((p) => p.name));
  let body: unknown;
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    if (name === 'body' && op.body) body = value;
    else if (op.pathParams.includes(name)) path[name] = value;
    else if (name === 'source' || name === 'format') throw new TypeError(`${op.sdkMethod}: \`${name}\` is set on the client, not per call`);
    else if (known.has(name)) query[name] = value instanceof Date || ((name === 'since' || name === 'to') && op.delta) ? formatQueryDate(value as Date | string, name) : value;
    else throw new TypeError(`${op.sdkMethod}: unknown parameter \`${name}\``);
  }
  for (const name of op.pathParams) {
    if (path[name] === undefined || path[name] === '') throw new TypeError(`${op.sdkMethod}: expected \`${name}\` to be set`);
  }
  for (const p of op.query) {
    if (p.required && p.name !== 'source' && query[p.name] === undefined) throw new TypeError(`${op.sdkMethod}: expected \`${p.name}\` to be set`);
  }
  const limit = query.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 1000)) {
    throw new TypeError(`${op.sdkMethod}: expected \`limit\` to be an integer from 1 to 1000, got ${JSON.stringify(limit)}`);
  }
  if (op.body && body === undefined) throw new TypeError(`${op.sdkMethod}: expected \`body\` to be set`);
  return { path, query, body };
}
