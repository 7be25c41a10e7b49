import { describe, expect, it } from 'vitest';
import { createDeadlines } from './create-deadlines.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createDeadlines', () => {
  it('expires each deadline that is not cleared, oldest first, on one timer', async () => {
    const deadlines = createDeadlines(30);
    const expired: string[] = [];
    const started = (name: string) => {
      const controller = new AbortController();
      controller.signal.addEventListener('abort', () => expired.push(name));
      return { controller, deadline: deadlines.start(controller) };
    };
    const a = started('a');
    await wait(10);
    const b = started('b');
    const c = started('c');
    a.deadline.clear();
    c.deadline.clear();
    await expect.poll(() => expired, { timeout: 2_000 }).toEqual(['b']);
    expect(b.deadline.expired).toBe(true);
    expect(a.deadline.expired || c.deadline.expired).toBe(false);
    // The abort says why, as a timeout: the transport tells it from the caller's own abort.
    expect(b.controller.signal.reason).toMatchObject({ name: 'TimeoutError', message: 'timed out after 30 ms' });
    // A deadline started after the timer went quiet arms it again.
    started('d');
    await expect.poll(() => expired, { timeout: 2_000 }).toEqual(['b', 'd']);
  });

  it('expires the ones left after clears in any order, a clear of a cleared or expired one doing nothing', async () => {
    const deadlines = createDeadlines(20);
    const expired: number[] = [];
    const all = [1, 2, 3, 4, 5].map((n) => {
      const controller = new AbortController();
      controller.signal.addEventListener('abort', () => expired.push(n));
      return deadlines.start(controller);
    });
    for (const i of [3, 0, 1, 3]) all[i]?.clear();
    await expect.poll(() => expired, { timeout: 2_000 }).toEqual([3, 5]);
    for (const deadline of all) deadline.clear();
    expect(all.map((deadline) => deadline.expired)).toEqual([false, false, true, false, true]);
    // The list is whole after all that: a new deadline still expires.
    const controller = new AbortController();
    const last = deadlines.start(controller);
    await expect.poll(() => controller.signal.aborted, { timeout: 2_000 }).toBe(true);
    expect(last.expired).toBe(true);
  });

  it('never expires a deadline before its time', async () => {
    const deadlines = createDeadlines(40);
    const started = performance.now();
    let at = 0;
    const controller = new AbortController();
    controller.signal.addEventListener('abort', () => {
      at = performance.now();
    });
    deadlines.start(controller);
    await expect.poll(() => at, { timeout: 2_000 }).toBeGreaterThan(0);
    expect(at - started).toBeGreaterThanOrEqual(39);
  });
});
