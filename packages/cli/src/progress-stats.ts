/**
 * What an export has done so far, fed by the SDK's hooks (requests, retries), a wrapper around
 * its rate-limit store (slots granted, time spent waiting for one) and the export loop (rows,
 * pages, windows). The progress display and the final summary read snapshots of it.
 */

/** A delta window being read: its place among all windows and its bounds. */
export interface WindowProgress {
  readonly index: number;
  readonly count: number;
  readonly since: string;
  readonly to: string;
}

/** A moment's view of an export's progress. */
export interface ProgressSnapshot {
  readonly rows: number;
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
  /** Waiting for the budget at this moment. */
  readonly waiting: boolean;
  readonly elapsedMs: number;
}

/** The counters of one export. */
export interface ProgressStats {
  request(): void;
  retry(rateLimited: boolean): void;
  /** The rate limiter granted a slot. */
  granted(): void;
  /** The rate limiter made a request wait. */
  refused(): void;
  page(rows: number, window: WindowProgress | undefined): void;
  /** Starts the clock (after any local server has started) from the counts of a resumed export. */
  begin(rows: number, pages: number): void;
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
  let resumedRows = 0;
  let pages = 0;
  let window: WindowProgress | undefined;
  let requests = 0;
  let retries = 0;
  let peak = 0;
  let waitedMs = 0;
  let waitingSince: number | undefined;

  const used = (at: number) => {
    while (grants.length && (grants[0] as number) <= at - budget.windowMs) grants.shift();
    return grants.length;
  };
  const beginWait = () => {
    waitingSince ??= now();
  };

  return {
    request: () => void requests++,
    retry(rateLimited) {
      retries++;
      // After a 503 the SDK sleeps until the budget has room: that is waiting for it too.
      if (rateLimited) beginWait();
    },
    granted() {
      const at = now();
      if (waitingSince !== undefined) {
        waitedMs += at - waitingSince;
        waitingSince = undefined;
      }
      grants.push(at);
      peak = Math.max(peak, used(at));
    },
    refused: beginWait,
    page(count, current) {
      rows += count;
      pages++;
      window = current;
    },
    begin(startRows, startPages) {
      started = now();
      rows = startRows;
      resumedRows = startRows;
      pages = startPages;
    },
    snapshot() {
      const at = now();
      return {
        rows,
        resumedRows,
        pages,
        window,
        requests,
        retries,
        budgetUsed: used(at),
        budgetPeak: peak,
        budgetLimit: budget.limit,
        budgetWindowMs: budget.windowMs,
        waitedMs: waitedMs + (waitingSince === undefined ? 0 : at - waitingSince),
        waiting: waitingSince !== undefined,
        elapsedMs: at - started,
      };
    },
  };
}
