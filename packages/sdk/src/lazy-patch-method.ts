import type { OperationDef } from '@litmos-kit/core';
import { loadOnce } from '@litmos-kit/core/internal';
import type { CallOptions } from './method-options.js';
import type { patchMethod } from './patch-method.js';

/**
 * `patchMethod`, loaded with the method's first call: most clients never patch, and a client
 * built from a few resources should not carry it. A load that fails is tried again next call.
 * @internal
 */
export function lazyPatchMethod(update: OperationDef, ...io: Parameters<typeof patchMethod> extends [unknown, ...infer R] ? R : never) {
  const load = loadOnce(() => import('./patch-method.js').then(({ patchMethod }) => patchMethod(update, ...io)));
  return async (id: unknown, changes: unknown, call?: CallOptions): Promise<void> => (await load())(id, changes, call);
}
