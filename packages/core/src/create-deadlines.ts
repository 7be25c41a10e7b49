/** A started deadline: `clear` it once the work it guards has finished. */
export interface Deadline {
  clear(): void;
}

/** Deadlines that all last the same time (one transport's `timeoutMs`), on one timer. */
export interface Deadlines {
  /** Calls `expire` after the length of these deadlines, unless cleared first. */
  start(expire: () => void): Deadline;
}

interface Entry extends Deadline {
  readonly at: number;
  readonly expire: () => void;
}

/**
 * Deadlines of one length, `ms`, kept on one timer instead of a timer per request: a timer set
 * and cleared for every request of a busy client costs more than the request's own bookkeeping.
 * Since every deadline lasts the same, the order they start in is the order they end in: the
 * timer waits for the oldest, and on firing expires what is due and waits for the next. It does
 * not keep a process alive by itself (`unref`): the requests it guards do, as long as they run.
 */
export function createDeadlines(ms: number): Deadlines {
  const pending = new Set<Entry>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const arm = (delay: number) => {
    timer = setTimeout(fire, delay);
    (timer as { unref?: () => void }).unref?.();
  };
  function fire() {
    timer = undefined;
    const now = performance.now();
    for (const entry of pending) {
      if (entry.at > now) return arm(entry.at - now);
      pending.delete(entry);
      entry.expire();
    }
  }

  return {
    start(expire) {
      const entry: Entry = {
        at: performance.now() + ms,
        expire,
        clear: () => void pending.delete(entry),
      };
      pending.add(entry);
      if (timer === undefined) arm(ms);
      return entry;
    },
  };
}
