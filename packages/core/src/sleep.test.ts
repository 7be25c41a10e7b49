import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_TIMER_MS } from './max-timer-ms.js';
import { sleep } from './sleep.js';

afterEach(() => void vi.useRealTimers());

describe('sleep', () => {
  it('waits past the longest delay one timer can hold, instead of firing at once', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    let done = false;
    const pending = sleep(MAX_TIMER_MS + 60_000).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(MAX_TIMER_MS);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(60_000);
    await pending;
    expect(done).toBe(true);
  });

  it('rejects with the reason at once when the signal aborts', async () => {
    const controller = new AbortController();
    const pending = sleep(60_000, controller.signal);
    controller.abort(new Error('stop'));
    await expect(pending).rejects.toThrow('stop');
  });
});
