import { createLitmos, createMemoryRateLimitStore, type DriftEvent, type Litmos, type Logger, type RateLimitStore } from '@litmos-kit/sdk';
import type { ProgressStats } from './progress-stats.js';
import { trackRateLimitStore } from './track-rate-limit-store.js';

/** What the CLI's SDK client is built from. */
export interface CliClientOptions {
  readonly apiKey: string;
  readonly source: string;
  readonly region?: 'us' | 'eu' | 'au';
  readonly baseUrl?: string;
  readonly wire: 'xml' | 'json';
  readonly rateLimit: { readonly limit: number; readonly windowMs: number };
  readonly timeoutMs?: number;
  readonly stats: ProgressStats;
  /** Where `--verbose` request lines go (already redacted by the SDK). */
  readonly verbose?: ((line: string) => void) | undefined;
  /**
   * The store of the rate budget, already counted by `stats`: clients that share one share the
   * budget. Default: a store of this client's own.
   */
  readonly store?: RateLimitStore | undefined;
  /** Receives each difference between an answer and the spec (the SDK's report mode). */
  readonly onDrift?: ((event: DriftEvent) => void) | undefined;
}

/**
 * Creates the SDK client a command uses, observed by the progress counters: requests, retries and
 * waits through the SDK's hooks, slots granted through its store, and with `--verbose` every
 * request and answer through its logger (which never shows the key).
 */
export function createCliClient(options: CliClientOptions): Litmos {
  const { stats, verbose } = options;
  const line = (message: string) => verbose?.(message);
  const logger: Logger = { error: line, warn: line, info: line, debug: line };
  return createLitmos({
    apiKey: options.apiKey,
    source: options.source,
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : { region: options.region ?? 'us' }),
    format: options.wire,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
    rateLimit: { ...options.rateLimit, store: options.store ?? trackRateLimitStore(createMemoryRateLimitStore(), stats) },
    validation: 'report',
    hooks: {
      onRequest: () => stats.request(),
      onError: (event) => {
        if (event.willRetry) stats.retry();
      },
      onWait: (event) => stats.wait(event.reason, event.delayMs),
      ...(options.onDrift ? { onDrift: options.onDrift } : {}),
    },
    ...(verbose ? { logger, logLevel: 'debug' as const } : {}),
  });
}
