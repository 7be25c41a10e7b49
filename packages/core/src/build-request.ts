import type { HttpMethod, OperationDef } from './operation-def.js';

/** One HTTP request, ready to send: what the transport needs and nothing more. */
export interface HttpRequest {
  readonly method: HttpMethod;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string | undefined;
}

/** The sorted parameters of one call, in their wire form (see `sortParams`). */
export interface RequestParts {
  readonly path: Readonly<Record<string, unknown>>;
  readonly query: Readonly<Record<string, unknown>>;
  readonly headers: Readonly<Record<string, string>>;
}

const PATH_PARAM = /\{([^{}]+)\}/g;

/**
 * Builds the URL of a call: the base URL, the operation's path with each `{name}` replaced by its
 * percent-encoded value, and the query in the spec's parameter order (one request has one wire
 * form, whatever the order of the caller's object). Arrays are one parameter per item, or one
 * comma-separated parameter where the spec says `explode: false`; `undefined` and `null` are left
 * out. This is the wire form the generated hey-api functions write too (a test holds the two
 * together), without building their request objects on every call.
 * @throws {TypeError} for a query value that is an object (the specs have no object parameters).
 */
export function buildUrl(baseUrl: string, op: OperationDef, parts: Pick<RequestParts, 'path' | 'query'>): string {
  const base = baseUrl.endsWith('/') ? baseUrl.slice(0, -1) : baseUrl;
  const path = !op.path.includes('{')
    ? op.path
    : op.path.replace(PATH_PARAM, (match, name: string) => {
        const value = parts.path[name];
        return value === undefined || value === null ? match : encodeURIComponent(String(value));
      });
  // Pairs joined once at the end: a string grown pair by pair leaves a string behind per step.
  const pairs: string[] = [];
  for (const param of op.query) {
    const value = parts.query[param.name];
    if (value === undefined || value === null) continue;
    if (!Array.isArray(value)) pairs.push(`${param.name}=${encodeValue(value)}`);
    else if (param.joined) pairs.push(`${param.name}=${value.map(encodeValue).join(',')}`);
    else for (const item of value) pairs.push(`${param.name}=${encodeValue(item)}`);
  }
  const slash = path.startsWith('/') ? '' : '/';
  return pairs.length ? `${base}${slash}${path}?${pairs.join('&')}` : `${base}${slash}${path}`;
}

function encodeValue(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object' && value !== null) throw new TypeError('Expected a query value to be a string, number, boolean or an array of them');
  return encodeURIComponent(String(value));
}
