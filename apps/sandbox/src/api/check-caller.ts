/**
 * Who may call: the Litmos API takes the `apikey` header (or the deprecated `?apikey=`), counts
 * the call against the key's rate limit and requires `source`; the Learning Record Store takes
 * HTTP Basic credentials instead.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { MISSING_SOURCE_MESSAGE, RATE_LIMIT_MESSAGE, REFUSED_CALL_STATUS, REFUSED_KEY_MESSAGE } from './messages.js';
import type { QueryReader } from './query-reader.js';
import { Refusal } from './refusal.js';

/** What the caller check needs from the running sandbox. */
export interface CallerPolicy {
  readonly apiKeys: ReadonlySet<string>;
  /** Records a call for the key; false when its window is full. */
  readonly tryAcquire?: (key: string) => boolean;
}

/**
 * @throws Refusal 403 (key), 503 (rate limit) or 403 (`source`), in Litmos' order. Litmos' overview
 * lists 403 for a wrong key and a missing `source`; the texts are the sandbox's own.
 */
export function checkApiCaller(headers: IncomingHttpHeaders, query: QueryReader, policy: CallerPolicy): void {
  const header = headers.apikey;
  const key = (Array.isArray(header) ? header[0] : header) ?? query('apikey');
  if (!key || !policy.apiKeys.has(key)) throw new Refusal(REFUSED_CALL_STATUS, REFUSED_KEY_MESSAGE);
  if (policy.tryAcquire && !policy.tryAcquire(key)) throw new Refusal(503, RATE_LIMIT_MESSAGE);
  if (!query('source')?.trim()) throw new Refusal(REFUSED_CALL_STATUS, MISSING_SOURCE_MESSAGE);
}

/** @throws Refusal 401 (the xAPI rule) unless the request carries HTTP Basic credentials (any user and password). */
export function checkLrsCaller(headers: IncomingHttpHeaders): void {
  const basic = /^Basic\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
  const [user, password] = Buffer.from(basic ?? '', 'base64')
    .toString('utf8')
    .split(':');
  if (!user || !password) throw new Refusal(401, REFUSED_KEY_MESSAGE);
}
