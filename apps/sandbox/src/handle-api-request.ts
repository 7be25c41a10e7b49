/**
 * The request pipeline for one Litmos API call, in the order a WCF service behind IIS applies
 * its checks: route (404/405 HTML), API key (401), rate limit (503), `source` (400), operation
 * implemented (501), query parameters (400/406), delta window (406), body (400), handler, then
 * the answer written from the spec's schema for the negotiated format.
 */
import type { IncomingMessage } from 'node:http';
import { chooseFormat, type Negotiation, type WireFormat } from './choose-format.js';
import type { RateLimiter } from './create-rate-limiter.js';
import { type DeltaWindow, deltaWindow } from './delta-window.js';
import { errorBody, htmlErrorPage, reasonPhrase, type WireBody } from './error-bodies.js';
import type { HandlerContext, HandlerResult, HandlerTable } from './handler-types.js';
import { LitmosError } from './litmos-error.js';
import type { SpecModel, SpecOperation } from './load-spec-model.js';
import type { OrgState } from './org-state.js';
import { DEFAULT_LIMIT, type ListQuery, MAX_LIMIT, pageRows } from './page-rows.js';
import { bodyKind, readBody } from './read-body.js';
import { deref, listWrapperProperty, type Schema, typeOf } from './schema-tools.js';
import { writeJson } from './write-json.js';
import { writeXml } from './write-xml.js';

/** An answer ready to be written to the socket. */
export interface ApiAnswer {
  readonly status: number;
  readonly statusMessage?: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** What the pipeline needs from the running sandbox. */
export interface ApiEnvironment {
  readonly spec: SpecModel;
  readonly handlers: HandlerTable;
  readonly state: () => OrgState;
  readonly now: () => number;
  readonly apiKeys: ReadonlySet<string>;
  readonly limiter: RateLimiter | undefined;
  readonly negotiation: Negotiation;
}

/** Litmos' text for the rate limit. */
export const RATE_LIMIT_MESSAGE = 'Rating Limit Exceeded';
/** Text for a missing or wrong key (Litmos' exact wording is undocumented). */
export const UNAUTHORIZED_MESSAGE = 'Invalid API key';
/** Text for a missing `source` (Litmos' exact wording is undocumented). */
export const MISSING_SOURCE_MESSAGE = 'Please provide a source query string parameter';
/** Litmos' text for `limit` over 1000 (its spelling). */
export const LIMIT_MESSAGE = 'The maxminum number of records to return is 1000';

const IIS_HEADERS = { Server: 'Microsoft-IIS/10.0', 'X-Powered-By': 'ASP.NET', 'Cache-Control': 'private' };

function answer(status: number, body: WireBody | undefined, message?: string, extra: Record<string, string> = {}): ApiAnswer {
  const headers: Record<string, string> = { ...IIS_HEADERS, ...extra };
  if (body) headers['Content-Type'] = body.contentType;
  return { status, ...(message ? { statusMessage: reasonPhrase(message) } : {}), headers, body: body?.text ?? '' };
}

/** The answer for a LitmosError in the negotiated format. */
export function errorAnswer(error: LitmosError, format: WireFormat): ApiAnswer {
  return answer(error.status, error.html ? htmlErrorPage(error.status, error.message) : errorBody(format, error.message), error.message);
}

/** Case-insensitive view of the query string (WCF binds query names case-insensitively). */
function queryReader(search: URLSearchParams): (name: string) => string | null {
  const lower = new Map<string, string>();
  for (const [k, v] of search) if (!lower.has(k.toLowerCase())) lower.set(k.toLowerCase(), v);
  return (name) => lower.get(name.toLowerCase()) ?? null;
}

const SKIP_GENERIC = new Set(['source', 'format', 'apikey']);

/** Validates the operation's declared query parameters and builds the list query. */
function validateQuery(op: SpecOperation, query: (name: string) => string | null): ListQuery {
  const status406 = op.responses['406'] !== undefined;
  for (const param of op.parameters) {
    if (param.in !== 'query' || SKIP_GENERIC.has(param.name.toLowerCase())) continue;
    // since/to of delta calls have their own rules and status (406).
    if (op.sdk.delta && (param.name === 'since' || param.name === 'to')) continue;
    const raw = query(param.name);
    if (raw === null) {
      if (param.required) throw new LitmosError(400, `Please provide the ${param.name} query string parameter`);
      continue;
    }
    const schema = param.schema;
    const type = typeOf(schema);
    if (type === 'integer' || type === 'number') {
      if (!(type === 'integer' ? /^-?\d+$/ : /^-?\d+(\.\d+)?$/).test(raw.trim()))
        throw new LitmosError(400, `The ${param.name} query string parameter must be a number`);
      const n = Number(raw);
      if (typeof schema.maximum === 'number' && n > schema.maximum) {
        // Litmos documents 406 for limit > 1000 where the operation lists 406; 400 elsewhere.
        if (param.name.toLowerCase() === 'limit') throw new LitmosError(status406 ? 406 : 400, LIMIT_MESSAGE);
        throw new LitmosError(400, `The ${param.name} query string parameter is too large`);
      }
      if (typeof schema.minimum === 'number' && n < schema.minimum) throw new LitmosError(400, `The ${param.name} query string parameter is too small`);
    } else if (type === 'boolean') {
      if (!/^(true|false)$/i.test(raw)) throw new LitmosError(400, `The ${param.name} query string parameter must be true or false`);
    } else if (Array.isArray(schema.enum)) {
      if (!schema.enum.some((v) => String(v).toLowerCase() === raw.toLowerCase()))
        throw new LitmosError(400, `The ${param.name} query string parameter must be one of ${schema.enum.join(', ')}`);
    }
    if (typeof schema.maxLength === 'number' && raw.length > schema.maxLength)
      throw new LitmosError(400, `The ${param.name} query string parameter is too long`);
  }
  const declared = new Set(op.parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase()));
  const start = declared.has('start') ? Number(query('start') ?? 0) : 0;
  const limit = declared.has('limit') ? Number(query('limit') ?? DEFAULT_LIMIT) : Number.MAX_SAFE_INTEGER;
  const sort = declared.has('sort') ? (query('sort') ?? undefined) : undefined;
  const search = declared.has('search') ? (query('search') ?? undefined) : undefined;
  const dir = declared.has('dir') && query('dir')?.toUpperCase() === 'DESC' ? 'DESC' : 'ASC';
  return { start, limit: Math.min(limit, declared.has('limit') ? MAX_LIMIT : limit), dir, ...(sort ? { sort } : {}), ...(search ? { search } : {}) };
}

