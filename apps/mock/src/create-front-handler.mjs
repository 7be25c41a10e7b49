// @ts-check
// The mock's front server: what a client talks to, with Prism behind it. Prism answers each
// operation with its example and validates requests, but speaks like Prism: it serves at `/`,
// picks the format from `Accept` only, answers unknown paths with problem+json, ignores `start`,
// and crashes on a path it cannot percent-decode. In front of it, a request is first checked and
// shaped like Litmos (a WCF service under `/v1.svc`) would take it, and Prism's answer is turned
// into what Litmos would send. With `litmos: false` (peer specs such as iSpring's) only the
// protections apply: undecodable URLs and oversized bodies are refused before Prism sees them.
import {
  BAD_BODY_MESSAGE,
  BodyTooLargeError,
  chooseFormat,
  createHostCheck,
  DELTA_RANGE_MESSAGE,
  declaresTooLargeBody,
  discardBody,
  ENDPOINT_NOT_FOUND_MESSAGE,
  errorBody,
  formatParameter,
  htmlErrorPage,
  LIMIT_MESSAGE,
  METHOD_NOT_ALLOWED_MESSAGE,
  MISDIRECTED_STATUS,
  MISSING_SOURCE_MESSAGE,
  misdirectedMessage,
  REFUSED_CALL_STATUS,
  REFUSED_KEY_MESSAGE,
  readBoundedBody,
  readDeltaRange,
  reasonPhrase,
} from '@litmos-kit/spec/wire';
import { createDeref } from './create-deref.mjs';
import { createRouteMatcher } from './match-route.mjs';
import { createListSlicer } from './slice-list-page.mjs';
import { createXmlBodyConverter } from './xml-body-to-json.mjs';

/** Largest request body the mock reads (8 MiB): far above any Litmos write, far below harm. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

/** IIS' text for a URL it cannot decode. */
const INVALID_URL_MESSAGE = 'Bad Request - Invalid URL';
/** Text of the 413 for a body over the bound. */
const BODY_TOO_LARGE_MESSAGE = 'Request Entity Too Large';

/**
 * @typedef {Record<string, string | string[] | undefined>} Headers
 * @typedef {{ status: number, headers: Headers, body: Buffer }} PrismAnswer
 * @typedef {(request: { method: string, path: string, headers: Headers, body: Buffer }) => Promise<PrismAnswer>} Forward
 * @typedef {{ location?: string[], severity?: string, code?: string | number, message?: string }} Violation
 */

/**
 * Builds the request handler of the front server.
 * @param {{ spec: any, forward: Forward, maxBodyBytes: number, litmos: boolean, listeningHost?: string, allowedHosts?: readonly string[] }} options
 *   `spec` is the bundled document (JSON form), `forward` sends a request on to Prism;
 *   `listeningHost` and `allowedHosts` name the hosts answered besides loopback names
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => Promise<void>}
 */
