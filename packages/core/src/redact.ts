/**
 * Keeps secrets (API keys, bearer and XBL tokens, passwords) out of everything an SDK shows:
 * error messages, `error.url`, log lines, `JSON.stringify(error)` and `util.inspect(error)`.
 * Keys travel as headers and, in old integrations, as query parameters (Litmos' `apikey`), so
 * both forms are scrubbed. Values are matched whole, including hyphens: GUID-shaped keys are the
 * norm, and a `\w+` pattern would leave their tail visible (sdk-anchors §5 item 4).
 */

const REDACTED = '[REDACTED]';

/** Query parameters whose values never leave the SDK unredacted (compared case-insensitively). */
const SECRET_PARAMS = new Set(['apikey', 'api_key', 'key', 'token', 'access_token', 'loginkey']);

/** Cheap pre-check: a secret parameter name followed by `=` (possibly percent-encoded). */
const MAYBE_SECRET = /(?:key|token|%5f)[^=&#]*=/i;

/** Returns `url` with the value of every secret query parameter replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  // Runs for every request: skip the full scan when no parameter can be a secret.
  if (!MAYBE_SECRET.test(url) && !url.includes('%')) return url;
  return url.replace(/([?&])([^=&#]+)=([^&#]*)/g, (match, sep: string, name: string) =>
    SECRET_PARAMS.has(decodeURIComponentSafe(name).toLowerCase()) ? `${sep}${name}=${REDACTED}` : match,
  );
}

/** Shortest piece of a secret that is masked on its own. */
const FRAGMENT = 6;

/**
 * Replaces every occurrence of each secret in `text` (raw or URL-encoded) by `[REDACTED]`,
 * and every piece of it at least 6 characters long: messages that quote a cut-off snippet
 * (V8's `JSON.parse` errors show about ten characters of the text) must not leak a part of it.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      if (out.includes(form)) out = out.split(form).join(REDACTED);
    }
    if (secret.length >= 2 * FRAGMENT) out = redactFragments(out, secret);
  }
  return out;
}

/** Masks each run of text that matches `secret` over at least FRAGMENT characters. */
function redactFragments(text: string, secret: string): string {
  let out = text;
  for (let i = 0; i + FRAGMENT <= secret.length; i++) {
    const piece = secret.slice(i, i + FRAGMENT);
    for (let at = out.indexOf(piece); at !== -1; at = out.indexOf(piece, at + REDACTED.length)) {
      // Grow the match both ways as far as text and secret agree, then mask all of it.
      let from = at;
      let s = i;
      while (from > 0 && s > 0 && out[from - 1] === secret[s - 1]) [from, s] = [from - 1, s - 1];
      let to = at + FRAGMENT;
      let e = i + FRAGMENT;
      while (to < out.length && e < secret.length && out[to] === secret[e]) [to, e] = [to + 1, e + 1];
      out = `${out.slice(0, from)}${REDACTED}${out.slice(to)}`;
      at = from;
    }
  }
  return out;
}

/** Headers whose whole value is a credential, masked whatever it holds (names are lower case, as `Headers` gives them). */
const SECRET_HEADERS = new Set(['apikey', 'authorization', 'proxy-authorization', 'x-api-key']);

/** A copy of `headers` with secrets removed from every value, and credential headers (`apikey`, `authorization`, …) masked. */
export function redactHeaders(headers: Headers, secrets: readonly string[]): Headers {
  const out = new Headers();
  headers.forEach((value, name) => {
    out.append(name, SECRET_HEADERS.has(name) ? REDACTED : redactSecrets(value, secrets));
  });
  return out;
}

/**
 * A deep copy of `value` with every string scrubbed of `secrets`. Cycles and very deep values
 * are cut rather than followed forever.
 */
export function redactValue(value: unknown, secrets: readonly string[], depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth > 64) return '[Circular or too deep]';
  seen.add(value);
  if (value instanceof Headers) return redactHeaders(value, secrets);
  if (value instanceof Error) return redactCause(value, secrets, depth + 1, seen);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, secrets, depth + 1, seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = redactValue(v, secrets, depth + 1, seen);
  return out;
}

/**
 * Scrubs an error in place, so that its message, stack, own fields and whole `cause` chain are
 * free of `secrets`. Causes are replaced by redacted copies: undici and `JSON.parse` put URLs
 * and body snippets in their messages, and `util.inspect` prints causes in full.
 */
export function redactError<E extends Error>(error: E, secrets: readonly string[]): E {
  const live = secrets.filter(Boolean);
  if (live.length === 0) return error;
  const target = error as unknown as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(error)) {
    const current = target[name];
    let next: unknown;
    if (name === 'cause') next = redactValue(current, live);
    else if (typeof current === 'string') next = redactSecrets(current, live);
    else if (current instanceof Headers) next = redactHeaders(current, live);
    else if (typeof current === 'object' && current !== null) next = redactValue(current, live);
    else continue;
    if (next !== current)
      Object.defineProperty(error, name, {
        value: next,
        writable: true,
        configurable: true,
        enumerable: Object.prototype.propertyIsEnumerable.call(error, name),
      });
  }
  return error;
}

/** A plain `Error` copy of `cause` (name, message, stack, codes, its own cause), all redacted. */
function redactCause(cause: Error, secrets: readonly string[], depth: number, seen: WeakSet<object>): Error {
  const copy = new Error(redactSecrets(String(cause.message), secrets));
  copy.name = cause.name;
  copy.stack = redactSecrets(String(cause.stack ?? ''), secrets);
  const source = cause as unknown as Record<string, unknown>;
  for (const key of Object.keys(cause)) {
    const value = source[key];
    // Keep the diagnostic codes undici and Node attach (code, errno, syscall, port, …).
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
      (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? redactSecrets(value, secrets) : value;
    }
  }
  if (cause.cause !== undefined) copy.cause = redactValue(cause.cause, secrets, depth + 1, seen);
  return copy;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
