import type { OperationDef } from '@litmos-kit/core';
import { callMethod } from './call-method.js';
import { lazyPatchMethod } from './lazy-patch-method.js';
import { listMethod } from './list-method.js';
import type { MethodContext } from './method-context.js';
import type { patchMethod } from './patch-method.js';

/** A node of the generated `resources` tree: an operation, or a group of them. @internal */
export type ResourceNode = OperationDef | { readonly [name: string]: ResourceNode };

const isOperation = (node: ResourceNode): node is OperationDef => typeof (node as OperationDef).sdkMethod === 'string';

/**
 * Binds every operation of the `resources` tree to a method, nested the same way
 * (`org.users.changed`): offset-paged lists return a `Pager`, other calls a promise of the
 * decoded body, and an update with an `x-litmos-sdk.patch` name gets a get-modify-put method
 * next to it. The tree is frozen: a client's methods cannot be swapped out.
 * @internal
 */
export function bindMethods(node: { readonly [name: string]: ResourceNode }, ctx: MethodContext): unknown {
  const out: Record<string, unknown> = {};
  for (const [name, child] of Object.entries(node)) {
    if (!isOperation(child)) out[name] = bindMethods(child, ctx);
    else out[name] = child.paging === 'offset' ? listMethod(child as OperationDef<readonly unknown[]>, ctx) : callMethod(child, ctx);
  }
  for (const child of Object.values(node)) {
    if (!isOperation(child) || !child.patch) continue;
    const read = callMethod(child.patch.read, ctx);
    const write = out[child.sdkMethod.split('.').at(-1) as string] as Parameters<typeof patchMethod>[2];
    out[child.patch.method.split('.').at(-1) as string] = lazyPatchMethod(child, read, write);
  }
  return Object.freeze(out);
}
