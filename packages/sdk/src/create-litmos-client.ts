import type { resources } from '@litmos-kit/client/operations';
import { buildLitmosClient } from './build-litmos-client.js';
import type { Litmos } from './gen/litmos.gen.js';
import { loadLitmosErrors } from './load-litmos-errors.js';
import type { LitmosOptions } from './options.js';

/** Every resource of the API by name (`users`, `org`, …): the operation definitions a client binds. */
export type LitmosResources = typeof resources;

/** A client of the resources `R` names: the same methods as `Litmos` has for them, and no others. */
export type LitmosClient<R> = Pick<Litmos, Extract<keyof R, keyof Litmos>>;

/**
 * Creates a Litmos client of only the resources it is given, imported by name from
 * `@litmos-kit/sdk/resources`, so that an application's bundle holds their operations and no
 * others. Its methods are those of `createLitmos` for the same resources: the same options,
 * checks, pacing, retries, errors and decoding.
 *
 * @example
 * ```ts
 * import { achievements, createLitmosClient } from '@litmos-kit/sdk/resources';
 *
 * const litmos = createLitmosClient({ apiKey: process.env.LITMOS_API_KEY!, source: 'acme-hr-sync' }, { achievements });
 * for await (const achievement of litmos.achievements.list({ since: '2026-11-01' })) console.log(achievement.Title);
 * ```
 * @throws {TypeError} when an option is missing or invalid, or `picked` holds something other
 * than resources under their own names.
 */
export function createLitmosClient<const R extends Partial<LitmosResources>>(options: LitmosOptions, picked: R): LitmosClient<R> {
  return buildLitmosClient(options, picked, loadLitmosErrors);
}
