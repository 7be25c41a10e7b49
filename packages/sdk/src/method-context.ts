import type { Caller, OperationDef } from '@litmos-kit/core';
import type { LitmosErrorsSource } from './load-litmos-errors.js';
import type { ResolvedOptions } from './options.js';

/** What every method of a client shares: the call pipeline, the checked options and the error classes (or their loader). @internal */
export interface MethodContext {
  readonly call: Caller;
  readonly options: ResolvedOptions;
  readonly errors: LitmosErrorsSource;
}

/**
 * The parameters of a call given in its one-id form (`users.get('u1')`): an operation whose only
 * required input is one path parameter takes that id alone, as a string or number. Anything else
 * is passed on as it is, to be checked as parameters.
 * @internal
 */
export function withIdShorthand(op: OperationDef, first: unknown): unknown {
  if (first === undefined) return {};
  if ((typeof first === 'string' || typeof first === 'number') && takesIdAlone(op)) return { [op.pathParams[0] as string]: first };
  return first;
}

/** Whether an operation's only required input is one path parameter (no body, no required query parameter but `source`). @internal */
export function takesIdAlone(op: OperationDef): boolean {
  return op.pathParams.length === 1 && op.bodyMediaTypes.length === 0 && !op.query.some((p) => p.required && p.name !== 'source');
}
