/**
 * Scrubbing an error of secrets: its message, stack, own fields, headers and whole `cause` chain.
 * Only a failure needs it, so it loads with a client's first failure. It takes the text scrubber
 * of the main chunk (redact.ts) as an argument rather than importing it: a bundler would
 * otherwise move redact.ts into a chunk of its own that every app loads.
 */
import type { redactSecrets } from './redact.js';

/** The scrubber of redact.ts, which an error redactor is built from. */
export interface Scrubbers {
  readonly redactSecrets: typeof redactSecrets;
}

const REDACTED = '[REDACTED]';

/** Headers whose whole value is a credential, masked whatever it holds (names are lower case, as `Headers` gives them). */
const SECRET_HEADERS = new Set(['apikey', 'authorization', 'proxy-authorization', 'x-api-key']);

/** Scrubs errors of `secrets` (see `createErrorRedactor`). */
export interface ErrorRedactor {
  /**
   * Scrubs an error in place, so that its message, stack, own fields and whole `cause` chain are
   * free of the secrets. Causes are replaced by redacted copies: undici and `JSON.parse` put URLs
   * and body snippets in their messages, and `util.inspect` prints causes in full.
   */
  readonly redactError: <E extends Error>(error: E) => E;
  /**
   * A copy of `headers` with secrets removed from every value, and credential headers (`apikey`,
   * `authorization`, …) masked. A header whose name holds a secret is renamed `x-redacted` (the
   * brackets of `[REDACTED]` are not allowed in a header name).
   */
  readonly redactHeaders: (headers: Headers) => Headers;
  /** A deep copy of `value` with every string scrubbed; headers and errors are copied as above. */
  readonly redactValue: (value: unknown) => unknown;
  /** `text` with the secrets masked (redact.ts' `redactSecrets`). */
  readonly redactText: (text: string) => string;
}

/** The redaction of errors for `secrets`, with the scrubbers of redact.ts. */
export function createErrorRedactor(secrets: readonly string[], scrubbers: Scrubbers): ErrorRedactor {
  const live = secrets.filter(Boolean);
  const scrub = (text: string) => scrubbers.redactSecrets(text, live);

  const redactHeaders = (headers: Headers): Headers => {
    const out = new Headers();
    headers.forEach((value, name) => {
      out.append(scrub(name) === name ? name : 'x-redacted', SECRET_HEADERS.has(name) ? REDACTED : scrub(value));
    });
    return out;
  };

  /** A deep copy of `value`: strings scrubbed, headers and errors copied as below, cycles and very deep values cut. */
  const redactValue = (value: unknown, depth = 0, seen = new WeakSet<object>()): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value) || depth > 64) return '[Circular or too deep]';
    seen.add(value);
    if (value instanceof Headers) return redactHeaders(value);
    if (value instanceof Error) return redactCause(value, depth + 1, seen);
    if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      // Names are checked too: a server may echo the key as a property name (`{"<key>": …}`).
      let name = scrub(k);
      for (let n = 2; name !== k && Object.hasOwn(out, name); n++) name = `${scrub(k)} (${n})`;
      out[name] = redactValue(v, depth + 1, seen);
    }
    return out;
  };

  /** A plain `Error` copy of `cause` (name, message, stack, codes, its own cause), all redacted. */
  const redactCause = (cause: Error, depth: number, seen: WeakSet<object>): Error => {
    const copy = new Error(scrub(String(cause.message)));
    copy.name = cause.name;
    copy.stack = scrub(String(cause.stack ?? ''));
    const source = cause as unknown as Record<string, unknown>;
    for (const key of Object.keys(cause)) {
      const value = source[key];
      // Keep the diagnostic codes undici and Node attach (code, errno, syscall, port, …).
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
        (copy as unknown as Record<string, unknown>)[key] = typeof value === 'string' ? scrub(value) : value;
      }
    }
    if (cause.cause !== undefined) copy.cause = redactValue(cause.cause, depth + 1, seen);
    return copy;
  };

  const redactError = <E extends Error>(error: E): E => {
    if (live.length === 0) return error;
    const target = error as unknown as Record<string, unknown>;
    for (const name of Object.getOwnPropertyNames(error)) {
      const current = target[name];
      let next: unknown;
      if (typeof current === 'string') next = scrub(current);
      else if (current instanceof Headers) next = redactHeaders(current);
      else if (current instanceof Error) next = redactCause(current, 1, new WeakSet());
      else if (typeof current === 'object' && current !== null) next = redactValue(current);
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
  };

  return { redactError, redactHeaders, redactValue: (value) => redactValue(value), redactText: scrub };
}