export function createFrontHandler({ spec, forward, maxBodyBytes, litmos, listeningHost, allowedHosts = [] }) {
  const hostAllowed = createHostCheck({ listeningHost, allowedHosts });
  const match = createRouteMatcher(spec);
  const toJson = createXmlBodyConverter(spec);
  const slice = createListSlicer(spec);
  const deref = createDeref(spec);
  const basePaths = litmos ? serverBasePaths(spec) : [];

  /** Litmos' answer for one of its errors, in the format the operation answers in. */
  const sendError = (
    /** @type {Exchange} */ exchange,
    /** @type {number} */ status,
    /** @type {string} */ message,
    /** @type {'xml' | 'json'} */ format,
    /** @type {Headers} */ extra = {},
  ) => {
    const body = errorBody(format, message);
    send(exchange, status, { ...extra, 'content-type': body.contentType }, Buffer.from(body.text), reasonPhrase(message));
  };
  /** The WCF/IIS HTML page for a failure the service reports itself (or plain text for peers). */
  const sendPage = (/** @type {Exchange} */ exchange, /** @type {number} */ status, /** @type {string} */ message, /** @type {Headers} */ extra = {}) => {
    const page = litmos ? htmlErrorPage(status, message) : { contentType: 'text/plain; charset=utf-8', text: message };
    send(exchange, status, { ...extra, 'content-type': page.contentType }, Buffer.from(page.text), reasonPhrase(message));
  };

  return async (req, res) => {
    const exchange = { req, res };
    const method = (req.method ?? 'GET').toUpperCase();
    const target = splitTarget(req.url ?? '/');
    // A page that rebinds its own host name to 127.0.0.1 could otherwise read the mock's answers.
    if (!hostAllowed(req.headers.host)) return sendPage(exchange, MISDIRECTED_STATUS, misdirectedMessage(req.headers.host));
    if (!isDecodable(target.path, target.query)) return sendPage(exchange, 400, INVALID_URL_MESSAGE);
    if (declaresTooLargeBody(req, maxBodyBytes)) return sendPage(exchange, 413, BODY_TOO_LARGE_MESSAGE);

    const apiPath = stripBasePath(target.path, basePaths);
    const route = match(method, apiPath);
    if (!litmos) {
      // Peer specs: Prism as it is, fed with a bounded body that is JSON when it was XML.
      const read = await readBody(exchange, maxBodyBytes, sendPage);
      if (!read) return;
      if (isUnreadableJson(req.headers, read)) return sendPage(exchange, 400, 'The request body is not valid JSON');
      const converted = route.kind === 'found' ? convertXmlBody(req.headers, read, (xml) => toJson(route.operation, xml)) : { headers: {}, body: read };
      const answer = await forward({ method, path: req.url ?? '/', headers: { ...req.headers, ...converted.headers }, body: converted.body });
      return send(exchange, answer.status, answer.headers, answer.body);
    }

    if (route.kind === 'not-found') return sendPage(exchange, 404, ENDPOINT_NOT_FOUND_MESSAGE);
    if (route.kind === 'method-not-allowed') return sendPage(exchange, 405, METHOD_NOT_ALLOWED_MESSAGE, { allow: route.allowed.join(', ') });
    const { operation, parameters } = route;
    const query = queryReader(target.query);
    const offered = offeredFormats(operation, deref);
    const asked = chooseFormat(formatParameter(new URLSearchParams(target.query)), req.headers.accept);
    // The Learning Record Store speaks JSON only, whatever the request asks for.
    const format = offered.includes(asked) ? asked : (offered[0] ?? asked);

    // Litmos' order: key, then `source` (both 403, as its overview lists them), then the request.
    const refusedStatus = credentialsRefusalStatus(spec, operation, deref);
    if (!isAuthorized(spec, operation, req.headers, query, deref)) return sendError(exchange, refusedStatus, REFUSED_KEY_MESSAGE, format);
    const source = parameters.find((p) => p.in === 'query' && p.name.toLowerCase() === 'source');
    if (source?.required && !query(source.name)?.trim()) return sendError(exchange, REFUSED_CALL_STATUS, MISSING_SOURCE_MESSAGE, format);
    if (isRefusedDeltaRange(operation, parameters, query)) return sendError(exchange, 406, DELTA_RANGE_MESSAGE, format);

    const read = await readBody(exchange, maxBodyBytes, sendPage);
    if (!read) return;
    if (isUnreadableJson(req.headers, read)) return sendError(exchange, 400, BAD_BODY_MESSAGE, format);
    const converted = convertXmlBody(req.headers, read, (xml) => toJson(operation, xml));
    const forwardedQuery = normalizeQuery(target.query, parameters);
    const answer = await forward({
      method,
      path: forwardedQuery ? `${route.path}?${forwardedQuery}` : route.path,
      headers: { ...req.headers, ...converted.headers, accept: format === 'json' ? 'application/json' : 'application/xml' },
      body: converted.body,
    });

    const violations = parseViolations(answer.headers['sl-violations']);
    if (answer.status >= 400) {
      const error = litmosError(violations, operation, parameters, refusedStatus);
      if (error) return sendError(exchange, error.status, error.message, format, { 'sl-violations': answer.headers['sl-violations'] });
      return send(exchange, answer.status, answer.headers, answer.body);
    }
    let body = answer.body;
    const declared = new Set(parameters.filter((p) => p.in === 'query').map((p) => p.name.toLowerCase()));
    if (declared.has('start') && body.length > 0) {
      const start = Number(query('start') ?? 0);
      const limit = declared.has('limit') ? Number(query('limit') ?? defaultOf(parameters, 'limit', deref) ?? 100) : Number.MAX_SAFE_INTEGER;
      const page = slice(operation, format, body.toString('utf8'), { start, limit });
      if (page !== undefined) body = Buffer.from(page);
    }
    const headers = { ...answer.headers };
    // Litmos names the charset; Prism does not.
    if (body.length > 0 && /^application\/(json|xml)$/i.test(String(headers['content-type'] ?? '')))
      headers['content-type'] = `${headers['content-type']}; charset=utf-8`;
    return send(exchange, answer.status, headers, body);
  };
}

