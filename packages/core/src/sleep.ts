import { MAX_TIMER_MS } from './max-timer-ms.js';

/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as `signal` aborts, so a
 * caller's abort interrupts a backoff or a rate-limit wait at once (openai-node#2580 is the bug
 * this avoids). The timer is cleared on abort. A wait
 * longer than a timer can hold (`MAX_TIMER_MS`) is taken in several timers, not cut short.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const end = performance.now() + Math.max(0, ms);
    let timer: ReturnType<typeof setTimeout>;
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const wait = (left: number) => {
      timer = setTimeout(
        () => {
          const rest = end - performance.now();
          if (left > MAX_TIMER_MS && rest > 0) return wait(rest);
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        Math.min(MAX_TIMER_MS, Math.max(0, left)),
      );
    };
    wait(Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
