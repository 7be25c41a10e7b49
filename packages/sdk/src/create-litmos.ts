import { createClient, createConfig } from '@litmos-kit/client/fetch-client';
import { type OperationDef, resources } from '@litmos-kit/client/operations';
import { type CallContext, type CallOptions, callOperation, splitParams } from './call-operation.js';
import { type LitmosOptions, resolveOptions } from './options.js';
import { Pager } from './pager.js';
import { createTransport } from './transport.js';

type AnyOperation = OperationDef<unknown, unknown, 'offset' | 'none'>;
type DataOf<Op> = Op extends OperationDef<infer D, unknown, 'offset' | 'none'> ? D : never;
type ResponseOf<Op> = Op extends OperationDef<unknown, infer R, 'offset' | 'none'> ? R : never;
type Part<D, K extends string> = D extends { readonly [P in K]?: infer V }
  ? [V] extends [never]
    ? object
    : NonNullable<V> extends object
      ? NonNullable<V>
      : object
  : object;
/** Delta endpoints take dates as `Date` too; the SDK writes them as Litmos wants. */
type WithDates<Q> = { [K in keyof Q]: K extends 'since' | 'to' ? Q[K] | Date : Q[K] };
/** The request body of an operation, under `body`, when it takes one. */
type BodyOf<D> = D extends { readonly body?: infer B } ? ([B] extends [never] ? object : [B] extends [undefined] ? object : { body: NonNullable<B> }) : object;
/** The parameters of an operation: path, query and body, minus what the client sets (`source`, `format`). */
export type ParamsOf<Op> = Omit<WithDates<Part<DataOf<Op>, 'query'>>, 'source' | 'format'> & Part<DataOf<Op>, 'path'> & BodyOf<DataOf<Op>>;
type ItemOf<R> = R extends readonly (infer I)[] ? I : R;
type Args<P> = object extends P ? [params?: P, options?: CallOptions] : [params: P, options?: CallOptions];

/** One SDK method: lists return a `Pager`, other calls a promise of the decoded body. */
export type Method<Op> =
  Op extends OperationDef<unknown, unknown, 'offset'>
    ? (...args: Args<ParamsOf<Op>>) => Pager<ItemOf<ResponseOf<Op>>>
    : (...args: Args<ParamsOf<Op>>) => Promise<ResponseOf<Op>>;

/** The methods of a group of resources, nested as in the spec's `x-litmos-sdk` names. */
export type Bound<T> = { readonly [K in keyof T]: T[K] extends AnyOperation ? Method<T[K]> : Bound<T[K]> };

/** A Litmos client: every operation of the spec, grouped by resource (`litmos.org.users.changed`). */
export type Litmos = Bound<typeof resources>;

/**
 * Creates a Litmos client. Every option is checked before any request is sent.
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
  const resolved = resolveOptions(options);
  const client = createClient(
    createConfig({
      baseUrl: resolved.baseUrl,
      fetch: createTransport({ fetch: resolved.fetch, timeoutMs: resolved.timeoutMs, secrets: [resolved.apiKey] }),
      // The spec lists the deprecated query form too; the key only ever travels as a header.
      auth: (scheme) => (scheme.in === 'query' ? undefined : resolved.apiKey),
    }),
  );
  return bind(resources, { client, options: resolved }) as Litmos;
}

function isOperation(value: unknown): value is AnyOperation {
  return typeof (value as AnyOperation).sdkMethod === 'string';
}

function bind(node: object, ctx: CallContext): unknown {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(node)) {
    out[name] = isOperation(value) ? bindOperation(value, ctx) : bind(value as object, ctx);
  }
  return Object.freeze(out);
}

function bindOperation(op: AnyOperation, ctx: CallContext) {
  if (op.paging === 'offset') {
    return (params: Record<string, unknown> = {}, call: CallOptions = {}) => {
      // Check everything now, so a bad parameter throws at the call, not at the first page.
      splitParams(op, params);
      const { start = 0, limit = 1000, ...rest } = params;
      const key = op.itemKey.length ? (item: unknown) => op.itemKey.map((k) => String((item as Record<string, unknown>)[k])).join('\u0000') : undefined;
      return new Pager({
        start: start as number,
        limit: limit as number,
        key,
        signal: call.signal,
        fetchPage: async (pageStart, pageLimit, signal) => {
          const { data, response } = await callOperation(ctx, op, { ...rest, start: pageStart, limit: pageLimit }, signal ? { signal } : {});
          return { items: data as unknown[], response };
        },
      });
    };
  }
  return async (params: Record<string, unknown> = {}, call: CallOptions = {}) => (await callOperation(ctx, op, params, call)).data;
}
