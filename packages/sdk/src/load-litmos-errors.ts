import type { ErrorClasses } from '@litmos-kit/core';

/**
 * The SDK's error classes for the shared runtime, loaded with a client's first failure: a call
 * that succeeds throws nothing, so a bundler leaves them out of the main chunk. (Importing a
 * class, `LitmosApiError` for `instanceof`, brings them in at once.)
 * @internal
 */
export const loadLitmosErrors = (): Promise<ErrorClasses> => import('./errors.js').then((loaded) => loaded.litmosErrors);
