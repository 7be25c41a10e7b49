// #17 item 8, property-based: whatever the key, and however a server echoes it (any letter case,
// a GUID without its hyphens, URL-encoded with either case of escapes, as a JSON property name),
// it never shows in an error (message, JSON, util.inspect with the cause chain, stack), a log
// line or a hook event, on every path where a server's words reach them: 4xx, 5xx (retried),
// 503, an HTML page or invalid JSON in a 200, a record that fails validation, a redirect to
// another origin, a body over maxResponseBytes, a timeout. A long key is not shown in pieces of 6 characters either; a short one (under
// 8 characters) is promised only as a whole token, so that a key `e` does not mangle `/users`.
import { inspect } from 'node:util';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { achievement, testClient } from '../runtime/fixtures.js';
import { sendJson, sendText, stall, startTestServer, type TestServer } from '../runtime/http-server.js';
import { observe } from './observe.js';

let server: TestServer;
let elsewhere: TestServer;
/** What the server echoes in place of the key, for the current run. */
let echo = '';

beforeAll(async () => {
  [server, elsewhere] = await Promise.all([startTestServer(), startTestServer((_req, res) => sendJson(res, 200, []))]);
  server.handler = (_req, res, url) => {
    switch (url.searchParams.get('search')) {
      case '4xx':
        return sendText(res, 404, JSON.stringify({ Detail: `No user for key ${echo}`, [echo]: echo }), 'application/json');
      case '5xx':
        return sendText(res, 500, `<html><head><title>Error for ${echo}</title></head><body>${echo}</body></html>`, 'text/html');
      case '503':
        return sendText(res, 503, `Rating Limit Exceeded for ${echo}`);
      case 'html':
        return sendText(res, 200, `<html><body>Signed in as ${echo}</body></html>`, 'text/html');
      case 'json':
        // Starts with junk, so that V8 quotes the start of the text (and the echo) in its error.
        return sendText(res, 200, `x${echo}[{"UserId": "${echo}"`, 'application/json');
      case 'validation':
        return sendText(res, 200, JSON.stringify([{ ...achievement(1), Title: 42, Description: echo, [echo]: echo }]), 'application/json');
      case 'too-large':
        return sendText(res, 200, JSON.stringify([{ ...achievement(1), Description: `${echo} ${'x'.repeat(2_000)}` }]), 'application/json');
      case 'timeout':
        return stall(res, 10_000);
      case 'redirect':
        // The echo as it is (already URL-encoded when that is the form under test).
        return void res.writeHead(302, { location: `${elsewhere.url}/x?k=${echo}` }).end();
      default:
        return sendJson(res, 200, [achievement(1)]);
    }
  };
});
afterAll(() => Promise.all([server.close(), elsewhere.close()]));

const PATHS = ['4xx', '5xx', '503', 'html', 'json', 'validation', 'redirect', 'too-large', 'timeout'] as const;
/** Paths whose error or log quotes what the server sent (the others show only the SDK's own words). */
const ECHOED = new Set<string>(['4xx', '5xx', '503', 'html', 'json', 'validation', 'redirect']);
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Keys as they come: GUIDs (either case), hex and base64-like tokens, and short test keys. */
const keys = fc.oneof(
  fc.uuid(),
  fc.uuid().map((k) => k.toUpperCase()),
  fc.stringMatching(/^[0-9a-f]{12,40}$/),
  fc.stringMatching(/^[A-Za-z0-9+/=._~-]{8,48}$/),
  fc.stringMatching(/^[a-z0-9]{1,7}$/),
);

/** How a server may echo a key. */
const FORMS = {
  'as sent': (k: string) => k,
  'upper case': (k: string) => k.toUpperCase(),
  'lower case': (k: string) => k.toLowerCase(),
  'alternating case': (k: string) => [...k].map((c, i) => (i % 2 ? c.toUpperCase() : c.toLowerCase())).join(''),
  'without hyphens (GUIDs)': (k: string) => (GUID.test(k) ? k.replace(/-/g, '') : k),
  'URL-encoded': (k: string) => encodeURIComponent(k),
  'URL-encoded, lower-case escapes': (k: string) => encodeURIComponent(k).replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase()),
} as const;

