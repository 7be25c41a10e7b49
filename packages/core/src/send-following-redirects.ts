/**
 * Sends a request with `fetch` and follows its redirects only within the request's own origin.
 * `fetch` follows redirects anywhere by default and drops only `Authorization` on the way; a
 * custom credential header (Litmos' `apikey`) and, after a 307/308, the request body would go to
 * whatever host a compromised or misconfigured server names. So every request goes out with
 * `redirect: 'manual'`, and each hop is checked here.
 */

/** Statuses `fetch` would follow. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Most same-origin hops before giving up (browsers allow 20; an API needs none or one). */
export const MAX_REDIRECTS = 5;

/** Headers that describe a body, dropped when a redirect turns the request into a GET. */
const BODY_HEADERS = ['content-type', 'content-length', 'content-encoding', 'content-language', 'content-location'];

/** Why a redirect was not followed; the transport turns it into a typed error. */
export interface RefusedRedirect {
  readonly status: number;
  /** The target as the server gave it (resolved against the request URL when it could be). */
  readonly location: string | undefined;
  readonly reason: string;
}

/**
 * Sends `request` (aborted by `signal`) and follows same-origin redirects, at most
 * `MAX_REDIRECTS`. Returns the first response that is not a followed redirect (a 3xx without
 * `Location` is returned as it is). Calls `refuse` (which must throw) for a redirect to another
 * origin, from https to http, to a URL that is not http(s), or one hop too many; also when a
 * custom `fetch` that ignores `redirect: 'manual'` followed one to another origin itself.
 */
export async function sendFollowingRedirects(
  fetchImpl: typeof fetch,
  request: Request,
  signal: AbortSignal,
  refuse: (refused: RefusedRedirect) => never,
): Promise<Response> {
  const origin = new URL(request.url).origin;
  // A 307/308 repeats the body; the request's own stream is read by the first hop.
  const spare = request.body ? request.clone() : undefined;
  let body: ArrayBuffer | undefined;
  let current = request;
  for (let hop = 0; ; hop++) {
    const response = await fetchImpl(current, { signal, redirect: 'manual' });
    if (response.redirected && response.url && originOf(response.url) !== origin) {
      await discard(response);
      refuse({ status: response.status, location: response.url, reason: 'the custom fetch followed it to another origin' });
    }
    const location = REDIRECTS.has(response.status) ? response.headers.get('location') : null;
    if (location === null) return response;
    await discard(response);
    const status = response.status;
    let target: URL;
    try {
      target = new URL(location, current.url);
    } catch {
      refuse({ status, location, reason: 'it is not a valid URL' });
    }
    const from = new URL(current.url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') refuse({ status, location: target.href, reason: 'it is not an http(s) URL' });
    if (from.protocol === 'https:' && target.protocol === 'http:') refuse({ status, location: target.href, reason: 'it leaves https for http' });
    if (target.origin !== origin) refuse({ status, location: target.href, reason: 'it points to another origin' });
    if (hop >= MAX_REDIRECTS) refuse({ status, location: target.href, reason: `more than ${MAX_REDIRECTS} redirects` });
    // As fetch does: 303 (and 301/302 after a POST) become a GET without a body; 307/308 repeat the request.
    const toGet = (status === 303 && current.method !== 'HEAD') || ((status === 301 || status === 302) && current.method === 'POST');
    const headers = new Headers(current.headers);
    if (toGet) for (const name of BODY_HEADERS) headers.delete(name);
    else if (spare) body ??= await spare.arrayBuffer();
    current = new Request(target, { method: toGet ? 'GET' : current.method, headers, body: toGet ? null : (body ?? null), redirect: 'manual', signal });
  }
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

/** Drops a body that will not be read, so its connection is freed. */
async function discard(response: Response): Promise<void> {
  await response.body?.cancel().catch(() => undefined);
}
