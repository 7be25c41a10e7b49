import { createClient, createConfig } from '@litmos-kit/client/fetch-client';
import { type OperationDef, resources } from '@litmos-kit/client/operations';
import { type BudgetedFetch, createDriftReporter, createHttpFetch, createLog, redactError } from '@litmos-kit/core';
import { type CallContext, type CallOptions, callOperation, splitParams } from './call-operation.js';
import { type DeltaRange, resolveDeltaRange, splitDeltaRange } from './delta-windows.js';
import { litmosErrors } from './errors.js';
import { type LitmosOptions, type ResolvedOptions, resolveOptions } from './options.js';
import { Pager, type PagerCheckpoint } from './pager.js';
import { RateLimiter } from './rate-limit.js';

type AnyOperation = OperationDef<unknown, unknown, 'offset' | 'none'>;
type DataOf<Op> = Op extends OperationDef<infer D, unknown, 'offset' | 'none'> ? D : never;
type ResponseOf<Op> = Op extends OperationDef<unknown, infer R, 'offset' | 'none'> ? R : never;
// `path?: never` infers `never` under exactOptionalPropertyTypes and `undefined` without it.
type Part<D, K extends string> = D extends { readonly [P in K]?: infer V }
  ? [NonNullable<V>] extends [never]
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
type Args<P, O> = object extends P ? [params?: P, options?: O] : [params: P, options?: O];

/** Per-call settings of list methods. */
export interface ListOptions extends CallOptions {
  /**
   * Most pages one iteration may read before it stops with `LitmosPageLimitError`: a guard
   * against a server that never ends a list.
   * @default 10000
   */
  readonly maxPages?: number;
  /**
   * A `pager.checkpoint` saved earlier: the listing goes on from exactly there. For delta
   * listings the range (and its moved `to`) comes from the checkpoint; `since` must match.
   */
  readonly resume?: PagerCheckpoint;
}

/** One SDK method: lists return a `Pager`, other calls a promise of the decoded body. */
export type Method<Op> =
  Op extends OperationDef<unknown, unknown, 'offset'>
    ? (...args: Args<ParamsOf<Op>, ListOptions>) => Pager<ItemOf<ResponseOf<Op>>>
    : (...args: Args<ParamsOf<Op>, CallOptions>) => Promise<ResponseOf<Op>>;

/** The methods of a group of resources, nested as in the spec's `x-litmos-sdk` names. */
export type Bound<T> = { readonly [K in keyof T]: T[K] extends AnyOperation ? Method<T[K]> : Bound<T[K]> };

/** A Litmos client: every operation of the spec, grouped by resource (`litmos.org.users.changed`). */
export type Litmos = Bound<typeof resources>;

/**
 * Creates a Litmos client. Every option is checked before any request is sent. Requests are
 * paced to Litmos' rate limit, retried when that is safe, and fail with typed errors that never
 * show the API key.
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
  const fetch = createSdkFetch(resolved);
  const client = createClient(
    createConfig({
      baseUrl: resolved.baseUrl,
      fetch,
      // The spec lists the deprecated query form too; the key only ever travels as a header.
      // Basic auth belongs to the Learning Record Store, which has its own credentials.
      auth: (scheme) =>
        scheme.scheme === 'basic' ? resolved.lrs && `${resolved.lrs.username}:${resolved.lrs.password}` : scheme.in === 'query' ? undefined : resolved.apiKey,
    }),
  );
  const secrets = secretsOf(resolved);
  const reportDrift = createDriftReporter({ hooks: resolved.hooks, log: createLog(resolved.logger, resolved.logLevel, secrets), prefix: 'litmos', secrets });
  return bind(resources, { client, fetch, options: resolved, reportDrift }) as Litmos;
}

/**
 * Composes the layers under every call (@litmos-kit/core's transport, hooks, log and retries, in
 * the order its create-fetch.ts explains) with Litmos' error classes and rate limiter.
 */
