// @ts-check
// Finds the operation of a request path the way Litmos' WCF service does: literal segments match
// in any case (`/Users` is `/users`), empty segments are ignored (`//users`), and a literal
// segment beats a parameter (`/users/paginated` is not `/users/{userId}`). A path that exists
// with other methods is told apart from one that does not exist, for 405 and 404.

import { createDeref } from './create-deref.mjs';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];

/**
 * @typedef {{ kind: 'found', template: string, path: string, operation: any, parameters: any[] }
 *   | { kind: 'method-not-allowed', allowed: string[] }
 *   | { kind: 'not-found' }} RouteMatch
 */

/**
 * Builds the matcher for a bundled spec (JSON form).
 * @param {any} spec
 * @returns {(method: string, pathname: string) => RouteMatch} `pathname` is still
 *   percent-encoded; `path` in the result is the spec's spelling with the request's values
 */
export function createRouteMatcher(spec) {
  const deref = createDeref(spec);
  const routes = Object.entries(spec.paths ?? {}).map(([template, rawItem]) => {
    const item = deref(rawItem);
    const segments = template
      .split('/')
      .filter(Boolean)
      .map((segment) => (/^\{[^}]+\}$/.test(segment) ? null : segment));
    /** @type {Map<string, any>} */
    const methods = new Map();
    for (const method of METHODS) if (item[method]) methods.set(method.toUpperCase(), item[method]);
    return { template, item, segments, methods, literals: segments.filter((s) => s !== null).length };
  });

  return (method, pathname) => {
    const parts = pathname.split('/').filter(Boolean);
    const candidates = routes.filter(
      (route) =>
        route.segments.length === parts.length && route.segments.every((segment, i) => segment === null || segment.toLowerCase() === parts[i]?.toLowerCase()),
    );
    if (candidates.length === 0) return { kind: 'not-found' };
    const most = Math.max(...candidates.map((route) => route.literals));
    const best = candidates.filter((route) => route.literals === most);
    const upper = method.toUpperCase();
    const hit = best.find((route) => route.methods.has(upper));
    if (!hit) return { kind: 'method-not-allowed', allowed: [...new Set(best.flatMap((route) => [...route.methods.keys()]))] };
    const operation = hit.methods.get(upper);
    // Operation parameters override path-level ones with the same name and location.
    /** @type {Map<string, any>} */
    const parameters = new Map();
    for (const raw of [...(hit.item.parameters ?? []), ...(operation.parameters ?? [])]) {
      const parameter = deref(raw);
      parameters.set(`${parameter.in}:${parameter.name}`, parameter);
    }
    return {
      kind: 'found',
      template: hit.template,
      path: `/${hit.segments.map((segment, i) => segment ?? parts[i]).join('/')}`,
      operation,
      parameters: [...parameters.values()],
    };
  };
}
