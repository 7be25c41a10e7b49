/**
 * A first-come, first-served counting semaphore whose waits can be aborted. The Litmos rate
 * limiter uses it twice: as the concurrency cap, and with one permit to let a single waiter at a
 * time ask the store for a slot (so waiters are served in call order and do not stampede the store).
 */
export class Semaphore {
  #free: number;
  readonly #waiters: { grant: () => void; signal: AbortSignal | undefined }[] = [];

  constructor(permits: number) {
    this.#free = permits;
  }

  /** Takes a permit if one is free and nobody waits for one; says whether it did. */
  tryTake(): boolean {
    if (this.#free > 0 && this.#waiters.length === 0) {
      this.#free--;
      return true;
    }
    return false;
  }

  /** Resolves once a permit is held; rejects with the signal's reason if aborted first. */
  take(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.tryTake()) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        signal,
        grant: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
      };
      const onAbort = () => {
        const index = this.#waiters.indexOf(waiter);
        if (index >= 0) this.#waiters.splice(index, 1);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiters.push(waiter);
    });
  }

  /** Returns a permit, handing it straight to the longest waiter if there is one. */
  give(): void {
    const next = this.#waiters.shift();
    if (next) next.grant();
    else this.#free++;
  }
}
