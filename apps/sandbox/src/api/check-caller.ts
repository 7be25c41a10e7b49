/**
 * Who may call: the Litmos API takes the `apikey` header (or the deprecated `?apikey=`), counts
 * the call against the key's rate limit and requires `source`; the Learning Record Store takes
 * HTTP Basic credentials instead.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { MISSING_SOURCE_MESSAGE, RATE_LIMIT_MESSAGE, UNAUTHORIZED_MESSAGE } from './messages.js';
import type { QueryReader } from './query-reader.js';
import { Refusal } from './refusal.js';

/** What the caller check needs from the running sandbox. */
export interface CallerPolicy {
  readonly apiKeys: ReadonlySet<string>;
  /** Records a call for the key; false when its window is full. */
  readonly tryAcquire?: (key: string) => boolean;
}

/** @throws Refusal 401 (key), 503 (rate limit) or 400 (`source`), in Litmos' order. */
export function checkApiCaller(headers: IncomingHttpHeaders, query: QueryReader, policy: CallerPolicy): void {
  const header = headers.apikey;
  const key = (Array.isArray(header) ? header[0] : header) ?? query('apikey');
  if (!key || !policy.apiKeys.has(key)) throw new Refusal(401, UNAUTHORIZED_MESSAGE);
  if (policy.tryAcquire && !policy.tryAcquire(key)) throw new Refusal(503, RATE_LIMIT_MESSAGE);
  if (!query('source')?.trim()) throw new Refusal(400, MISSING_SOURCE_MESSAGE);
}

/** @throws Refusal 401 unless the request carries HTTP Basic credentials (any user and password). */
export function checkLrsCaller(headers: IncomingHttpHeaders): void {
  const basic = /^Basic\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1];
  const [user, password] = Buffer.from(basic ?? '', 'base64')
    .toString('utf8')
    .split(':');
  if (!user || !password) throw new Refusal(401, UNAUTHORIZED_MESSAGE);
}
