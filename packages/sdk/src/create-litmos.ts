import { resources } from '@litmos-kit/client/operations';
import { buildLitmosClient } from './build-litmos-client.js';
import { litmosErrors } from './errors.js';
import type { Litmos } from './gen/litmos.gen.js';
import type { LitmosOptions } from './options.js';

/**
 * Creates a Litmos client. Every option is checked before any request is sent. Requests are
 * paced to Litmos' rate limit, retried when that is safe, and fail with typed errors that never
 * show the API key. Each operation's decoder loads on its first call.
 *
 * Every operation of the API is bound; `createLitmosClient` from `@litmos-kit/sdk/resources`
 * binds only the resources it is given, for a smaller bundle.
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
  // The main entry exports the error classes, so they are at hand (see `loadLitmosErrors`).
  return buildLitmosClient(options, resources, litmosErrors);
}
