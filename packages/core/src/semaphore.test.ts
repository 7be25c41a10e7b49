import { describe, expect, it } from 'vitest';
import { Semaphore } from './semaphore.js';
import { sleep } from './sleep.js';

describe('Semaphore', () => {
  it('hands permits out first come, first served', async () => {
    const semaphore = new Semaphore(1);
    await semaphore.take();
    const order: number[] = [];
    const waiters = [1, 2, 3].map((n) => semaphore.take().then(() => order.push(n)));
    for (let i = 0; i < 3; i++) {
      await Promise.resolve();
      semaphore.give();
      await waiters[i];
    }
    expect(order).toEqual([1, 2, 3]);
  });

  it('drops an aborted waiter, which rejects with the reason, and serves the next one', async () => {
    const semaphore = new Semaphore(1);
    await semaphore.take();
    const controller = new AbortController();
    const first = semaphore.take(controller.signal);
    const second = semaphore.take();
    controller.abort(new Error('stop'));
    await expect(first).rejects.toThrow('stop');
    semaphore.give();
    await expect(second).resolves.toBeUndefined();
    await expect(semaphore.take(AbortSignal.abort('gone'))).rejects.toBe('gone');
  });
});

describe('sleep', () => {
  it('waits, and rejects at once with the reason when aborted', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    const controller = new AbortController();
    const started = performance.now();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error('cancelled'));
    await expect(pending).rejects.toThrow('cancelled');
    expect(performance.now() - started).toBeLessThan(1_000);
    await expect(sleep(10, AbortSignal.abort('already'))).rejects.toBe('already');
  });
});
