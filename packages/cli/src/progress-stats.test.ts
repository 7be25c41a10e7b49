import { describe, expect, it } from 'vitest';
import { createProgressStats } from './progress-stats.js';

function clock() {
  let now = 1000;
  return {
    now: () => now,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe('createProgressStats', () => {
  it('counts requests in the rolling budget window and remembers the peak', () => {
    const time = clock();
    const stats = createProgressStats({ limit: 3, windowMs: 1000 }, time.now);
    for (let i = 0; i < 3; i++) {
      stats.request();
      stats.granted();
      time.advance(100);
    }
    expect(stats.snapshot()).toMatchObject({ requests: 3, budgetUsed: 3, budgetPeak: 3, budgetLimit: 3 });
    time.advance(750);
    // At 2050 the window reaches back to 1050: the grant at 1000 has left it, those at 1100 and 1200 not.
    expect(stats.snapshot()).toMatchObject({ budgetUsed: 2, budgetPeak: 3 });
  });

  it('adds up the time spent waiting for a slot and after a 503, and says when it is waiting', () => {
    const time = clock();
    const stats = createProgressStats({ limit: 1, windowMs: 1000 }, time.now);
    stats.refused();
    time.advance(300);
    stats.refused();
    expect(stats.snapshot()).toMatchObject({ waiting: true, waitedMs: 300 });
    time.advance(200);
    stats.granted();
    expect(stats.snapshot()).toMatchObject({ waiting: false, waitedMs: 500 });
    stats.retry(true);
    time.advance(1000);
    stats.granted();
    stats.retry(false);
    time.advance(400);
    stats.granted();
    expect(stats.snapshot()).toMatchObject({ waitedMs: 1500, retries: 2 });
  });

  it('counts rows and pages from a resumed start, timing this run only', () => {
    const time = clock();
    const stats = createProgressStats({ limit: 100, windowMs: 60_000 }, time.now);
    time.advance(5000);
    stats.begin(40, 2);
    time.advance(1000);
    stats.page(10, { index: 1, count: 3, since: 'a', to: 'b' });
    expect(stats.snapshot()).toMatchObject({ rows: 50, resumedRows: 40, pages: 3, elapsedMs: 1000, window: { index: 1, count: 3 } });
  });
});