/** @typedef {{ req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse }} Exchange */

/**
 * Writes an answer. A request body that was not read to its end (an early refusal) is drained
 * rather than left in the socket, so the client gets the answer instead of a reset (see
 * `discardBody`).
 * @param {Exchange} exchange
 * @param {number} status
 * @param {Headers} headers
 * @param {Buffer} body
 * @param {string} [message]
 */
function send({ req, res }, status, headers, body, message) {
  if (res.headersSent) return;
  /** @type {Headers} */
  const out = {};
  for (const [name, value] of Object.entries(headers)) {
    // Prism's framing does not apply to the (possibly rewritten) body.
    if (value === undefined || /^(content-length|transfer-encoding|connection|keep-alive)$/i.test(name)) continue;
    out[name] = value;
  }
  out['content-length'] = String(body.length);
  if (message) res.writeHead(status, message, out);
  else res.writeHead(status, out);
  res.end(body);
  discardBody(req, res);
}

/**
 * Reads the body within the bound, or answers 413 and resolves to `undefined`.
 * @param {Exchange} exchange
 * @param {number} maxBodyBytes
 * @param {(exchange: Exchange, status: number, message: string) => void} sendPage
 */
async function readBody(exchange, maxBodyBytes, sendPage) {
  try {
    return await readBoundedBody(exchange.req, maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      sendPage(exchange, 413, BODY_TOO_LARGE_MESSAGE);
      return undefined;
    }
    throw error;
  }
}

/**
 * Whether a body sent as JSON does not parse. Prism never answers such a request (its parser's
 * error is lost and the connection hangs), so the front answers it.
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {Buffer} body
 */
function isUnreadableJson(headers, body) {
  if (body.length === 0 || !/[/+]json\b/i.test(String(headers['content-type'] ?? ''))) return false;
  try {
    JSON.parse(body.toString('utf8'));
    return false;
  } catch {
    return true;
  }
}

/**
 * Prism validates XML bodies as text and always rejects them (stoplightio/prism#2050), so an XML
 * body goes on as the JSON the spec describes for it (see xml-body-to-json.mjs).
 * @param {Headers} headers
 * @param {Buffer} body
 * @param {(xml: string) => unknown} toJson
 * @returns {{ headers: Headers, body: Buffer }}
 */
function convertXmlBody(headers, body, toJson) {
  /** @type {Headers} */
  const changed = { 'content-length': String(body.length), 'transfer-encoding': undefined };
  const type = String(headers['content-type'] ?? '');
  if (body.length === 0 || !/[/+]xml\b/i.test(type)) return { headers: changed, body };
  const json = toJson(body.toString('utf8'));
  if (json === undefined) return { headers: changed, body };
  const text = Buffer.from(JSON.stringify(json));
  return {
    headers: { ...changed, 'content-length': String(text.length), 'content-type': 'application/json', 'x-litmos-mock-original-content-type': type },
    body: text,
  };
}

/**
 * The path and query of a request target, undecoded. Splitting by hand (not with `new URL`)
 * keeps `//users` a path rather than a host.
 * @param {string} target
 */
function splitTarget(target) {
  let rest = target;
  // An absolute-form target (`GET http://host/users`), as sent to proxies.
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(rest);
  if (absolute) rest = rest.slice(absolute[0].length) || '/';
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const mark = rest.indexOf('?');
  return mark < 0 ? { path: rest, query: '' } : { path: rest.slice(0, mark), query: rest.slice(mark + 1) };
}

/**
 * Whether every percent-escape of the path and the query decodes to UTF-8. `GET /%E0%A4%A`
 * would otherwise reach Prism's path decoder, whose URIError is uncaught and ends the process.
 * @param {string} path
 * @param {string} query
 */
function isDecodable(path, query) {
  try {
    decodeURIComponent(path);
    for (const part of query.split('&')) decodeURIComponent(part.replace(/\+/g, ' '));
    return true;
  } catch {
    return false;
  }
}

/**
 * The path parts of the spec's server URLs (`/v1.svc` for Litmos), under which the API is also
 * served; the root stays served too, for clients given a bare origin.
 * @param {any} spec
 * @returns {string[]}
 */
function serverBasePaths(spec) {
  const paths = new Set();
  for (const server of spec.servers ?? []) {
    try {
      const path = new URL(String(server.url)).pathname.replace(/\/+$/, '');
      if (path) paths.add(path.toLowerCase());
    } catch {
      // A relative or templated server URL names no base path to strip.
    }
  }
  return [...paths];
}