function createSdkFetch(options: ResolvedOptions): BudgetedFetch {
  const { rateLimit, timeoutMs, retry } = options;
  return createHttpFetch({
    options,
    secrets: secretsOf(options),
    logPrefix: 'litmos',
    service: 'Litmos',
    errors: litmosErrors,
    limiter: (log) =>
      rateLimit &&
      new RateLimiter({
        ...rateLimit,
        apiKey: options.apiKey,
        // An attempt holds its slot at most this long before it is stamped as finished.
        leaseMs: timeoutMs,
        // A store call can take no longer than an attempt, nor than the whole call may.
        storeTimeoutMs: retry.maxElapsedMs > 0 ? Math.min(timeoutMs, retry.maxElapsedMs) : timeoutMs,
        onStoreError: (error) =>
          log.warn(
            `litmos: the rate-limit store failed; until it answers again, calls ${rateLimit.storeFailure === 'fail-open' ? 'are paced in memory' : 'fail'}`,
            {
              error: error.message,
            },
          ),
      }),
  });
}

/** Everything that must never be shown: the API key and, when set, the LRS credentials. @internal */
export function secretsOf(options: ResolvedOptions): string[] {
  const { lrs } = options;
  return lrs ? [options.apiKey, lrs.password, btoa(`${lrs.username}:${lrs.password}`)] : [options.apiKey];
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
  // Errors raised after the response (parse, validation) carry the body: scrub them on the way out too.
  const send = (params: Record<string, unknown>, call: CallOptions) =>
    callOperation(ctx, op, params, call).catch((error: unknown) => {
      throw error instanceof Error ? redactError(error, secretsOf(ctx.options)) : error;
    });
  if (op.paging === 'offset') {
    return (params: Record<string, unknown> = {}, call: ListOptions = {}) => {
      // Check everything now, so a bad parameter throws at the call, not at the first page.
      splitParams(op, params);
      const { start = 0, limit = 1000, ...rest } = params;
      const { maxPages = 10_000, resume, signal } = call;
      if (!Number.isInteger(maxPages) || maxPages < 1) throw new TypeError('Expected `maxPages` to be a positive integer');
      if (resume !== undefined && (typeof resume !== 'object' || resume === null)) throw new TypeError('Expected `resume` to be a checkpoint object');
      // Some delta operations (sessions.future) take the range optionally: no range, no windows.
      const range = op.delta && (params.since !== undefined || params.to !== undefined) ? deltaRange(op, params, resume) : undefined;
      const key = op.itemKey.length ? (item: unknown) => op.itemKey.map((k) => String((item as Record<string, unknown>)[k])).join('\u0000') : undefined;
      return new Pager({
        start: start as number,
        limit: limit as number,
        key,
        signal,
        maxPages,
        resume,
        ...(range ? { delta: { range, windows: splitDeltaRange(range) } } : {}),
        fetchPage: async (page) => {
          const query = page.window ? { ...rest, since: page.window.since, to: page.window.to } : rest;
          const { data, response } = await send({ ...query, start: page.start, limit: page.limit }, page.signal ? { signal: page.signal } : {});
          return { items: data as unknown[], response };
        },
      });
    };
  }
  return async (params: Record<string, unknown> = {}, call: CallOptions = {}) => (await send(params, call)).data;
}

/**
 * The range of a delta listing: from the call, or from the checkpoint being resumed (its `to`
 * may have been moved into the future then, and must stay as it was for offsets to line up).
 * @throws {TypeError} when `to` is not after `since`, or the checkpoint is of another range.
 */
function deltaRange(op: AnyOperation, params: Record<string, unknown>, resume: PagerCheckpoint | undefined): DeltaRange {
  if (params.since === undefined || params.to === undefined) throw new TypeError(`${op.sdkMethod}: expected both \`since\` and \`to\` to be set, or neither`);
  const requested = resolveDeltaRange(params.since as Date | string, params.to as Date | string);
  if (!resume?.range) return requested;
  if (resume.range.since !== requested.since) {
    throw new TypeError(`${op.sdkMethod}: the checkpoint is of a range from ${resume.range.since}, not ${requested.since}`);
  }
  return resume.range;
}
