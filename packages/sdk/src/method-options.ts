import type { PagerCheckpoint } from './pager.js';

/** Per-call settings. */
export interface CallOptions {
  /** Stops the call: during a request, or while it waits for the rate limit or a retry. */
  readonly signal?: AbortSignal;
}

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
