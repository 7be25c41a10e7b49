import type { OperationDef } from '@litmos-kit/core';
import { prepareCall } from './litmos-request.js';
import { type MethodContext, withIdShorthand } from './method-context.js';
import type { CallOptions } from './method-options.js';

/**
 * The SDK method of any operation that is not an offset-paged list: a promise of the decoded body
 * (`undefined` for an answer without one). A bad parameter rejects it before anything is sent.
 * @internal
 */
export function callMethod<T>(op: OperationDef<T>, ctx: MethodContext) {
  return async (first?: unknown, call: CallOptions = {}): Promise<T> => {
    const { request, settings } = prepareCall(op, withIdShorthand(op, first), ctx.options);
    if (typeof call !== 'object' || call === null) throw new TypeError(`${op.sdkMethod}: expected options to be an object`);
    return (await ctx.call(op, request, { ...settings, signal: call.signal })).value;
  };
}
