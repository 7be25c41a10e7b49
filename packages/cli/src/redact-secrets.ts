/**
 * Removes every secret (the API key) from text the CLI prints: raw, URL-encoded, or as any run
 * of 8 or more of its characters, since an error may quote a cut-off snippet of a header or URL.
 * The SDK already scrubs its errors and logs; this is the CLI's own last line of defence for
 * everything that reaches stderr.
 */
const FRAGMENT = 8;
/** Shorter secrets are masked only as whole words: masking every `x` of a test key `x` helps nobody. */
const SHORT = 6;
const MASK = '[REDACTED]';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Returns `text` with every secret (and every long enough piece of one) masked. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (!secret) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)])) {
      out = form.length < SHORT ? out.replace(new RegExp(`(?<![\\w-])${escapeRegExp(form)}(?![\\w-])`, 'g'), MASK) : out.split(form).join(MASK);
    }
    for (let i = 0; secret.length >= 2 * FRAGMENT && i + FRAGMENT <= secret.length; i++) {
      const piece = secret.slice(i, i + FRAGMENT);
      if (out.includes(piece)) out = out.split(piece).join(MASK);
    }
  }
  return out;
}
