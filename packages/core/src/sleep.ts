/**
 * Waits `ms` milliseconds, or rejects with the signal's reason as soon as `signal` aborts, so a
 * caller's abort interrupts a backoff or a rate-limit wait at once (openai-node#2580 is the bug
 * this avoids). The timer is cleared on abort and does not keep the process alive.
 */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, ms),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