/**
 * The request path without a base path, matched in any case as IIS does (`/V1.svc/users`).
 * @param {string} path
 * @param {string[]} basePaths lower-case
 */
function stripBasePath(path, basePaths) {
  const lower = path.toLowerCase();
  for (const base of basePaths) {
    if (lower === base) return '/';
    if (lower.startsWith(`${base}/`)) return path.slice(base.length);
  }
  return path;
}

/**
 * Case-insensitive reader of the query (WCF binds query names in any case). Values are decoded.
 * @param {string} query
 * @returns {(name: string) => string | null}
 */
function queryReader(query) {
  /** @type {Map<string, string>} */
  const values = new Map();
  for (const [name, value] of new URLSearchParams(query)) if (!values.has(name.toLowerCase())) values.set(name.toLowerCase(), value);
  return (name) => values.get(name.toLowerCase()) ?? null;
}

/**
 * The query Prism gets: declared parameter names in the spec's spelling (`Source` → `source`),
 * `format` dropped unless it is `json` (Litmos ignores other values; Prism would reject them).
 * Values keep their original encoding.
 * @param {string} query
 * @param {any[]} parameters
 */
function normalizeQuery(query, parameters) {
  /** @type {Map<string, string>} */
  const spelling = new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name.toLowerCase(), p.name]));
  spelling.set('apikey', 'apikey');
  const parts = [];
  for (const part of query.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawName = eq < 0 ? part : part.slice(0, eq);
    const rawValue = eq < 0 ? '' : part.slice(eq + 1);
    const name = decodeURIComponent(rawName.replace(/\+/g, ' '));
    if (name.toLowerCase() === 'format') {
      const value = decodeURIComponent(rawValue.replace(/\+/g, ' ')).trim().toLowerCase();
      if (value === 'json' && spelling.has('format')) parts.push(`${spelling.get('format')}=json`);
      continue;
    }
    const canonical = spelling.get(name.toLowerCase());
    parts.push(canonical ? `${encodeURIComponent(canonical)}${eq < 0 ? '' : `=${rawValue}`}` : part);
  }
  return parts.join('&');
}

/**
 * The formats an operation answers in, from its success response, XML first (Litmos' default):
 * one format for an operation that has only one (the Learning Record Store speaks JSON only),
 * both for a success without a body, whose errors follow the request's format.
 * @param {any} operation
 * @param {(node: any) => any} deref
 * @returns {('xml' | 'json')[]}
 */
function offeredFormats(operation, deref) {
  const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2/.test(status));
  const types = new Set(success.flatMap(([, response]) => Object.keys(deref(response)?.content ?? {})));
  /** @type {('xml' | 'json')[]} */
  const formats = [];
  if (types.has('application/xml')) formats.push('xml');
  if (types.has('application/json')) formats.push('json');
  return formats.length > 0 ? formats : ['xml', 'json'];
}

/**
 * Whether the request carries the credentials one of the operation's security requirements
 * asks for. Like Prism, the mock checks that a key is present, not which key it is.
 * @param {any} spec
 * @param {any} operation
 * @param {import('node:http').IncomingHttpHeaders} headers
 * @param {(name: string) => string | null} query
 * @param {(node: any) => any} deref
 */
