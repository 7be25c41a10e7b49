import { type BudgetedFetch, createFetch, type RequestLimiter } from './create-fetch.js';
import type { ErrorClasses } from './errors.js';
import type { ResolvedHttpOptions } from './http-options.js';
import { createLog, type Log } from './logger.js';
import { createTransport } from './transport.js';

/** What `createHttpFetch` builds an SDK's `fetch` from. */
export interface HttpFetchSettings {
  /** The checked HTTP options (`resolveHttpOptions`). */
  readonly options: ResolvedHttpOptions;
  /** Values that must never appear in errors or logs: keys, tokens, passwords. */
  readonly secrets: readonly string[];
  /** Starts every log line (`ispring`, `xbox`). */
  readonly logPrefix: string;
  /** The API's name in log lines (`iSpring Learn`). */
  readonly service: string;
  /**
   * The classes to throw.
   * @default defaultErrorClasses
   */
  readonly errors?: ErrorClasses | undefined;
  /** Builds a client-side limiter, given the SDK's log (for its own warnings). */
  readonly limiter?: ((log: Log) => RequestLimiter | undefined) | undefined;
}

/**
 * Composes the layers under every call of an SDK: the redacting log, one transport attempt with
 * its timeout, and around it the limiter, hooks and retries (create-fetch.ts explains the order).
 * The result is a plain `fetch`, which is all a generated hey-api client needs.
 */
export function createHttpFetch(settings: HttpFetchSettings): BudgetedFetch {
  const { options, secrets, logPrefix, service, errors, limiter } = settings;
  const log = createLog(options.logger, options.logLevel, secrets);
  return createFetch({
    transport: createTransport({
      fetch: options.fetch,
      timeoutMs: options.timeoutMs,
      maxResponseBytes: options.maxResponseBytes,
      secrets,
      ...(errors ? { errors } : {}),
    }),
    limiter: limiter?.(log),
    retry: options.retry,
    hooks: options.hooks,
    log,
    secrets,
    logPrefix,
    service,
    ...(errors ? { errors } : {}),
  });
}
