import type { ClientOptions, DriftHooks, HttpHooks, ResolvedClientOptions } from '@litmos-kit/core';
import { resolveBaseUrl, resolveClientOptions } from '@litmos-kit/core/internal';
import { type RateLimitOptions, type ResolvedRateLimit, resolveRateLimit } from './rate-limit.js';

/** Callbacks around every HTTP attempt (metrics, tracing) and for responses that differ from the spec. */
export interface LitmosHooks extends HttpHooks, DriftHooks {}

/** The Litmos regions and their API hosts. */
export const regions = {
  us: 'https://api.litmos.com/v1.svc',
  eu: 'https://api.litmoseu.com/v1.svc',
  au: 'https://api.litmos.com.au/v1.svc',
} as const;

/** A Litmos region: United States, European Union or Australia. */
export type Region = keyof typeof regions;

/**
 * How to reach Litmos. Either `region` or `baseUrl` picks the host. The HTTP settings
 * (`timeoutMs`, `maxResponseBytes`, `fetch`, `retry`, `logger`, `logLevel`) and `validation` are
 * those of every litmos-kit SDK (@litmos-kit/core's `ClientOptions`).
 */
export interface LitmosOptions extends ClientOptions<LitmosHooks> {
  /** The API key of an Account Owner, sent in the `apikey` header. */
  readonly apiKey: string;
  /** Names your application; Litmos requires it on every call (at most 50 characters). */
  readonly source: string;
  /**
   * The region of your Litmos account.
   * @default 'us'
   */
  readonly region?: Region;
  /**
   * A full base URL instead of a region, such as a mock (`http://127.0.0.1:4010`): http(s),
   * without a query or fragment.
   */
  readonly baseUrl?: string;
  /**
   * The wire format. XML is Litmos' native format and works on every endpoint; JSON is faster
   * to decode. Both give the same objects.
   * @default 'xml'
   */
  readonly format?: 'xml' | 'json';
  /**
   * Client-side pacing, per API key: Litmos refuses more than 100 requests per rolling 60 s
   * with a 503. `false` turns it off (for a key whose budget is managed elsewhere). Learning
   * Record Store calls are not paced: it is another service, with no documented limit.
   * @default { limit: 100, windowMs: 60000, concurrency: 10, store: an in-memory store }
   */
  readonly rateLimit?: RateLimitOptions | false;
  /**
   * Callbacks around every HTTP attempt and every wait before one (metrics, tracing, progress),
   * and `onDrift` for responses that differ from the spec (see `validation`).
   */
  readonly hooks?: LitmosHooks;
  /** Credentials of the xAPI Learning Record Store, needed only for `litmos.lrs.*`. */
  readonly lrs?: LrsOptions;
}

/**
 * Where and how to reach the xAPI Learning Record Store, a separate Litmos service with its
 * own host and HTTP Basic credentials (Account → Features → Learning Record Store).
 */
export interface LrsOptions {
  /** The LRS username. */
  readonly username: string;
  /** The LRS password. Treated as a secret, like the API key. */
  readonly password: string;
  /** Your Litmos company domain, the first part of the LRS URL. */
  readonly companyDomain?: string;
  /** The database instance Litmos shows with the LRS credentials. */
  readonly dbInstance?: string;
  /** A full base URL instead of the two parts above, such as a mock. */
  readonly baseUrl?: string;
}

/** Options after validation and defaults. @internal */
export interface ResolvedOptions extends ResolvedClientOptions<LitmosHooks> {
  readonly apiKey: string;
  readonly source: string;
  readonly baseUrl: string;
  readonly format: 'xml' | 'json';
  readonly rateLimit: ResolvedRateLimit | undefined;
  readonly lrs: LrsOptions | undefined;
}

/**
 * Checks options before any request is made.
 * @throws {TypeError} naming the first option that is missing or invalid.
 */
export function resolveOptions(options: LitmosOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) throw new TypeError('Expected `options` to be an object');
  const { apiKey, source, region, baseUrl, format = 'xml' } = options;
  if (typeof apiKey !== 'string' || apiKey.trim() === '') throw new TypeError('Expected `apiKey` to be a non-empty string');
  if (typeof source !== 'string' || source.trim() === '' || source.length > 50) {
    throw new TypeError('Expected `source` to be a non-empty string of at most 50 characters');
  }
  if (region !== undefined && !Object.hasOwn(regions, region)) {
    throw new TypeError(`Expected \`region\` to be one of ${Object.keys(regions).join(', ')}, got ${JSON.stringify(region)}`);
  }
  if (region !== undefined && baseUrl !== undefined) throw new TypeError('Pass either `region` or `baseUrl`, not both');
  const base = baseUrl === undefined ? regions[region ?? 'us'] : resolveBaseUrl(baseUrl);
  if (format !== 'xml' && format !== 'json') throw new TypeError(`Expected \`format\` to be 'xml' or 'json', got ${JSON.stringify(format)}`);
  const client = resolveClientOptions(options);
  const lrs = options.lrs;
  if (lrs !== undefined) {
    if (typeof lrs !== 'object' || lrs === null) throw new TypeError('Expected `lrs` to be an object');
    if (typeof lrs.username !== 'string' || !lrs.username) throw new TypeError('Expected `lrs.username` to be a non-empty string');
    if (typeof lrs.password !== 'string' || !lrs.password) throw new TypeError('Expected `lrs.password` to be a non-empty string');
    if (lrs.baseUrl !== undefined) resolveBaseUrl(lrs.baseUrl, 'lrs.baseUrl');
  }
  return {
    apiKey,
    source,
    baseUrl: base,
    format,
    ...client,
    rateLimit: resolveRateLimit(options.rateLimit),
    lrs,
  };
}