function isAuthorized(spec, operation, headers, query, deref) {
  /** @type {Record<string, unknown>[]} */
  const requirements = operation.security ?? spec.security ?? [];
  if (requirements.length === 0) return true;
  const schemes = spec.components?.securitySchemes ?? {};
  const header = (/** @type {string} */ name) => {
    const value = headers[name.toLowerCase()];
    return (Array.isArray(value) ? value[0] : value) ?? '';
  };
  const satisfied = (/** @type {string} */ name) => {
    const scheme = deref(schemes[name]);
    if (scheme?.type === 'apiKey') {
      if (scheme.in === 'header') return header(scheme.name).trim() !== '';
      if (scheme.in === 'query') return (query(scheme.name) ?? '').trim() !== '';
      return true;
    }
    if (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'basic') {
      const encoded = /^Basic\s+(\S+)$/i.exec(header('authorization'))?.[1] ?? '';
      const [user, ...password] = Buffer.from(encoded, 'base64').toString('utf8').split(':');
      return Boolean(user) && password.join(':') !== '';
    }
    if (scheme?.type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') return /^Bearer\s+\S+/i.test(header('authorization'));
    return true;
  };
  return requirements.some((requirement) => Object.keys(requirement).every(satisfied));
}

/**
 * Whether a delta call's `since`/`to` range is one Litmos refuses with 406 (see `readDeltaRange`:
 * missing, malformed, reversed, over 7 days). Calls that take the range optionally (the
 * `/sessions/*` lists) are checked only when they send part of it.
 * @param {any} operation
 * @param {any[]} parameters
 * @param {(name: string) => string | null} query
 */
function isRefusedDeltaRange(operation, parameters, query) {
  if (!operation['x-litmos-sdk']?.delta) return false;
  const range = parameters.filter((p) => p.in === 'query' && /^(since|to)$/i.test(p.name));
  if (range.length === 0) return false;
  const required = range.some((p) => p.required);
  if (!required && query('since') === null && query('to') === null) return false;
  return readDeltaRange(query('since'), query('to')) === undefined;
}

/**
 * The status for a request without the credentials the operation asks for: 403 for the API key
 * (Litmos' overview lists 403 for a bad key or a missing `source`), 401 where the operation takes
 * HTTP credentials (the Learning Record Store follows the xAPI rule).
 * @param {any} spec
 * @param {any} operation
 * @param {(node: any) => any} deref
 */
function credentialsRefusalStatus(spec, operation, deref) {
  /** @type {Record<string, unknown>[]} */
  const requirements = operation.security ?? spec.security ?? [];
  const schemes = spec.components?.securitySchemes ?? {};
  const http = requirements.some((requirement) => Object.keys(requirement).some((name) => deref(schemes[name])?.type === 'http'));
  return http ? 401 : REFUSED_CALL_STATUS;
}

/**
 * @param {string | string[] | undefined} header
 * @returns {Violation[]}
 */
function parseViolations(header) {
  try {
    const parsed = JSON.parse(Array.isArray(header) ? (header[0] ?? '[]') : (header ?? '[]'));
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/**
 * Litmos' status and text for the request problems Prism found, in Litmos' order of checks
 * (credentials, path, query, headers, body), or `undefined` when Prism found none.
 * @param {Violation[]} violations
 * @param {any} operation
 * @param {any[]} parameters
 * @param {number} refusedStatus the status for missing credentials
 * @returns {{ status: number, message: string } | undefined}
 */
function litmosError(violations, operation, parameters, refusedStatus) {
  const request = violations.filter((v) => v.location?.[0] === 'request' && v.severity !== 'Warning');
  const first = (/** @type {string} */ where) => request.find((v) => v.location?.[1] === where);
  if (request.some((v) => v.code === 401)) return { status: refusedStatus, message: REFUSED_KEY_MESSAGE };
  const path = first('path');
  if (path) return { status: 400, message: `The ${path.location?.[2] ?? 'id'} in the URL is not valid` };
  const query = first('query');
  if (query) {
    const name = query.location?.[2] ?? /property '([^']+)'/.exec(query.message ?? '')?.[1] ?? 'query';
    const lower = name.toLowerCase();
    if (operation['x-litmos-sdk']?.delta && (lower === 'since' || lower === 'to')) return { status: 406, message: DELTA_RANGE_MESSAGE };
    if (lower === 'limit' && query.code === 'maximum') return { status: operation.responses?.['406'] ? 406 : 400, message: LIMIT_MESSAGE };
    if (query.code === 'required') return { status: 400, message: `Please provide the ${name} query string parameter` };
    const declared = parameters.find((p) => p.in === 'query' && p.name.toLowerCase() === lower);
    const detail = (query.message ?? '').replace(/^Request query parameter \S+ /, '');
    return { status: 400, message: `The ${declared?.name ?? name} query string parameter ${detail || 'is not valid'}` };
  }
  const header = first('header');
  if (header) return { status: 400, message: (header.message ?? 'A request header is not valid').replace(/^Request header /, 'The request header ') };
  if (first('body') || request.length > 0) return { status: 400, message: BAD_BODY_MESSAGE };
  return undefined;
}

/**
 * The default of a query parameter's schema.
 * @param {any[]} parameters
 * @param {string} name
 * @param {(node: any) => any} deref
 * @returns {number | undefined}
 */
function defaultOf(parameters, name, deref) {
  const parameter = parameters.find((p) => p.in === 'query' && p.name.toLowerCase() === name);
  const value = deref(parameter?.schema)?.default;
  return typeof value === 'number' ? value : undefined;
}
