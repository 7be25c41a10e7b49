/**
 * Keeps the API key out of everything the SDK shows: error messages, `error.url`, log lines.
 * Litmos keys have travelled both as an `apikey` header and, in old integrations, as an
 * `apikey` query parameter, so both forms are scrubbed. Values are matched whole, including
 * hyphens: GUID-shaped keys are the norm, and a `\w+` pattern would leave their tail visible.
 */

const REDACTED = '[REDACTED]';

/** Query parameters whose values never leave the SDK unredacted (compared case-insensitively). */
const SECRET_PARAMS = new Set(['apikey', 'api_key', 'key', 'token', 'access_token', 'loginkey']);

/** Returns `url` with the value of every secret query parameter replaced by `[REDACTED]`. */
export function redactUrl(url: string): string {
  return url.replace(/([?&])([^=&#]+)=([^&#]*)/g, (match, sep: string, name: string) =>
    SECRET_PARAMS.has(decodeURIComponentSafe(name).toLowerCase()) ? `${sep}${name}=${REDACTED}` : match,
  );
}

/** Replaces every occurrence of each secret in `text` (raw or URL-encoded) by `[REDACTED]`. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = out.split(form).join(REDACTED);
    }
  }
  return out;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
