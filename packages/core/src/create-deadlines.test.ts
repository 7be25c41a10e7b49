import { describe, expect, it } from 'vitest';
import { createDeadlines } from './create-deadlines.js';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('createDeadlines', () => {
  it('expires each deadline that is not cleared, oldest first, on one timer', async () => {
    const deadlines = createDeadlines(30);
    const expired: string[] = [];
    const a = deadlines.start(() => expired.push('a'));
    await wait(10);
    deadlines.start(() => expired.push('b'));
    const c = deadlines.start(() => expired.push('c'));
    a.clear();
    c.clear();
    await expect.poll(() => expired, { timeout: 2_000 }).toEqual(['b']);
    // A deadline started after the timer went quiet arms it again.
    deadlines.start(() => expired.push('d'));
    await expect.poll(() => expired, { timeout: 2_000 }).toEqual(['b', 'd']);
  });

  it('never expires a deadline before its time', async () => {
    const deadlines = createDeadlines(40);
    const started = performance.now();
    let at = 0;
    deadlines.start(() => {
      at = performance.now();
    });
    await expect.poll(() => at, { timeout: 2_000 }).toBeGreaterThan(0);
    expect(at - started).toBeGreaterThanOrEqual(39);
  });
});