/** Writes a handler result with the spec's response schema for the format. */
function render(op: SpecOperation, result: HandlerResult, list: ListQuery, format: WireFormat, spec: SpecModel): ApiAnswer {
  const response = op.responses[String(result.status)];
  const media = format === 'json' ? 'application/json' : 'application/xml';
  const schema = response?.content?.[media]?.schema;
  const hasValue = result.rows !== undefined || result.record !== undefined;
  // The spec says "no body" (or the handler has none): Litmos sends Content-Length 0, no type.
  if (!schema || !hasValue) return answer(result.status, undefined);
  let value: unknown = result.record;
  if (result.rows) {
    const paged = result.paged ? result.rows : pageRows(result.rows, list, result.searchFields).page;
    const rows = result.view ? paged.map(result.view as (row: object) => object) : paged;
    const root = deref(schema, spec.resolve);
    const wrapper = format === 'xml' && typeOf(root) === 'object' ? listWrapperProperty(root, spec.resolve) : undefined;
    value = wrapper ? { [wrapper.name]: rows } : rows;
  }
  const text = format === 'json' ? writeJson(schema as Schema, value, spec.resolve) : writeXml(schema as Schema, value, spec.resolve);
  return answer(result.status, { contentType: `${media}; charset=utf-8`, text });
}

/**
 * Answers one API request. `path` is the request path without the `/v1.svc` base.
 * Never throws: every failure becomes a Litmos-style answer.
 */
