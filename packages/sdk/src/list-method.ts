import type { OperationDef } from '@litmos-kit/core';
import { rowKey } from '@litmos-kit/core/internal';
import { type DeltaRange, resolveDeltaRange, splitDeltaRange } from './delta-windows.js';
import { prepareCall } from './litmos-request.js';
import { type MethodContext, withIdShorthand } from './method-context.js';
import type { ListOptions } from './method-options.js';
import { Pager, type PagerCheckpoint } from './pager.js';

/**
 * The SDK method of a list that Litmos pages by offset: it returns a `Pager` at once, having
 * checked every parameter and option, so a mistake throws at the call and not at the first page.
 * Delta listings (`org.*.changed`) read their `since`/`to` range in windows of at most 7 days.
 * @internal
 */
export function listMethod(op: OperationDef<readonly unknown[]>, ctx: MethodContext) {
  const { startParam, limitParam } = op.pages?.style === 'offset' ? op.pages : { startParam: 'start', limitParam: 'limit' };
  const key = rowKey<unknown>(op.itemKey);
  return (first?: unknown, call: ListOptions = {}): Pager<unknown> => {
    const params = withIdShorthand(op, first);
    const { request, settings } = prepareCall(op, params, ctx.options);
    const { [startParam]: start = 0, [limitParam]: limit = 1000 } = request.query;
    if (typeof call !== 'object' || call === null) throw new TypeError(`${op.sdkMethod}: expected options to be an object`);
    const { maxPages = 10_000, resume, signal } = call;
    if (!Number.isInteger(maxPages) || maxPages < 1) throw new TypeError('Expected `maxPages` to be a positive integer');
    if (resume !== undefined && (typeof resume !== 'object' || resume === null)) throw new TypeError('Expected `resume` to be a checkpoint object');
    const given = params as Record<string, unknown>;
    // Some delta operations (sessions.future) take the range optionally: no range, no windows.
    const range = op.delta && (given.since !== undefined || given.to !== undefined) ? deltaRange(op, given, resume) : undefined;
    return new Pager({
      start: start as number,
      limit: limit as number,
      key,
      signal,
      maxPages,
      resume,
      errors: ctx.errors,
      ...(range ? { delta: { range, windows: splitDeltaRange(range) } } : {}),
      fetchPage: async (page) => {
        const query: Record<string, unknown> = { ...request.query };
        query[startParam] = page.start;
        query[limitParam] = page.limit;
        if (page.window) {
          query.since = page.window.since;
          query.to = page.window.to;
        }
        const { value, response } = await ctx.call(op, { ...request, query }, page.signal ? { ...settings, signal: page.signal } : settings);
        return { items: value ?? [], response };
      },
    });
  };
}

/**
 * The range of a delta listing: from the call, or from the checkpoint being resumed (its `to`
 * may have been moved into the future then, and must stay as it was for offsets to line up).
 * @throws {TypeError} when `to` is not after `since`, or the checkpoint is of another range.
 */
function deltaRange(op: OperationDef, params: Record<string, unknown>, resume: PagerCheckpoint | undefined): DeltaRange {
  if (params.since === undefined || params.to === undefined) throw new TypeError(`${op.sdkMethod}: expected both \`since\` and \`to\` to be set, or neither`);
  const requested = resolveDeltaRange(params.since as Date | string, params.to as Date | string);
  if (!resume?.range) return requested;
  if (resume.range.since !== requested.since) {
    throw new TypeError(`${op.sdkMethod}: the checkpoint is of a range from ${resume.range.since}, not ${requested.since}`);
  }
  return resume.range;
}
