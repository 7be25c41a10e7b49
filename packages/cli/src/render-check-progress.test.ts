import { describe, expect, it } from 'vitest';
import type { ProgressSnapshot } from './progress-stats.js';
import { type CheckProgress, formatCheckProgressLine, renderCheckProgress } from './render-check-progress.js';

const snapshot: ProgressSnapshot = {
  rows: 0,
  resumed: false,
  resumedRows: 0,
  pages: 0,
  window: undefined,
  requests: 45,
  retries: 1,
  budgetUsed: 44,
  budgetPeak: 44,
  budgetLimit: 100,
  budgetWindowMs: 60_000,
  waitedMs: 0,
  waiting: undefined,
  elapsedMs: 12_000,
};
const progress: CheckProgress = { done: 44, total: 162, format: 'xml', differing: 3, refused: 1, notReached: 0 };

describe('check-spec progress', () => {
  it('shows calls done, findings, requests and the rate budget on three lines, each cut to the width', () => {
    expect(renderCheckProgress(progress, snapshot, 'litmos check-spec → stdout', 200, 1)).toEqual([
      '⠙ litmos check-spec → stdout',
      '  44/162 calls (XML) · 3 operations differing · 1 refused',
      '  45 requests (1 retried) · rate budget 44/100 per 60 s · waited 0.0 s for it · 12.0 s',
    ]);
    for (const line of renderCheckProgress(progress, snapshot, 'litmos check-spec → stdout', 30, 0)) expect([...line].length).toBeLessThanOrEqual(30);
  });

  it('prints one plain line for logs', () => {
    expect(formatCheckProgressLine({ ...progress, notReached: 2 }, snapshot)).toBe(
      'litmos: 44/162 calls (XML), 3 operations differing, 1 refused, 2 not reached, 45 requests (1 retried), rate budget 44/100 per 60 s, waited 0.0 s for it, 12.0 s elapsed',
    );
  });
});