export function handleApiRequest(env: ApiEnvironment, req: IncomingMessage, path: string, search: URLSearchParams, rawBody: string): ApiAnswer {
  const query = queryReader(search);
  const format = chooseFormat(query('format'), req.headers.accept, req.headers['content-type'], env.negotiation);
  const method = (req.method ?? 'GET').toUpperCase();
  const route = env.spec.match(method, path);
  if (route.kind === 'not-found') return answer(404, htmlErrorPage(404, 'Endpoint not found.'), 'Not Found');
  if (route.kind === 'method-not-allowed') {
    return answer(405, htmlErrorPage(405, 'Method not allowed.'), 'Method Not Allowed', { Allow: route.allowed.join(', ') });
  }
  const op = route.operation;
  // The Learning Record Store (xAPI) takes no `source`, answers JSON only and uses HTTP Basic.
  const lrs = !op.parameters.some((p) => p.in === 'query' && p.name === 'source');
  const wire = lrs ? 'json' : format;
  try {
    if (lrs) {
      const basic = /^Basic\s+(.+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
      const [user, password] = Buffer.from(basic ?? '', 'base64')
        .toString('utf8')
        .split(':');
      if (!user || !password) throw new LitmosError(401, UNAUTHORIZED_MESSAGE);
    } else {
      const header = req.headers.apikey;
      const key = (Array.isArray(header) ? header[0] : header) ?? query('apikey');
      if (!key || !env.apiKeys.has(key)) throw new LitmosError(401, UNAUTHORIZED_MESSAGE);
      if (env.limiter && !env.limiter.tryAcquire(key)) throw new LitmosError(503, RATE_LIMIT_MESSAGE);
      if (!query('source')?.trim()) throw new LitmosError(400, MISSING_SOURCE_MESSAGE);
    }
    const handler = env.handlers[op.shape];
    if (!handler) throw new LitmosError(501, `The sandbox does not implement ${op.operationId} (${op.method} ${op.path}) yet`);
    const list = validateQuery(op, query);
    const now = env.now();
    let delta: DeltaWindow | undefined;
    if (op.sdk.delta) {
      // Most delta calls require the range; some (/sessions/*) take it optionally, but then whole.
      const required = op.parameters.some((p) => p.in === 'query' && (p.name === 'since' || p.name === 'to') && p.required);
      if (required || query('since') !== null || query('to') !== null) delta = deltaWindow(query('since'), query('to'), now);
    }
    let body: unknown;
    const bodySchema = op.requestBody?.content?.['application/json']?.schema ?? op.requestBody?.content?.['application/xml']?.schema;
    if (lrs && op.requestBody) {
      // xAPI statements are open-ended JSON documents: kept as sent, not read through a schema.
      try {
        body = JSON.parse(rawBody);
      } catch {
        throw new LitmosError(400, 'Please check the json in the body of the request');
      }
    } else if (op.requestBody && (rawBody.trim() !== '' || op.requestBody.required)) {
      const kind = bodyKind(req.headers['content-type']);
      if (!kind || rawBody.trim() === '') throw new LitmosError(400, 'Please check the xml/json in the body of the request');
      const schema = op.requestBody.content?.[kind === 'json' ? 'application/json' : 'application/xml']?.schema ?? bodySchema;
      body = readBody(rawBody, kind, schema as Schema, env.spec.resolve);
    }
    const ctx: HandlerContext = {
      state: env.state(),
      now,
      operation: op,
      pathValues: op.pathParams.map((name) => route.params[name] ?? ''),
      query,
      list,
      ...(delta ? { delta } : {}),
      body,
    };
    const result = handler(ctx);
    if (lrs) {
      const value = result.record ?? result.rows;
      return answer(result.status, value === undefined ? undefined : { contentType: 'application/json; charset=utf-8', text: JSON.stringify(value) });
    }
    return render(op, result, list, wire, env.spec);
  } catch (error) {
    if (error instanceof LitmosError) return errorAnswer(error, wire);
    // An unexpected failure is what WCF reports with its HTML page.
    const message = error instanceof Error ? error.message : String(error);
    return answer(500, htmlErrorPage(500, `The server encountered an error processing the request. ${message}`), 'Internal Server Error');
  }
}
