import type { OperationDef } from '@litmos-kit/core';
import { createCaller } from '@litmos-kit/core/internal';
import { bindMethods, type ResourceNode } from './bind-methods.js';
import type { LitmosClient, LitmosResources } from './create-litmos-client.js';
import { normalizeLitmosDate } from './litmos-date.js';
import type { LitmosErrorsSource } from './load-litmos-errors.js';
import { type LitmosOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { RateLimiter } from './rate-limit.js';

/**
 * A client of the resources `picked`, throwing the error classes `errors` (or loading them with
 * the first failure, see `loadLitmosErrors`): `createLitmosClient` and `createLitmos` in one.
 * A module of its own, so that a bundle of `createLitmos` holds no loader of the classes.
 * @throws {TypeError} when an option is missing or invalid, or `picked` holds something other
 * than resources under their own names.
 * @internal
 */
export function buildLitmosClient<const R extends Partial<LitmosResources>>(options: LitmosOptions, picked: R, errors: LitmosErrorsSource): LitmosClient<R> {
  if (typeof picked !== 'object' || picked === null) throw new TypeError('Expected the resources to be an object, such as `{ users }`');
  for (const [name, node] of Object.entries(picked)) {
    // A resource under another name would bind methods that its type does not describe.
    if (!firstOperationOf(node)?.sdkMethod.startsWith(`${name}.`)) {
      throw new TypeError(`Expected \`${name}\` to be the \`${name}\` resource of @litmos-kit/sdk/resources`);
    }
  }
  const resolved = resolveOptions(options);
  const { rateLimit, timeoutMs, retry } = resolved;
  const call = createCaller({
    baseUrl: resolved.baseUrl,
    options: resolved,
    secrets: secretsOf(resolved),
    logPrefix: 'litmos',
    service: 'Litmos',
    errors,
    date: normalizeLitmosDate,
    limiter: (log) =>
      rateLimit &&
      new RateLimiter({
        ...rateLimit,
        apiKey: resolved.apiKey,
        errors,
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
  return bindMethods(picked as { readonly [name: string]: ResourceNode }, { call, options: resolved, errors }) as LitmosClient<R>;
}

/** The first operation found in a resource's tree, if it is one. */
function firstOperationOf(node: unknown): OperationDef | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if (typeof (node as OperationDef).sdkMethod === 'string') return node as OperationDef;
  for (const child of Object.values(node)) {
    const found = firstOperationOf(child);
    if (found) return found;
  }
  return undefined;
}

/** Everything that must never be shown: the API key and, when set, the LRS credentials. @internal */
export function secretsOf(options: ResolvedOptions): string[] {
  const { lrs } = options;
  return lrs ? [options.apiKey, lrs.password, btoa(`${lrs.username}:${lrs.password}`)] : [options.apiKey];
}
