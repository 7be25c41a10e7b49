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

  it('adds up the time spent waiting for the budget and after a 503, and says what it waits for', () => {
    const time = clock();
    const stats = createProgressStats({ limit: 1, windowMs: 1000 }, time.now);
    stats.wait('rate-limit', 500);
    time.advance(300);
    expect(stats.snapshot()).toMatchObject({ waiting: { reason: 'rate-limit', remainingMs: 200 }, waitedMs: 300 });
    time.advance(200);
    stats.granted();
    expect(stats.snapshot()).toMatchObject({ waiting: undefined, waitedMs: 500 });
    stats.retry();
    stats.wait('server-503', 1000);
    time.advance(400);
    expect(stats.snapshot()).toMatchObject({ waiting: { reason: 'server-503', remainingMs: 600 } });
    time.advance(600);
    // The pause is over but the store holds the key a little longer: one wait, new reason.
    stats.wait('rate-limit', 50);
    time.advance(50);
    stats.granted();
    expect(stats.snapshot()).toMatchObject({ waiting: undefined, waitedMs: 1550, retries: 1 });
    // Backoff after a failure is shown, but it is not time spent on the budget.
    stats.retry();
    stats.wait('retry', 400);
    time.advance(100);
    expect(stats.snapshot()).toMatchObject({ waiting: { reason: 'retry', remainingMs: 300 }, waitedMs: 1550 });
    time.advance(300);
    stats.granted();
    expect(stats.snapshot()).toMatchObject({ waiting: undefined, waitedMs: 1550, retries: 2 });
  });

  it('counts rows and pages from a resumed start, timing this run only', () => {
    const time = clock();
    const stats = createProgressStats({ limit: 100, windowMs: 60_000 }, time.now);
    time.advance(5000);
    stats.begin({ rows: 40, pages: 2, window: { index: 0, count: 3, since: 'a', to: 'b' } });
    expect(stats.snapshot()).toMatchObject({ resumed: true, rows: 40, window: { index: 0 } });
    time.advance(1000);
    stats.page(10, { index: 1, count: 3, since: 'b', to: 'c' });
    expect(stats.snapshot()).toMatchObject({ rows: 50, resumedRows: 40, pages: 3, elapsedMs: 1000, window: { index: 1, count: 3 } });
  });

  it('is not resumed when it begins from nothing', () => {
    const stats = createProgressStats({ limit: 100, windowMs: 60_000 });
    stats.begin();
    expect(stats.snapshot()).toMatchObject({ resumed: false, rows: 0, resumedRows: 0, pages: 0, window: undefined });
  });
});
