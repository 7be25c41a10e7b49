/**
 * Reads a list operation page by page through the SDK, with each page's checkpoint. A page that
 * still fails once the SDK has spent its own retries (a run of resets, 5xx or cut bodies) is
 * read again from the last checkpoint, through a new pager: an export of hours is not lost to
 * one bad minute.
 */
import type { DeltaWindow, Litmos, Pager, PagerCheckpoint } from '@litmos-kit/sdk';
import { InternalServerError, LitmosConnectionError, LitmosParseError, LitmosTimeoutError, RateLimitError } from '@litmos-kit/sdk';
import type { CliResource } from './list-resources.js';
import { sleep } from './sleep.js';

/** One page of rows and where the listing stands after it. */
export interface PageRead {
  readonly items: readonly unknown[];
  readonly window: DeltaWindow | undefined;
  /** Pass it as `resume` to go on after this page. */
  readonly checkpoint: PagerCheckpoint;
}

/** Settings of `readPages`. */
export interface ReadPagesOptions {
  readonly litmos: Litmos;
  readonly resource: CliResource;
  /** Path and query parameters, `since`/`to` included. */
  readonly params: Readonly<Record<string, unknown>>;
  /** Rows per request (1–1000). */
  readonly pageSize: number;
  readonly resume?: PagerCheckpoint | undefined;
  readonly signal: AbortSignal;
  /**
   * Times one page is read again after it failed for good.
   * @default 3
   */
  readonly pageRetries?: number;
  /** Called before a page is read again. */
  readonly onPageRetry?: (error: Error, attempt: number) => void;
}

type ListMethod = (params: object, options: object) => Pager<unknown>;
type CallMethod = (params: object, options: object) => Promise<unknown>;

/** The SDK method of an operation: `org.users.changed` → `litmos.org.users.changed`. */
export function methodOf<M>(litmos: Litmos, sdkMethod: string): M {
  let node: unknown = litmos;
  for (const part of sdkMethod.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'function') throw new TypeError(`The SDK has no method ${sdkMethod}`);
  return node as M;
}

/**
 * Whether a page is worth reading again. A cut body always is. Connection failures, timeouts and
 * 5xx only once this run has read a page: before that they more likely mean a wrong host than
 * a passing fault, and the SDK has retried them already.
 */
function isTransient(error: unknown, pagesRead: number): boolean {
  if (error instanceof LitmosParseError) return true;
  return (
    pagesRead > 0 &&
    (error instanceof LitmosConnectionError || error instanceof LitmosTimeoutError || error instanceof RateLimitError || error instanceof InternalServerError)
  );
}

/** Yields the pages of a list operation; stops early when the consumer does. */
export async function* readPages(options: ReadPagesOptions): AsyncGenerator<PageRead, void, undefined> {
  const { litmos, resource, params, pageSize, signal } = options;
  const { op } = resource;
  if (op.paging !== 'offset') {
    // A list Litmos sends whole: one page, and nothing to resume.
    const items = (await methodOf<CallMethod>(litmos, op.sdkMethod)(params, { signal })) as unknown[];
    yield { items, window: undefined, checkpoint: { start: items.length, skip: 0, seen: [], done: true } };
    return;
  }
  const list = methodOf<ListMethod>(litmos, op.sdkMethod);
  const retries = options.pageRetries ?? 3;
  let resume = options.resume;
  let failures = 0;
  let pagesRead = 0;
  for (;;) {
    const pager = list({ ...params, limit: pageSize }, { ...(resume ? { resume } : {}), signal, maxPages: Number.MAX_SAFE_INTEGER });
    try {
      for await (const page of pager.pages()) {
        const checkpoint = pager.checkpoint;
        failures = 0;
        pagesRead++;
        yield { items: page.items, window: page.window, checkpoint };
        resume = checkpoint;
      }
      return;
    } catch (error) {
      if (signal.aborted || !isTransient(error, pagesRead) || ++failures > retries) throw error;
      options.onPageRetry?.(error as Error, failures);
      await sleep(500 * failures, signal);
    }
  }
}
