/**
 * Turns the parameters of one Litmos call into the request core's pipeline sends, checking them
 * first: the spec's rules (core's `sortParams`) and Litmos' own. Litmos REST calls name the
 * application (`source`) and pick the format in the query and send the key in the `apikey`
 * header; the Learning Record Store (xAPI) is another host, with Basic credentials, that always
 * speaks JSON and has no documented rate limit (its calls are not paced).
 */
import type { CallRequest, CallSettings, OperationDef } from '@litmos-kit/core';
import { sortParams } from '@litmos-kit/core/internal';
import { bodyFormatFor } from './body-format-for.js';
import { formatQueryDate, normalizeLitmosDate } from './litmos-date.js';
import type { ResolvedOptions } from './options.js';

/** A checked call: the request, and how the pipeline treats it. @internal */
export interface LitmosCall {
  readonly request: CallRequest;
  readonly settings: CallSettings;
}

/** Query parameters the client sets itself, never the caller. */
const MANAGED = ['source', 'format'];

const CONTENT_TYPE = { xml: 'application/xml; charset=utf-8', json: 'application/json; charset=utf-8' } as const;

/** Litmos' REST API (key in a header, `source` in the query), as opposed to the Learning Record Store. @internal */
export const isRest = (op: OperationDef): boolean => op.auth === 'apiKey';

/**
 * Which declared fields an answer of `op` must carry. Litmos' REST spec requires identity fields
 * only and documents the rest, which Litmos sometimes leaves out: an absent documented field is
 * a difference worth reporting. The Learning Record Store has truly optional fields.
 * @internal
 */
export const expectedFields = (op: OperationDef): 'all' | 'required' => (isRest(op) ? 'all' : 'required');

/**
 * Checks a call's parameters and builds its request.
 * @throws {TypeError} for an unknown, missing or invalid parameter, a `limit` outside 1–1000, a
 *   bad date, or a Learning Record Store call without `lrs` credentials.
 * @internal
 */
export function prepareCall(op: OperationDef, params: unknown, options: ResolvedOptions): LitmosCall {
  const rest = isRest(op);
  const sorted = sortParams(op, params, rest ? MANAGED : []);
  const { query } = sorted;
  const limit = query.limit;
  if (limit !== undefined && (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > 1000)) {
    throw new TypeError(`${op.sdkMethod}: expected \`limit\` to be an integer from 1 to 1000, got ${JSON.stringify(limit)}`);
  }
  for (const name in query) query[name] = queryValue(op, name, query[name], rest);
  const json = options.format === 'json' || !rest;
  if (rest) query.source = options.source;
  if (json && op.query.some((p) => p.name === 'format')) query.format = 'json';
  const { body } = sorted;
  // Litmos' overview asks for a Content-Type on every request, GET and DELETE included: the
  // body's format, or the client's when there is no body.
  const bodyFormat = body === undefined ? (json ? 'json' : 'xml') : bodyFormatFor(op, json ? 'json' : 'xml');
  const headers: Record<string, string> = {
    ...sorted.headers,
    Accept: json ? 'application/json' : 'application/xml',
    'Content-Type': CONTENT_TYPE[bodyFormat],
  };
  if (rest) headers.apikey = options.apiKey;
  else if (options.lrs) headers.Authorization = `Basic ${btoa(`${options.lrs.username}:${options.lrs.password}`)}`;
  const request: CallRequest = {
    path: sorted.path,
    query,
    headers,
    // The writer loads with the first body, so that a client that only reads never bundles it.
    ...(body === undefined
      ? {}
      : { body: async (codec) => (await import('./encode-body.js')).encodeBody(body, codec.bodyXml, bodyFormat, op.sdkMethod, normalizeLitmosDate) }),
    ...(op.server ? { baseUrl: serverUrl(op, options) } : {}),
  };
  return { request, settings: { paced: rest, expect: expectedFields(op) } };
}

/** The base URL of an operation with a server of its own (the Learning Record Store). */
function serverUrl(op: OperationDef, options: ResolvedOptions): string {
  const { lrs } = options;
  if (op.auth === 'basic' && !lrs) throw new TypeError(`${op.sdkMethod}: pass \`lrs\` credentials to createLitmos to use the Learning Record Store`);
  if (lrs?.baseUrl) return lrs.baseUrl.replace(/\/+$/, '');
  const values: Record<string, string | undefined> = { ...op.server?.variables, companydomain: lrs?.companyDomain, dbInstance: lrs?.dbInstance };
  return (op.server?.url ?? '').replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(values[name] ?? op.server?.variables[name] ?? ''));
}

/** Dates go out as Litmos reads them (`YYYY-MM-DD HH:MM:SS`), or as ISO 8601 for xAPI. */
function queryValue(op: OperationDef, name: string, value: unknown, rest: boolean): unknown {
  const isDate = value instanceof Date || ((name === 'since' || name === 'to') && op.delta);
  if (!isDate) return value;
  return rest ? formatQueryDate(value as Date | string, name) : new Date(value as Date | string).toISOString();
}
