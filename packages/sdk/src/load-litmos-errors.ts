import type { ErrorClasses } from '@litmos-kit/core';
import type { RateLimitStoreError } from './errors.js';

/** The SDK's error classes as the shared runtime takes them, with the rate-limit store's. @internal */
export interface LitmosErrorClasses extends ErrorClasses {
  readonly RateLimitStoreError: typeof RateLimitStoreError;
}

/** The SDK's error classes, or their loader. @internal */
export type LitmosErrorsSource = LitmosErrorClasses | (() => Promise<LitmosErrorClasses>);

/**
 * Loads the SDK's error classes with a client's first failure: a call that succeeds throws
 * nothing, so a bundle of `createLitmosClient` (@litmos-kit/sdk/resources) leaves them out of its
 * main chunk. `createLitmos` passes them as they are: the main entry exports them anyway, and a
 * bundler would split a module that is both imported and loaded into a chunk of its own.
 * @internal
 */
export const loadLitmosErrors = (): Promise<LitmosErrorClasses> => import('./errors.js').then((loaded) => loaded.litmosErrors);
