// @ts-check
// Litmos answers XML unless asked for JSON. Its documented switch is the `format=json` query
// parameter; clients that only send `Accept: application/json` get JSON too (the Ruby client's
// README shows JSON answers, and WCF's automatic format selection reads Accept). Both local
// servers, the mock and the sandbox, decide with this one rule so that a client sees the same
// format from either of them.

/** Media types in `Accept` that ask for JSON by name (wildcards do not). */
const JSON_TYPES = new Set(['application/json', 'text/json']);
/** Media types in `Accept` that ask for XML by name. */
const XML_TYPES = new Set(['application/xml', 'text/xml']);

/** @typedef {'xml' | 'json'} WireFormat */

/**
 * The value of the `format` query parameter, whose name Litmos (WCF) matches in any case
 * (`format`, `Format`, `FORMAT`); the first one wins when it is repeated.
 * @param {URLSearchParams} search
 * @returns {string | null}
 */
export function formatParameter(search) {
  for (const [name, value] of search) if (name.toLowerCase() === 'format') return value;
  return null;
}

/**
 * Whether an `Accept` header asks for JSON by name: of the JSON and XML media types it names
 * with a non-zero quality, the one with the highest quality (the first, on a tie) is JSON.
 * `*\/*`, `application/*` and absent headers ask for nothing, so they do not count.
 * @param {string | readonly string[] | null | undefined} accept
 * @returns {boolean}
 */
export function acceptsJsonExplicitly(accept) {
  const header = typeof accept === 'string' ? accept : Array.isArray(accept) ? accept.join(',') : '';
  let best = { q: 0, json: false };
  for (const entry of header.split(',')) {
    const [type = '', ...params] = entry.split(';').map((part) => part.trim().toLowerCase());
    const isJson = JSON_TYPES.has(type);
    if (!isJson && !XML_TYPES.has(type)) continue;
    const qParam = params.find((param) => /^q\s*=/.test(param));
    const q = qParam === undefined ? 1 : Number(qParam.replace(/^q\s*=\s*/, ''));
    // An unreadable quality makes the entry unusable rather than preferred.
    if (!Number.isFinite(q) || q <= 0 || q > 1) continue;
    if (q > best.q) best = { q, json: isJson };
  }
  return best.json;
}

/**
 * The format of Litmos' answer to a request: `format=json` (any case) gives JSON; otherwise an
 * `Accept` header that names JSON (see {@link acceptsJsonExplicitly}) gives JSON; everything else
 * gives XML, Litmos' default. A `format` other than `json` does not force XML: it is ignored.
 * @param {string | null | undefined} format the `format` query parameter, see {@link formatParameter}
 * @param {string | readonly string[] | null | undefined} accept the `Accept` header
 * @returns {WireFormat}
 */
export function chooseFormat(format, accept) {
  if (typeof format === 'string' && format.trim().toLowerCase() === 'json') return 'json';
  return acceptsJsonExplicitly(accept) ? 'json' : 'xml';
}
