/**
 * Keeps secrets (API keys, bearer and XBL tokens, passwords) out of everything an SDK shows:
 * error messages, `error.url`, log lines, `JSON.stringify(error)` and `util.inspect(error)`.
 * Keys travel as headers and, in old integrations, as query parameters (Litmos' `apikey`), so
 * both forms are scrubbed. Values are matched whole, including hyphens: GUID-shaped keys are the
 * norm, and a `\w+` pattern would leave their tail visible.
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
 * Secrets shorter than this are masked only where they stand alone (not next to a letter or
 * digit): a test key `e` must not turn `/users` into `/us[REDACTED]rs`. Real keys are far longer.
 */
const WHOLE_TOKEN_BELOW = 8;

/** A GUID with or without hyphens and braces; Litmos keys have this shape. */
const GUID = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

/** How to find one secret in text, built once per secret. */
interface SecretMatcher {
  /** Every whole form of the secret, case-insensitive. */
  readonly whole: RegExp;
  /** Every FRAGMENT-long piece of the secret's long forms, case-insensitive; none for short secrets. */
  readonly pieces: RegExp | undefined;
  /** The long forms in lower case, to grow a piece into the longest run that matches. */
  readonly sources: readonly string[];
}

const matchers = new Map<string, SecretMatcher>();

/**
 * Replaces every occurrence of each secret in `text` by `[REDACTED]`: in any letter case (a GUID
 * is the same key upper-cased), URL-encoded or JSON-escaped, and for a GUID-shaped
 * key with or without its hyphens. A long secret (12 characters or more) is also masked piece
 * by piece, down to runs of 6 characters: messages that quote a cut-off snippet (V8's
 * `JSON.parse` errors show about ten characters of the text) must not leak a part of it. A
 * secret shorter than 8 characters is masked only where it stands alone.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    const matcher = matcherOf(secret);
    out = out.replace(matcher.whole, REDACTED);
    if (matcher.pieces) out = redactFragments(out, matcher.pieces, matcher.sources);
  }
  return out;
}

function matcherOf(secret: string): SecretMatcher {
  let matcher = matchers.get(secret);
  if (matcher) return matcher;
  const guid = GUID.exec(secret)?.slice(1);
  // The secret as given, and a GUID also in its canonical forms, with and without hyphens.
  const bases = guid ? [secret, guid.join('-'), guid.join('')] : [secret];
  const forms = new Set<string>();
  for (const base of bases) forms.add(base).add(encodeURIComponent(base)).add(JSON.stringify(base).slice(1, -1));
  const alternatives = [...forms]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
  const whole =
    secret.length < WHOLE_TOKEN_BELOW
      ? // Alone: no letter or digit on either side; a percent escape before it counts as a boundary.
        new RegExp(`(?:(?<![a-z0-9])|(?<=%[0-9a-f]{2}))(?:${alternatives})(?![a-z0-9])`, 'gi')
      : new RegExp(alternatives, 'gi');
  const sources = secret.length >= 2 * FRAGMENT ? [...new Set(bases.map((base) => base.toLowerCase()))] : [];
  const pieces = new Set<string>();
  for (const source of sources) for (let i = 0; i + FRAGMENT <= source.length; i++) pieces.add(source.slice(i, i + FRAGMENT));
  matcher = { whole, pieces: pieces.size ? new RegExp([...pieces].map(escapeRegExp).join('|'), 'gi') : undefined, sources };
  // Clients are few and long-lived; the bound only guards against a caller minting keys without end.
  if (matchers.size >= 256) matchers.clear();
  matchers.set(secret, matcher);
  return matcher;
}

/** Masks each run of `text` that matches a source over at least FRAGMENT characters, grown as far as text and source agree. */
function redactFragments(text: string, pieces: RegExp, sources: readonly string[]): string {
  const ranges: [number, number][] = [];
  pieces.lastIndex = 0;
  for (let match = pieces.exec(text); match; match = pieces.exec(text)) {
    const piece = match[0].toLowerCase();
    let from = match.index;
    let to = match.index + FRAGMENT;
    for (const source of sources) {
      for (let at = source.indexOf(piece); at !== -1; at = source.indexOf(piece, at + 1)) {
        let [f, s] = [match.index, at];
        while (f > 0 && s > 0 && text.charAt(f - 1).toLowerCase() === source[s - 1]) [f, s] = [f - 1, s - 1];
        let [t, e] = [match.index + FRAGMENT, at + FRAGMENT];
        while (t < text.length && e < source.length && text.charAt(t).toLowerCase() === source[e]) [t, e] = [t + 1, e + 1];
        from = Math.min(from, f);
        to = Math.max(to, t);
      }
    }
    const last = ranges.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
    pieces.lastIndex = to;
  }
  if (ranges.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [from, to] of ranges) {
    out += `${text.slice(at, from)}${REDACTED}`;
    at = to;
  }
  return out + text.slice(at);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A copy of the fields of a log line with every string, property names included, scrubbed of
 * `secrets`. Log fields are plain data the SDK makes (numbers, strings, an error's `toJSON()`),
 * so this walks arrays and objects only, and stops at a depth no such field reaches. Anything an
 * error holds (headers, causes, cycles) is scrubbed by redact-error.ts, which loads with a
 * client's first failure.
 */
export function redactFields(value: unknown, secrets: readonly string[], depth = 0): unknown {
  if (typeof value === 'string') return redactSecrets(value, secrets);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 8) return '[too deep]';
  if (Array.isArray(value)) return value.map((item) => redactFields(item, secrets, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [name, item] of Object.entries(value)) out[redactSecrets(name, secrets)] = redactFields(item, secrets, depth + 1);
  return out;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
