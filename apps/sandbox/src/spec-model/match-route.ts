/**
 * Routes a request path to an operation of the spec the way WCF's UriTemplate table does:
 * literal segments match case-insensitively, a literal beats a parameter, and a path that exists
 * for other methods only is a 405 with the methods it has.
 */
import type { SpecOperation } from './load-spec-model.js';

/** Result of routing a request. */
export type RouteMatch =
  | { readonly kind: 'found'; readonly operation: SpecOperation; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

/** Finds the operation for `method` and a request path without the `/v1.svc` base. */
export function matchRoute(operations: readonly SpecOperation[], method: string, rawPath: string): RouteMatch {
  const parts = rawPath.split('/').filter(Boolean);
  let best: { op: SpecOperation; literals: number }[] = [];
  for (const op of operations) {
    const literals = literalMatches(op, parts);
    if (literals !== undefined) best.push({ op, literals });
  }
  if (best.length === 0) return { kind: 'not-found' };
  // A literal segment beats a parameter: /users/paginated is not /users/{userId}.
  const top = Math.max(...best.map((b) => b.literals));
  best = best.filter((b) => b.literals === top);
  const hit = best.find((b) => b.op.method === method.toUpperCase());
  if (!hit) return { kind: 'method-not-allowed', allowed: best.map((b) => b.op.method) };
  return { kind: 'found', operation: hit.op, params: pathParams(hit.op, parts) };
}

/** How many literal segments of `op` the path matches, or undefined when it does not fit. */
function literalMatches(op: SpecOperation, parts: readonly string[]): number | undefined {
  if (op.segments.length !== parts.length) return undefined;
  let literals = 0;
  for (let i = 0; i < parts.length; i++) {
    const seg = op.segments[i];
    if (seg === undefined) continue;
    if (seg !== parts[i]!.toLowerCase()) return undefined;
    literals++;
  }
  return literals;
}

/** The decoded values of the path parameters; a segment that is not valid percent-encoding stays as sent. */
function pathParams(op: SpecOperation, parts: readonly string[]): Record<string, string> {
  const params: Record<string, string> = {};
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    if (op.segments[i] !== undefined) continue;
    const name = op.pathParams[n++]!;
    try {
      params[name] = decodeURIComponent(parts[i]!);
    } catch {
      params[name] = parts[i]!;
    }
  }
  return params;
}
