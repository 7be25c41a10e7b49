import { resources } from '@litmos-kit/client/operations';
import { createCaller } from '@litmos-kit/core';
import { bindMethods } from './bind-methods.js';
import { litmosErrors } from './errors.js';
import type { Litmos } from './gen/litmos.gen.js';
import { normalizeLitmosDate } from './litmos-date.js';
import { type LitmosOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { RateLimiter } from './rate-limit.js';

/**
 * Creates a Litmos client. Every option is checked before any request is sent. Requests are
 * paced to Litmos' rate limit, retried when that is safe, and fail with typed errors that never
 * show the API key. Each operation's decoder loads on its first call.
 *
 * @example
 * ```ts
 * const litmos = createLitmos({ apiKey: process.env.LITMOS_API_KEY!, source: 'acme-hr-sync', region: 'eu' });
 * for await (const achievement of litmos.achievements.list({ since: '2026-11-01' })) {
 *   console.log(achievement.UserId, achievement.Title);
 * }
 * ```
 * @throws {TypeError} when an option is missing or invalid.
 */
export function createLitmos(options: LitmosOptions): Litmos {
  const resolved = resolveOptions(options);
  const { rateLimit, timeoutMs, retry } = resolved;
  const call = createCaller({
    baseUrl: resolved.baseUrl,
    options: resolved,
    secrets: secretsOf(resolved),
    logPrefix: 'litmos',
    service: 'Litmos',
    errors: litmosErrors,
    date: normalizeLitmosDate,
    limiter: (log) =>
      rateLimit &&
      new RateLimiter({
        ...rateLimit,
        apiKey: resolved.apiKey,
        // An attempt holds its slot at most this long before it is stamped as finished.
        leaseMs: timeoutMs,
        // A store call can take no longer than an attempt, nor than the whole call may.
        storeTimeoutMs: retry.maxElapsedMs > 0 ? Math.min(timeoutMs, retry.maxElapsedMs) : timeoutMs,
        onStoreError: (error) =>
          log.warn(
            `litmos: the rate-limit store failed; until it answers again, calls ${rateLimit.storeFailure === 'fail-open' ? 'are paced in memory' : 'fail'}`,
            {
              error: error.message,
            },
          ),
      }),
  });
  // The binding walks a tree of operation definitions into a tree of methods of the same shape,
  // which `Litmos` (generated from the same spec) describes.
  return bindMethods(resources, { call, options: resolved }) as Litmos;
}

/** Everything that must never be shown: the API key and, when set, the LRS credentials. @internal */
export function secretsOf(options: ResolvedOptions): string[] {
  const { lrs } = options;
  return lrs ? [options.apiKey, lrs.password, btoa(`${lrs.username}:${lrs.password}`)] : [options.apiKey];
}