/** Runs one call on `path` with `key`, the server echoing `echoed`; returns everything it showed, as text. */
async function shown(key: string, path: (typeof PATHS)[number], echoed: string): Promise<string> {
  echo = echoed;
  const { lines, events, options } = observe();
  const litmos = testClient(server.url, {
    apiKey: key,
    retry: { maxAttempts: 2, baseDelayMs: 1 },
    ...(path === 'too-large' ? { maxResponseBytes: 1_000 } : {}),
    ...(path === 'timeout' ? { timeoutMs: 100 } : {}),
    ...options,
  });
  const result = await litmos.achievements
    .list({ search: path })
    .toArray({ max: 5 })
    .catch((e: unknown) => e);
  // A decoded value may hold the echo as data (a validation policy that only reports); data is the caller's.
  const error = result instanceof Error ? result : undefined;
  return [
    error ? `${error.message}\n${error.stack}\n${JSON.stringify(error)}\n${inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true })}` : '',
    inspect(lines, { depth: Number.POSITIVE_INFINITY }),
    inspect(events, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ].join('\n');
}

/**
 * The texts that would give `key` away: its whole forms, and for a long key its 6-character
 * pieces of mixed letters and digits (a piece that is a plain word or number, such as `setter`
 * or `000000`, can be the SDK's or Node's own text, as in util.inspect's `[Getter/Setter]`).
 */
function tells(key: string): { whole: string[]; pieces: string[] } {
  const bases = GUID.test(key) ? [key, key.replace(/-/g, '')] : [key];
  const whole = [...new Set(bases.flatMap((b) => [b, encodeURIComponent(b)]).map((f) => f.toLowerCase()))];
  const all = key.length >= 12 ? bases.flatMap((b) => Array.from({ length: b.length - 5 }, (_, i) => b.slice(i, i + 6).toLowerCase())) : [];
  const pieces = [...new Set(all.filter((p) => /\d/.test(p) && /[a-z]/.test(p)))];
  return { whole, pieces };
}

/** Where a short key shows: as a token of its own (no letter or digit beside it), in any case. */
function tokenIn(text: string, form: string): boolean {
  const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![a-z0-9])${escaped}(?![a-z0-9])`, 'i').test(text);
}

/** What the same path shows for an unrelated key: text the SDK writes anyway, which may contain a short key by chance. */
const baselines = new Map<string, string>();
async function baseline(path: (typeof PATHS)[number]): Promise<string> {
  let text = baselines.get(path);
  if (text === undefined) {
    text = (await shown('zq-unrelated-baseline-key-zq', path, 'zq-unrelated-baseline-key-zq')).toLowerCase();
    baselines.set(path, text);
  }
  return text;
}

describe('the key never shows, whatever it is and however it is echoed', () => {
  it('on every error and log path', async () => {
    await fc.assert(
      fc.asyncProperty(keys, fc.constantFrom(...(Object.keys(FORMS) as (keyof typeof FORMS)[])), fc.constantFrom(...PATHS), async (key, form, path) => {
        const base = await baseline(path);
        const { whole, pieces } = tells(key);
        const short = key.length < 8;
        // Skip keys the SDK's own words contain by chance (a key `get` is in every `GET …` line).
        fc.pre(short ? !whole.some((f) => tokenIn(base, f)) : ![...whole, ...pieces].some((f) => base.includes(f)));
        const text = await shown(key, path, FORMS[form](key));
        const lower = text.toLowerCase();
        for (const f of whole) expect(short ? tokenIn(text, f) : lower.includes(f), `${form} on ${path} shows ${f}`).toBe(false);
        for (const p of pieces) expect(lower.includes(p), `${form} on ${path} shows the piece ${p}`).toBe(false);
        // The echo did reach the SDK: the text shows where it was masked.
        if (ECHOED.has(path)) expect(text).toContain('[REDACTED]');
        else expect(text).toMatch(path === 'timeout' ? /timed out after 100 ms/ : /over maxResponseBytes/);
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('a one-letter key does not mangle the text around it', async () => {
    const text = await shown('e', '4xx', 'e');
    expect(text).toContain('/achievements?');
    expect(text).not.toContain('[REDACTED]chi');
  });
});
