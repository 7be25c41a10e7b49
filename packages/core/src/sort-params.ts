import type { OperationDef } from './operation-def.js';

/** A call's parameters sorted by where they go, checked (see `sortParams`). */
export interface SortedParams {
  readonly path: Record<string, unknown>;
  readonly query: Record<string, unknown>;
  readonly headers: Record<string, string>;
  /** The request body, when the operation takes one. */
  readonly body: unknown;
}

/**
 * Sorts a call's parameters (one object: path and query parameters and headers by name, the
 * request body under `body`) into path, query, headers and body, and checks them before anything
 * is sent: every name must be one the operation takes, every required one present, every path
 * parameter an id. Headers the spec gives a default get it. `managed` names query parameters the
 * client sets itself (Litmos' `source`): passing one is an error, and they are not required here.
 * @throws {TypeError} naming the method and the parameter: unknown, missing, or not an id.
 */
export function sortParams(op: OperationDef, params: unknown, managed: readonly string[] = []): SortedParams {
  const where = op.sdkMethod;
  if (typeof params !== 'object' || params === null || Array.isArray(params)) throw new TypeError(`${where}: expected parameters to be an object`);
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const headers: Record<string, string> = {};
  const takesBody = op.bodyMediaTypes.length > 0;
  let body: unknown;
  const places = placesOf(op);
  for (const name in params) {
    if (!Object.hasOwn(params, name)) continue;
    const value = (params as Record<string, unknown>)[name];
    if (value === undefined) continue;
    const place = places.get(name);
    if (name === 'body' && takesBody) body = value;
    else if (place === 'path') path[name] = value;
    else if (managed.includes(name)) throw new TypeError(`${where}: \`${name}\` is set on the client, not per call`);
    else if (place === 'header') headers[name] = String(value);
    else if (place === 'query') query[name] = value;
    else throw new TypeError(`${where}: unknown parameter \`${name}\``);
  }
  for (const header of op.headerParams) {
    if (headers[header.name] === undefined && header.default !== undefined) headers[header.name] = header.default;
    if (header.required && headers[header.name] === undefined) throw new TypeError(`${where}: expected \`${header.name}\` to be set`);
  }
  for (const name of op.pathParams) checkPathParam(where, name, path[name]);
  for (const param of op.query) {
    if (param.required && !managed.includes(param.name) && query[param.name] === undefined)
      throw new TypeError(`${where}: expected \`${param.name}\` to be set`);
  }
  if (takesBody && body === undefined) throw new TypeError(`${where}: expected \`body\` to be set`);
  return { path, query, headers, body };
}

/**
 * A path parameter must be a non-empty string, a finite number or a boolean (Litmos has an
 * `{attended}` segment). Anything else would be written into a URL that names another resource:
 * an array `['..']` becomes `..` and climbs out of `/teams/{teamId}/users` to `/users`, `{}` and
 * `null` leave the segment empty or unexpanded. Ids often come from untyped JSON, so this is
 * checked at run time, before sending.
 */
function checkPathParam(where: string, name: string, value: unknown): void {
  if (value === undefined || value === '') throw new TypeError(`${where}: expected \`${name}\` to be set`);
  // URLs resolve `.` and `..` segments (escaped or not): such a value would reach another endpoint.
  const id = (typeof value === 'string' && value !== '.' && value !== '..') || typeof value === 'boolean' || Number.isFinite(value);
  if (id) return;
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value)
      : value === null || typeof value === 'number'
        ? String(value)
        : Array.isArray(value)
          ? 'an array'
          : typeof value;
  throw new TypeError(`${where}: expected \`${name}\` to be an id (a non-empty string or a finite number), got ${shown}`);
}

type Place = 'path' | 'header' | 'query';
const placesByOp = new WeakMap<OperationDef, ReadonlyMap<string, Place>>();

/** Where each parameter of an operation goes, looked up once per operation (most calls name only a few). */
function placesOf(op: OperationDef): ReadonlyMap<string, Place> {
  let places = placesByOp.get(op);
  if (!places) {
    const map = new Map<string, Place>();
    // Reverse precedence, so that a name declared twice keeps the place the checks gave it before.
    for (const q of op.query) map.set(q.name, 'query');
    for (const h of op.headerParams) map.set(h.name, 'header');
    for (const p of op.pathParams) map.set(p, 'path');
    places = map;
    placesByOp.set(op, places);
  }
  return places;
}
