/**
 * The sandbox's notion of "now". Seeded data is dated relative to a fixed start time so a seed
 * always gives the same bytes; after start the clock either runs (start time + real time elapsed)
 * or stays frozen, and tests can set it. Times are whole seconds, as Litmos stores them.
 */

/** Clock modes. */
export type ClockMode = 'running' | 'frozen';

/** The sandbox clock. */
export interface SandboxClock {
  /** Current sandbox time, epoch ms rounded down to the second. */
  now(): number;
  /** Moves the clock to `ms` (keeps the mode). */
  set(ms: number): void;
  /** Moves the clock by `ms`. */
  advance(ms: number): void;
  mode: ClockMode;
}

/** Creates a clock that starts at `startMs`. */
export function createClock(startMs: number, mode: ClockMode, realNow: () => number = () => performance.now()): SandboxClock {
  let base = startMs;
  let anchor = realNow();
  let current: ClockMode = mode;
  const read = () => Math.floor((current === 'running' ? base + (realNow() - anchor) : base) / 1000) * 1000;
  return {
    now: read,
    set(ms) {
      base = ms;
      anchor = realNow();
    },
    advance(ms) {
      base = read() + ms;
      anchor = realNow();
    },
    get mode() {
      return current;
    },
    set mode(next: ClockMode) {
      base = read();
      anchor = realNow();
      current = next;
    },
  };
}
