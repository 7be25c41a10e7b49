/**
 * Redirects are followed only within the request's own origin, and only for reads. `fetch`
 * follows redirects anywhere by default and drops only `Authorization` on the way: a custom
 * credential header (Litmos' `apikey`) and, after a 307/308, the request body would go to
 * whatever host a compromised or misconfigured server names. So every request goes out with
 * `redirect: 'manual'` (transport.ts), and each hop is checked here. The transport loads this
 * module with the first 3xx answer; it imports nothing at run time, so a bundler gives it a chunk
 * of its own without splitting shared code out of the client's main chunk.
 */
import type { HttpRequest } from './build-request.js';

/** Statuses `fetch` would follow. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Most same-origin hops before giving up (browsers allow 20; an API needs none or one). */
export const MAX_REDIRECTS = 5;

/** Why a redirect was not followed; the transport turns it into a typed error. */
export interface RefusedRedirect {
  readonly status: number;
  /** The target as the server gave it (resolved against the request URL when it could be). */
  readonly location: string | undefined;
  readonly reason: string;
}

/** Whether `fetch` would follow a response of this status. */
function isRedirect(status: number): boolean {
  return REDIRECTS.has(status);
}

/**
 * Follows the redirect `first` (the answer to `request`): to the same origin, for a GET, at
 * most `MAX_REDIRECTS` hops. Returns the first response that is not a followed redirect (a 3xx
 * without `Location` is returned as it is). Calls `refuse` (which must throw) for a redirect to
 * another origin, from https to http, to a URL that is not http(s), of a write (fetch would send
 * a 307's body again, or turn a POST into a GET and read instead of write), or one hop too many.
 */
export async function followRedirects(
  fetchImpl: typeof fetch,
  request: HttpRequest,
  first: Response,
  signal: AbortSignal,
  refuse: (refused: RefusedRedirect) => never,
): Promise<Response> {
  const { method, headers } = request;
  const origin = new URL(request.url).origin;
  let url = request.url;
  let response = first;
  for (let hop = 0; ; hop++) {
    const { status } = response;
    const location = isRedirect(status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await discard(response);
    let target: URL;
    try {
      target = new URL(location, url);
    } catch {
      refuse({ status, location, reason: 'it is not a valid URL' });
    }
    const reason =
      target.protocol !== 'https:' && target.protocol !== 'http:'
        ? 'it is not an http(s) URL'
        : origin.startsWith('https:') && target.protocol === 'http:'
          ? 'it leaves https for http'
          : target.origin !== origin
            ? 'it points to another origin'
            : method !== 'GET'
              ? `only reads follow redirects, and this is a ${method}`
              : hop >= MAX_REDIRECTS
                ? `more than ${MAX_REDIRECTS} redirects`
                : undefined;
    if (reason) refuse({ status, location: target.href, reason });
    url = target.href;
    response = await fetchImpl(url, { method, headers, signal, redirect: 'manual' });
  }
}

/** Drops a body that will not be read, so its connection is freed. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
