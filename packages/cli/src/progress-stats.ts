/**
 * What an export has done so far, fed by the SDK's hooks (requests, retries, waits and why), a
 * wrapper around its rate-limit store (slots granted) and the export loop (rows, pages,
 * windows). The progress display and the final summary read snapshots of it.
 */
import type { WaitReason } from '@litmos-kit/sdk';

/** A delta window being read: its place among all windows and its bounds. */
export interface WindowProgress {
  readonly index: number;
  readonly count: number;
  readonly since: string;
  readonly to: string;
}

/** A wait in progress: why, and how long it is expected to last still. */
export interface WaitProgress {
  /** `rate-limit`: the client's budget; `server-503`: Litmos refused; `retry`: backoff after a failure. */
  readonly reason: WaitReason;
  readonly remainingMs: number;
}

/** A moment's view of an export's progress. */
export interface ProgressSnapshot {
  readonly rows: number;
  /** This run continues an earlier one (`--resume` with a checkpoint). */
  readonly resumed: boolean;
  /** Rows that were already in the file when a resumed export began (counted in `rows`). */
  readonly resumedRows: number;
  readonly pages: number;
  readonly window: WindowProgress | undefined;
  /** HTTP attempts sent, retries included. */
  readonly requests: number;
  readonly retries: number;
  /** Requests in the rate-limit window right now, and the most there ever were. */
  readonly budgetUsed: number;
  readonly budgetPeak: number;
  readonly budgetLimit: number;
  readonly budgetWindowMs: number;
  /** Time spent waiting for the rate budget (slots, and pauses after a 503). */
  readonly waitedMs: number;
  /** The wait going on at this moment, if any. */
  readonly waiting: WaitProgress | undefined;
  readonly elapsedMs: number;
}

/** The counters of one export. */
export interface ProgressStats {
  request(): void;
  retry(): void;
  /** The SDK holds the next request for about `delayMs` (its `onWait` hook). */
  wait(reason: WaitReason, delayMs: number): void;
  /** The rate limiter granted a slot: any wait is over. */
  granted(): void;
  page(rows: number, window: WindowProgress | undefined): void;
  /**
   * Starts the clock (after any local server has started); a resumed export starts from its
   * checkpoint's counts and window.
   */
  begin(resumed?: { readonly rows: number; readonly pages: number; readonly window: WindowProgress | undefined }): void;
  snapshot(): ProgressSnapshot;
}

/**
 * Creates the counters for a rate budget of `limit` requests per `windowMs`.
 * `now` is a monotonic clock in ms (injectable for tests).
 */
export function createProgressStats(budget: { readonly limit: number; readonly windowMs: number }, now: () => number = () => performance.now()): ProgressStats {
  let started = now();
  const grants: number[] = [];
  let rows = 0;
  let resumed = false;
  let resumedRows = 0;
  let pages = 0;
  let window: WindowProgress | undefined;
  let requests = 0;
  let retries = 0;
  let peak = 0;
  let waitedMs = 0;
  let waiting: { reason: WaitReason; until: number } | undefined;
  // Backoff after a failure is not the budget's doing: only rate-limit and 503 waits count.
  let budgetWaitSince: number | undefined;

  const used = (at: number) => {
    while (grants.length && (grants[0] as number) <= at - budget.windowMs) grants.shift();
    return grants.length;
  };

  return {
    request: () => void requests++,
    retry: () => void retries++,
    wait(reason, delayMs) {
      const at = now();
      waiting = { reason, until: at + delayMs };
      if (reason !== 'retry') budgetWaitSince ??= at;
    },
    granted() {
      const at = now();
      if (budgetWaitSince !== undefined) waitedMs += at - budgetWaitSince;
      budgetWaitSince = undefined;
      waiting = undefined;
      grants.push(at);
      peak = Math.max(peak, used(at));
    },
    page(count, current) {
      rows += count;
      pages++;
      window = current;
    },
    begin(from) {
      started = now();
      if (!from) return;
      resumed = true;
      rows = from.rows;
      resumedRows = from.rows;
      pages = from.pages;
      window = from.window;
    },
    snapshot() {
      const at = now();
      return {
        rows,
        resumed,
        resumedRows,
        pages,
        window,
        requests,
        retries,
        budgetUsed: used(at),
        budgetPeak: peak,
        budgetLimit: budget.limit,
        budgetWindowMs: budget.windowMs,
        waitedMs: waitedMs + (budgetWaitSince === undefined ? 0 : at - budgetWaitSince),
        waiting: waiting && { reason: waiting.reason, remainingMs: Math.max(0, waiting.until - at) },
        elapsedMs: at - started,
      };
    },
  };
}
